import { describe, expect, it } from 'vitest';
import { addTactic, removeTactics, updateTactic } from '../../../shared/model/commands';
import { getTactic } from '../../../shared/model/selectors';
import { tacticIndex } from '../../../shared/model/tacticIndex';
import type { Journey } from '../../../shared/model/types';
import { sampleJourney } from './fixtures';

const add = (doc: Journey, id: string) =>
  addTactic(doc, { id, kind: 'convert.webinar', stage: 'convert', position: { x: 0, y: 900 } });

/** Every card found where it is, and ids of other versions not found, in every version. */
function expectExact(doc: Journey, absent: string[]) {
  const index = tacticIndex(doc.tactics);
  doc.tactics.forEach((t, i) => {
    expect(index.indexOf(t.id)).toBe(i);
    expect(getTactic(doc, t.id)).toBe(t);
  });
  for (const id of absent) {
    expect(index.has(id)).toBe(false);
    expect(getTactic(doc, id)).toBeUndefined();
  }
}

describe('tacticIndex (cards by id, shared between versions of a journey)', () => {
  it('stays exact for every version through adds, edits, undo and a different redo', () => {
    const v0 = sampleJourney();
    expectExact(v0, ['x', 'y']);
    const v1 = add(v0, 'x');
    expectExact(v1, ['y']);
    const v2 = updateTactic(v1, { id: 'e', changes: { title: 'Renamed' } });
    expectExact(v2, ['y']);
    expect(getTactic(v2, 'e')?.title).toBe('Renamed');
    expect(getTactic(v1, 'e')?.title).toBe('Blog posts');
    // Undo back to v0, then add another card in x's place: x belongs only to v1 and v2.
    expectExact(v0, ['x', 'y']);
    const v3 = add(v0, 'y');
    expectExact(v3, ['x']);
    expectExact(v1, ['y']);
    expectExact(v2, ['y']);
    // x comes back at another position: no version may lose track of it.
    const v4 = add(v3, 'x');
    expectExact(v4, []);
    expectExact(v1, ['y']);
    expectExact(v3, ['x']);
  });

  it('follows a card removed from the middle and the cards after it moving up', () => {
    const v0 = add(add(sampleJourney(), 'x'), 'y');
    const v1 = removeTactics(v0, { ids: ['e'] });
    expectExact(v1, ['e']);
    expectExact(v0, []);
    expect(tacticIndex(v1.tactics).indexOf('y')).toBe(v1.tactics.length - 1);
  });

  it('refuses a second card with an id the journey already has', () => {
    const doc = add(sampleJourney(), 'x');
    expect(add(doc, 'x')).toBe(doc);
    expect(add(doc, 'e')).toBe(doc);
  });

  it('keeps an added card and the journey frozen, as immer does', () => {
    const doc = add(sampleJourney(), 'x');
    expect(Object.isFrozen(doc)).toBe(true);
    expect(Object.isFrozen(doc.tactics)).toBe(true);
    expect(Object.isFrozen(doc.tactics.at(-1))).toBe(true);
    expect(Object.isFrozen(doc.tactics.at(-1)!.position)).toBe(true);
  });
});
