import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../renderer/src/store';
import { displayName, isEdited } from '../../../renderer/src/store/sessionSlice';
import { addTactic, renameJourney } from '../../../shared/model/commands';
import { createStarterJourney } from '../../../shared/model/starter';
import { newJourney } from '../../../renderer/src/commands/actions';

const NOW = '2026-01-01T00:00:00.000Z';
const start = () => createAppStore(createStarterJourney({ id: 'j', now: NOW }));
const add = (store: ReturnType<typeof start>, id: string) =>
  store.getState().apply(addTactic, { id, kind: 'aware.blogging', position: { x: 20, y: 400 } });

describe('document session', () => {
  it('starts clean and untitled; an edit makes it unsaved', () => {
    const store = start();
    expect(isEdited(store.getState())).toBe(false);
    expect(displayName(store.getState())).toBe('Untitled journey');
    add(store, 't1');
    expect(isEdited(store.getState())).toBe(true);
  });

  it('undoing back to the saved document makes it clean again, redo unsaved again', () => {
    const store = start();
    add(store, 't1');
    store.getState().markSaved(store.getState().doc, { name: 'a.cvj', savedAt: NOW });
    expect(isEdited(store.getState())).toBe(false);
    add(store, 't2');
    expect(isEdited(store.getState())).toBe(true);
    store.temporal.getState().undo();
    expect(isEdited(store.getState())).toBe(false);
    store.temporal.getState().undo();
    expect(isEdited(store.getState())).toBe(true);
    store.temporal.getState().redo();
    expect(isEdited(store.getState())).toBe(false);
  });

  it('a save marks clean only the document that was serialized', () => {
    const store = start();
    add(store, 't1');
    const serialized = store.getState().doc;
    add(store, 't2'); // typed while the save ran
    store.getState().markSaved(serialized, { name: 'a.cvj', savedAt: NOW });
    expect(store.getState().session).toMatchObject({
      name: 'a.cvj',
      hasFile: true,
      lastSavedAt: NOW,
    });
    expect(isEdited(store.getState())).toBe(true);
  });

  it('loading a document starts a fresh history and session; a restored autosave stays unsaved', () => {
    const store = start();
    add(store, 't1');
    const other = renameJourney(createStarterJourney({ id: 'k', now: NOW }), { title: 'Other' });
    store.getState().loadDocument(other, { name: 'other.cvj', hasFile: true, edited: false });
    const state = store.getState();
    expect(state.doc).toBe(other);
    expect(isEdited(state)).toBe(false);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    expect(state.session.generation).toBe(1);

    store
      .getState()
      .loadDocument(other, {
        name: 'Untitled journey',
        hasFile: false,
        edited: true,
        recoveredAt: NOW,
      });
    expect(isEdited(store.getState())).toBe(true);
    expect(store.getState().session.recoveredAt).toBe(NOW);
    // Nothing matches the disk until saved: undo/redo cannot make it clean.
    add(store, 't9');
    store.temporal.getState().undo();
    expect(isEdited(store.getState())).toBe(true);
  });

  it('New gives a clean untitled journey and forgets the file', () => {
    const store = start();
    store.getState().markSaved(store.getState().doc, { name: 'a.cvj', savedAt: NOW });
    add(store, 't1');
    newJourney(store);
    expect(store.getState().doc.tactics).toEqual([]);
    expect(store.getState().session).toMatchObject({ name: 'Untitled journey', hasFile: false });
    expect(isEdited(store.getState())).toBe(false);
  });

  it('session changes never enter undo history', () => {
    const store = start();
    store.getState().markSaved(store.getState().doc, { name: 'a.cvj', savedAt: NOW });
    store.getState().setAutosaveProblem('full');
    store
      .getState()
      .setRecoveryOffer([{ id: 'a'.repeat(32), title: 'T', originalName: null, savedAt: NOW }]);
    void store.getState().ask({ kind: 'message', tone: 'info', title: 't', message: 'm' });
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });
});
