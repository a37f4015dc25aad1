import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forecastJourney, forecastLevers } from '../../../../shared/model/forecast';
import { STAGE_IDS, type Connection, type Journey, type StageId, type Tactic } from '../../../../shared/model/types';
import { journey } from '../health/build';

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });
const rate = fc.double({ min: 0, max: 100, noNaN: true });

/** Journeys with random assumptions (some missing), random links, loops included. */
const forecastJourneyArb: fc.Arbitrary<Journey> = fc
  .array(
    fc.record({
      stage: fc.constantFrom(...STAGE_IDS),
      reach: maybe(fc.double({ min: 0, max: 1e6, noNaN: true })),
      conversionRate: maybe(rate),
      value: maybe(fc.double({ min: 0, max: 1e4, noNaN: true })),
      cost: maybe(fc.double({ min: 0, max: 1e5, noNaN: true })),
      costPerPerson: maybe(fc.double({ min: 0, max: 100, noNaN: true })),
    }),
    { minLength: 1, maxLength: 20 },
  )
  .chain((cards) => {
    const byStage: Partial<Record<StageId, Partial<Tactic>[]>> = {};
    for (const { stage, ...card } of cards) {
      const defined = Object.fromEntries(Object.entries(card).filter(([, v]) => v !== undefined));
      (byStage[stage] ??= []).push({ kind: 'custom', ...defined });
    }
    const doc = journey(byStage);
    const ids = doc.tactics.map((t) => t.id);
    if (ids.length < 2) return fc.constant(doc);
    return fc
      .uniqueArray(fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids), maybe(rate)).filter(([a, b]) => a !== b), {
        maxLength: 40,
        selector: ([a, b]) => `${a}>${b}`,
      })
      .map((links) => ({
        ...doc,
        connections: links.map(([source, target, share]): Connection =>
          share === undefined ? { id: `${source}>${target}`, source, target } : { id: `${source}>${target}`, source, target, share },
        ),
      }));
  });

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-7 * Math.max(1, Math.abs(a), Math.abs(b));

describe('forecast properties, over random journeys', () => {
  it('never throws; no negative, infinite or NaN number; people are conserved; totals add up', () => {
    fc.assert(
      fc.property(forecastJourneyArb, (doc) => {
        const result = forecastJourney(doc);
        const numbers = [
          ...[...result.tactics.values()].flatMap((f) => [f.people, f.revenue, f.cost]),
          ...result.connections.values(),
          ...result.stages.flatMap((s) => [s.people, s.revenue, s.cost]),
          ...Object.values(result.totals),
        ];
        for (const n of numbers) if (n !== null) expect(Number.isFinite(n)).toBe(true);
        for (const f of result.tactics.values()) if (f.people !== null) expect(f.people).toBeGreaterThanOrEqual(-1e-9);
        for (const flow of result.connections.values()) if (flow !== null) expect(flow).toBeGreaterThanOrEqual(-1e-9);

        for (const t of doc.tactics) {
          const people = result.tactics.get(t.id)!.people;
          if (people === null) continue;
          const incoming = doc.connections.filter((c) => c.target === t.id).map((c) => result.connections.get(c.id)!);
          const outgoing = doc.connections.filter((c) => c.source === t.id).map((c) => result.connections.get(c.id));
          // What reaches a tactic: its reach and what its connections bring, exactly.
          if (incoming.every((f) => f !== null)) expect(close(people, (t.reach ?? 0) + incoming.reduce((s, f) => s + f!, 0))).toBe(true);
          // What leaves never exceeds what arrived (nor its rate's part of it).
          const out = outgoing.reduce<number>((s, f) => s + (f ?? 0), 0);
          expect(out).toBeLessThanOrEqual(people * ((t.conversionRate ?? 100) / 100) + 1e-7 * Math.max(1, people));
        }
        if (result.totals.revenue !== null) {
          const sum = [...result.tactics.values()].reduce((s, f) => s + (f.revenue ?? 0), 0);
          expect(close(result.totals.revenue, sum)).toBe(true);
          expect(close(result.totals.revenue, result.stages.reduce((s, x) => s + x.revenue!, 0))).toBe(true);
        }
        if (result.totals.cost !== null) {
          expect(close(result.totals.cost, [...result.tactics.values()].reduce((s, f) => s + (f.cost ?? 0), 0))).toBe(true);
        }
        if (result.totals.profit !== null && result.totals.revenue !== null && result.totals.cost !== null) {
          expect(close(result.totals.profit, result.totals.revenue - result.totals.cost)).toBe(true);
        }
        // Every lever names an assumption that exists, and improves the profit.
        for (const lever of forecastLevers(doc, result)) {
          const ids = lever.kind === 'tactic' ? doc.tactics.map((t) => t.id) : doc.connections.map((c) => c.id);
          expect(ids).toContain(lever.id);
          expect(lever.gain).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
