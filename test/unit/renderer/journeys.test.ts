import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../renderer/src/store';
import { undo, redo } from '../../../renderer/src/commands/actions';
import { isEdited } from '../../../renderer/src/store/sessionSlice';
import { workingSet } from '../../../renderer/src/store/journeysSlice';
import { serializeDocument } from '../../../renderer/src/documents/serialize';
import { parseJourneyFile } from '../../../shared/file';
import { createStarterJourney } from '../../../shared/model/starter';
import { createEmptyJourney, renameJourney, addTactic } from '../../../shared/model/commands';
import { addJourney, journeysInOrder, moveJourney, removeJourney, setPersona, singleJourneySet } from '../../../shared/model/journeySet';

const NOW = '2026-01-01T00:00:00.000Z';
const first = () => createStarterJourney({ id: 'j1', now: NOW });
const second = () => createEmptyJourney({ id: 'j2', now: NOW, title: 'Target' });

describe('the set of journeys (shared/model/journeySet)', () => {
  it('adds after a journey, moves, removes (never the last), and returns the same set for no change', () => {
    let set = singleJourneySet(first());
    set = addJourney(set, { journey: second() });
    set = addJourney(set, { journey: createEmptyJourney({ id: 'j3', now: NOW }), after: 'j1' });
    expect(set.order).toEqual(['j1', 'j3', 'j2']);
    expect(moveJourney(set, { id: 'j2', to: 0 }).order).toEqual(['j2', 'j1', 'j3']);
    expect(moveJourney(set, { id: 'j2', to: 2 })).toBe(set);
    const fewer = removeJourney(set, { id: 'j3' });
    expect(fewer.order).toEqual(['j1', 'j2']);
    expect(Object.keys(fewer.journeys).sort()).toEqual(['j1', 'j2']);
    const one = removeJourney(fewer, { id: 'j2' });
    expect(removeJourney(one, { id: 'j1' })).toBe(one);
    expect(() => addJourney(one, { journey: first() })).toThrow('already has the id j1');
  });

  it('any id works as a key, "__proto__" included', () => {
    const odd = createEmptyJourney({ id: '__proto__', now: NOW, title: 'Odd' });
    const set = addJourney(singleJourneySet(first()), { journey: odd });
    expect(journeysInOrder(set).map((j) => j.title)).toEqual(['My first journey', 'Odd']);
    expect(Object.getPrototypeOf(set.journeys)).toBeNull();
    expect(removeJourney(set, { id: '__proto__' }).order).toEqual(['j1']);
  });

  it('a persona: trimmed, emptied by a blank name, the same journey back when nothing changes', () => {
    const doc = first();
    const withPersona = setPersona(doc, { persona: { name: '  Buyer ', description: '  ' } });
    expect(withPersona.persona).toEqual({ name: 'Buyer' });
    expect(setPersona(withPersona, { persona: { name: 'Buyer' } })).toBe(withPersona);
    expect(setPersona(withPersona, { persona: { name: ' ' } }).persona).toBeUndefined();
  });
});

describe('tabs in the store: each journey keeps its own undo history and selection', () => {
  it('undo never changes a journey you are not looking at', () => {
    const store = createAppStore(first());
    const s = () => store.getState();
    s().apply(renameJourney, { title: 'Buyer' });
    s().setSelection(['j1-aware']);
    s().addJourney(second());
    expect(s().doc.id).toBe('j2');
    expect(s().selection).toEqual([]);
    // The new journey starts with no history: undo there does nothing.
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    s().apply(addTactic, { id: 'tx', kind: 'aware.blogging', position: { x: 20, y: 300 } });
    s().apply(renameJourney, { title: 'Target 2' });
    undo(store);
    expect(s().doc.title).toBe('Target');
    // Back to the first: its rename is still there, and its own undo takes it back.
    s().switchJourney('j1');
    expect(s().doc.title).toBe('Buyer');
    expect(s().selection).toEqual(['j1-aware']);
    undo(store);
    expect(s().doc.title).toBe('My first journey');
    // The second kept its card and its redo step.
    s().switchJourney('j2');
    expect(s().doc.tactics.map((t) => t.id)).toEqual(['tx']);
    redo(store);
    expect(s().doc.title).toBe('Target 2');
  });

  it('the file holds every journey; another tab edited or a tab moved makes it unsaved', () => {
    const store = createAppStore(first());
    const s = () => store.getState();
    expect(isEdited(s())).toBe(false);
    s().addJourney(second());
    expect(isEdited(s())).toBe(true);
    // Saved as the app saves (every journey), then clean.
    const text = serializeDocument(s(), s().doc);
    s().markSaved(s().doc, { name: 'Two.cvj', savedAt: NOW });
    expect(isEdited(s())).toBe(false);
    const parsed = parseJourneyFile(text);
    expect(parsed.ok && parsed.set.order).toEqual(['j1', 'j2']);
    // Switching tabs is not an edit; editing the one left behind then moving tabs is.
    s().switchJourney('j1');
    expect(isEdited(s())).toBe(false);
    s().moveJourney('j2', 0);
    expect(isEdited(s())).toBe(true);
    s().moveJourney('j2', 1);
    expect(isEdited(s())).toBe(false);
    s().switchJourney('j2');
    s().apply(renameJourney, { title: 'Changed' });
    s().switchJourney('j1');
    expect(s().doc.id).toBe('j1');
    expect(isEdited(s())).toBe(true);
    expect(workingSet(s()).journeys['j2']!.title).toBe('Changed');
  });

  it('a removed journey comes back where it was, with its history', () => {
    const store = createAppStore(first());
    const s = () => store.getState();
    s().addJourney(second());
    s().apply(renameJourney, { title: 'Target 2' });
    s().addJourney(createEmptyJourney({ id: 'j3', now: NOW, title: 'Third' }));
    s().switchJourney('j2');
    const removed = s().removeJourney('j2');
    expect(removed).not.toBeNull();
    expect(s().journeySet.order).toEqual(['j1', 'j3']);
    // Its neighbour took its place on screen.
    expect(s().doc.id).toBe('j3');
    s().restoreJourney(removed!);
    expect(s().journeySet.order).toEqual(['j1', 'j2', 'j3']);
    expect(s().doc.title).toBe('Target 2');
    undo(store);
    expect(s().doc.title).toBe('Target');
    // The last journey cannot be removed.
    s().removeJourney('j1');
    s().removeJourney('j3');
    expect(s().removeJourney('j2')).toBeNull();
  });
});
