import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addTactic,
  connectTactics,
  moveTactics,
  removeConnections,
  removeTactics,
  updateConnection,
  updateTactic,
} from '../../../shared/model/commands';
import { placeCard, stageOfCard } from '../../../shared/model/layout';
import { createStarterJourney } from '../../../shared/model/starter';
import type { Journey } from '../../../shared/model/types';
import { STAGE_IDS } from '../../../shared/model/types';
import { deepFreeze } from './fixtures';

// A small id pool so random commands often hit existing tactics, duplicates and self-loops.
const tacticId = fc.constantFrom('t1', 't2', 't3', 't4', 'j-aware', 'j-convert', 'j-promote');
const connectionId = fc.constantFrom('c1', 'c2', 'c3', 'j-aware-engage', 'j-ascend-advocate');
const point = fc.record({
  x: fc.integer({ min: -500, max: 3800 }),
  y: fc.integer({ min: -200, max: 2000 }),
});

type Step = (doc: Journey) => Journey;

const step: fc.Arbitrary<Step> = fc.oneof(
  fc
    .record({
      id: tacticId,
      kind: fc.constantFrom('aware.seo', 'convert.demo', 'custom'),
      position: point,
      stage: fc.option(fc.constantFrom(...STAGE_IDS), { nil: undefined }),
    })
    .map((args) => (doc: Journey) => addTactic(doc, args)),
  fc
    .array(fc.record({ id: tacticId, position: point }), { maxLength: 4 })
    .map((moves) => (doc: Journey) => moveTactics(doc, { moves })),
  fc
    .record({ id: tacticId, title: fc.string(), cost: fc.option(fc.nat(), { nil: undefined }) })
    .map(
      ({ id, title, cost }) =>
        (doc: Journey) =>
          updateTactic(doc, { id, changes: { title, cost } }),
    ),
  fc.array(tacticId, { maxLength: 2 }).map((ids) => (doc: Journey) => removeTactics(doc, { ids })),
  fc
    .record({ id: connectionId, source: tacticId, target: tacticId })
    .map((args) => (doc: Journey) => connectTactics(doc, args)),
  fc
    .record({ id: connectionId, label: fc.option(fc.string(), { nil: undefined }) })
    .map((args) => (doc: Journey) => updateConnection(doc, args)),
  fc
    .array(connectionId, { maxLength: 2 })
    .map((ids) => (doc: Journey) => removeConnections(doc, { ids })),
);

function expectValid(doc: Journey): void {
  const tacticIds = new Set(doc.tactics.map((t) => t.id));
  expect(tacticIds.size).toBe(doc.tactics.length);
  for (const tactic of doc.tactics) {
    expect(stageOfCard(tactic.position)).toBe(tactic.stage);
    expect(placeCard(tactic.position, tactic.stage)).toEqual(tactic.position);
  }
  const pairs = new Set(doc.connections.map((c) => `${c.source}->${c.target}`));
  expect(pairs.size).toBe(doc.connections.length);
  expect(new Set(doc.connections.map((c) => c.id)).size).toBe(doc.connections.length);
  for (const connection of doc.connections) {
    expect(tacticIds.has(connection.source)).toBe(true);
    expect(tacticIds.has(connection.target)).toBe(true);
    expect(connection.source).not.toBe(connection.target);
  }
}

describe('any sequence of commands', () => {
  it('keeps the journey valid, never mutates a document and never touches meta', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        let doc = createStarterJourney({ id: 'j', now: '2025-01-01T00:00:00.000Z' });
        for (const apply of steps) {
          const before = structuredClone(doc);
          const next = apply(deepFreeze(doc));
          expect(doc).toEqual(before);
          expect(next.meta).toEqual(before.meta);
          expectValid(next);
          doc = next;
        }
      }),
      { numRuns: 200 },
    );
  });
});
