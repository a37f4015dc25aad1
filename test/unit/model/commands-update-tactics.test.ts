import { describe, expect, it } from 'vitest';
import { updateTactics, type TacticChanges } from '../../../shared/model/commands';
import { applyUndoable, deepFreeze, findTactic, sampleJourney } from './fixtures';

describe('updateTactics', () => {
  it('gives several cards the same changes in one undoable step', () => {
    const next = applyUndoable(sampleJourney(), updateTactics, {
      ids: ['a', 'c'],
      changes: { owner: 'Ana', status: 'live' },
    });
    expect(findTactic(next, 'a')).toMatchObject({ owner: 'Ana', status: 'live', title: 'SEO' });
    expect(findTactic(next, 'c')).toMatchObject({ owner: 'Ana', status: 'live', title: 'Demo' });
    expect('owner' in findTactic(next, 'e')).toBe(false);
  });

  it('removes an optional field from every card that has it', () => {
    const doc = sampleJourney();
    const next = applyUndoable(doc, updateTactics, {
      ids: ['a', 'e', 'c'],
      changes: { status: undefined, cost: undefined },
    });
    expect(next.tactics.some((t) => 'status' in t || 'cost' in t)).toBe(false);
    // The blog card had neither field: it is left as the very same object.
    expect(next.tactics[1]).toBe(doc.tactics[1]);
  });

  it('changes only the cards that differ, and ignores unknown ids', () => {
    const doc = sampleJourney();
    const next = updateTactics(doc, { ids: ['a', 'e', 'nope'], changes: { title: 'SEO' } });
    expect(findTactic(next, 'e').title).toBe('SEO');
    expect(next.tactics[0]).toBe(doc.tactics[0]);
    expect(next.tactics[2]).toBe(doc.tactics[2]);
  });

  it('returns the same document when nothing would change', () => {
    const doc = deepFreeze(sampleJourney());
    expect(updateTactics(doc, { ids: ['a'], changes: { owner: 'Sam' } })).toBe(doc);
    expect(updateTactics(doc, { ids: ['a', 'e'], changes: {} })).toBe(doc);
    expect(updateTactics(doc, { ids: [], changes: { title: 'X' } })).toBe(doc);
    expect(updateTactics(doc, { ids: ['nope'], changes: { title: 'X' } })).toBe(doc);
  });

  it('uses the same whitelist as updateTactic: no moves, no new stage, no new id', () => {
    const doc = deepFreeze(sampleJourney());
    const sneaky = { stage: 'promote', position: { x: 0, y: 0 }, id: 'z' } as TacticChanges;
    expect(updateTactics(doc, { ids: ['a', 'e'], changes: sneaky })).toBe(doc);
  });
});
