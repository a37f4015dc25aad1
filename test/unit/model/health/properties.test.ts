import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseJourney } from '../../../../shared/model/health';
import { TACTIC_LIBRARY } from '../../../../shared/model/library';
import { isStageId } from '../../../../shared/model/stages';
import { STAGE_IDS, TACTIC_STATUSES, type Journey } from '../../../../shared/model/types';
import { validJourney } from '../../fuzz/arbitraries';
import { journey } from './build';

/** Journeys of library tactics in random lanes, with random links among them. */
const libraryJourney: fc.Arbitrary<Journey> = fc
  .array(
    fc.record({
      stage: fc.constantFrom(...STAGE_IDS),
      kind: fc.oneof(fc.constantFrom(...TACTIC_LIBRARY.map((t) => t.id)), fc.constant('custom')),
      status: fc.option(fc.constantFrom(...TACTIC_STATUSES), { nil: undefined }),
      owner: fc.option(fc.constantFrom('', ' ', 'Ana'), { nil: undefined }),
    }),
    { maxLength: 24 },
  )
  .chain((cards) => {
    const byStage: Record<string, object[]> = {};
    for (const { stage, ...card } of cards) (byStage[stage] ??= []).push(card);
    const doc = journey(byStage);
    const ids = doc.tactics.map((t) => t.id);
    if (ids.length < 2) return fc.constant(doc);
    return fc
      .uniqueArray(fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids)).filter(([a, b]) => a !== b), {
        maxLength: 30,
        selector: ([a, b]) => `${a}>${b}`,
      })
      .map((links) => ({ ...doc, connections: links.map(([source, target]) => ({ id: `${source}>${target}`, source, target })) }));
  });

function holds(doc: Journey): void {
  const report = analyseJourney(doc);
  const tactics = new Set(doc.tactics.map((t) => t.id));
  const connections = new Set(doc.connections.map((c) => c.id));
  expect(report.stages.map((s) => s.stage)).toEqual([...STAGE_IDS]);
  for (const s of [...report.stages, { score: report.score }]) {
    expect(s.score).toBeGreaterThanOrEqual(0);
    expect(s.score).toBeLessThanOrEqual(100);
  }
  for (const f of report.findings) {
    expect(f.message.length).toBeGreaterThan(0);
    for (const id of f.tactics) expect(tactics.has(id)).toBe(true);
    for (const id of f.connections) expect(connections.has(id)).toBe(true);
    for (const stage of f.stages) expect(isStageId(stage)).toBe(true);
  }
  expect(new Set(report.findings.map((f) => f.key)).size).toBe(report.findings.length);
  // Dismissing everything leaves a perfect score and loses nothing.
  const all = analyseJourney(doc, new Set(report.findings.map((f) => f.key)));
  expect(all.findings).toEqual([]);
  expect(all.dismissed).toHaveLength(report.findings.length);
  expect(all.score).toBe(100);
}

describe('journey health over random journeys', () => {
  it('never throws, and every finding names tactics, connections and stages that exist (any valid file)', () => {
    fc.assert(fc.property(validJourney, (doc) => holds(doc)), { numRuns: 300, seed: 13 });
  });

  it('the same over journeys of library tactics in random lanes with random links', () => {
    fc.assert(fc.property(libraryJourney, (doc) => holds(doc)), { numRuns: 400, seed: 14 });
  });
});
