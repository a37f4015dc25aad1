import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareJourneys } from '../../../shared/model/compare';
import { forecastJourney } from '../../../shared/model/forecast';
import { parseJourneyFile } from '../../../shared/file/parse';
import { updateTactic } from '../../../shared/model/commands';
import type { Journey } from '../../../shared/model/types';

function worked(): Journey {
  const parsed = parseJourneyFile(readFileSync('test/fixtures/forecast/worked-example.cvj', 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.journey;
}

const titles = (list: { title: string }[]) => list.map((t) => t.title).sort();

/** Compare two journeys of a file (issue 16): what is only in one, what changed, the forecast's difference. */
describe('compareJourneys', () => {
  it('a journey against itself: every card in both, nothing different, forecast deltas zero', () => {
    const doc = worked();
    const result = compareJourneys(doc, structuredClone(doc));
    expect(result.counts).toEqual({ onlyA: 0, onlyB: 0, changed: 0, same: doc.tactics.length });
    expect(result.forecast?.totals.revenue.delta).toBe(0);
    expect(result.forecast?.stages.every((s) => s.people.delta === 0 || s.people.delta === null)).toBe(true);
  });

  it('matches a duplicated journey by id, a copied card by stage, kind and title, and lists changed fields', () => {
    const a = worked();
    let b = structuredClone(a);
    // A field changed on a card kept by id; a card moved on the canvas is not a difference.
    b = updateTactic(b, { id: 'convert-1', changes: { value: 9, owner: 'Ana' } });
    b = { ...b, tactics: b.tactics.map((t) => (t.id === 'excite-1' ? { ...t, position: { x: 9999, y: 9999 } } : t)) };
    // A card copied from A under a new id, one removed, one added.
    const tactics = b.tactics.map((t) => (t.id === 'engage-1' ? { ...t, id: 'pasted-1', notes: ' ' } : t)).filter((t) => t.id !== 'advocate-1');
    tactics.push({ ...a.tactics[0]!, id: 'new-1', title: 'Podcast ads', stage: 'aware' });
    b = { ...b, tactics };

    const result = compareJourneys(a, b);
    expect(result.counts).toEqual({ onlyA: 1, onlyB: 1, changed: 1, same: a.tactics.length - 2 });
    const at = (stage: string) => result.stages.find((s) => s.stage === stage)!;
    expect(at('convert').changed).toHaveLength(1);
    expect(at('convert').changed[0]!.differs).toEqual(['owner', 'value']);
    // Notes of spaces only read the same as empty notes: the copied card is the same card.
    expect(at('engage').same.map((p) => [p.a.id, p.b.id])).toEqual([['engage-1', 'pasted-1']]);
    expect(titles(at('advocate').onlyA)).toEqual(['Review request']);
    expect(titles(at('aware').onlyB)).toEqual(['Podcast ads']);
    expect(at('excite').same).toHaveLength(1);
  });

  it('a card in another stage is a different card (only in A and only in B)', () => {
    const a = worked();
    const b = { ...a, tactics: a.tactics.map((t) => (t.id === 'engage-1' ? { ...t, id: 'x', stage: 'subscribe' as const } : t)) };
    const result = compareJourneys(a, b);
    expect(result.counts.onlyA).toBe(1);
    expect(result.counts.onlyB).toBe(1);
  });

  it('forecast: the difference per stage and in the totals, b − a; unknown when one side has no number', () => {
    const a = worked();
    const b = updateTactic(structuredClone(a), { id: 'aware-1', changes: { reach: 20000 } });
    const fa = forecastJourney(a);
    const fb = forecastJourney(b);
    const result = compareJourneys(a, b, { a: fa, b: fb });
    const aware = result.forecast!.stages[0]!;
    expect(aware.people.a).toBe(fa.stages[0]!.people);
    expect(aware.people.delta).toBeCloseTo(fb.stages[0]!.people! - fa.stages[0]!.people!, 9);
    expect(aware.people.delta).toBeGreaterThan(0);
    expect(result.forecast!.totals.revenue.delta).toBeCloseTo(fb.totals.revenue! - fa.totals.revenue!, 6);
    expect(result.forecast!.totals.revenue.delta).toBeGreaterThan(0);

    // Without reach B has no people: the difference is unknown, not a made-up number.
    const none = updateTactic(structuredClone(a), { id: 'aware-1', changes: { reach: undefined } });
    const partial = compareJourneys(a, none);
    expect(partial.forecast!.totals.people.b).toBeNull();
    expect(partial.forecast!.totals.people.delta).toBeNull();
    // Neither has any number: no forecast section at all.
    expect(compareJourneys(none, none).forecast).toBeNull();
  });
});
