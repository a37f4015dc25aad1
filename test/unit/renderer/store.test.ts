import { describe, expect, it } from 'vitest';
import { createAppStore, HISTORY_LIMIT } from '../../../renderer/src/store';
import { createStarterJourney } from '../../../shared/model/starter';
import { addTactic, moveTactics, updateTactic } from '../../../shared/model/commands';
import { GRID_SIZE } from '../../../shared/model/layout';

const start = () => createAppStore(createStarterJourney({ id: 'j', now: '2026-01-01T00:00:00.000Z' }));
const pastSize = (store: ReturnType<typeof start>) => store.temporal.getState().pastStates.length;

describe('app store history', () => {
  it('keeps at least 200 undo steps, and undoing them all returns the first document', () => {
    const store = start();
    const first = store.getState().doc;
    const steps = 250;
    for (let i = 0; i < steps; i++) {
      store.getState().apply(addTactic, { id: `t${i}`, kind: 'aware.blogging', position: { x: 20, y: 300 + i * 120 } });
    }
    expect(HISTORY_LIMIT).toBeGreaterThanOrEqual(200);
    expect(pastSize(store)).toBe(steps);
    store.temporal.getState().undo(steps);
    expect(store.getState().doc).toBe(first);
  });

  it('never records selection, drag positions or dialogs', () => {
    const store = start();
    const { setSelection, setDragPositions, clearDragPositions, setShortcutsOpen, revealCards } = store.getState();
    setSelection(['j-aware']);
    setDragPositions({ 'j-aware': { x: 40, y: 400 } });
    clearDragPositions();
    setShortcutsOpen(true);
    revealCards(['j-aware']);
    expect(pastSize(store)).toBe(0);
  });

  it('records a multi-card drag as one step', () => {
    const store = start();
    const before = store.getState().doc;
    const moves = before.tactics.map((t) => ({ id: t.id, position: { x: t.position.x, y: t.position.y + GRID_SIZE * 10 } }));
    store.getState().apply(moveTactics, { moves });
    expect(pastSize(store)).toBe(1);
    store.temporal.getState().undo();
    expect(store.getState().doc).toBe(before);
  });

  it('makes typing into one field one undo step, and a new field a new step', () => {
    const store = start();
    const before = store.getState().doc;
    const { applyCoalesced, endCoalescing } = store.getState();
    for (const title of ['W', 'We', 'Web', 'Webinar']) {
      applyCoalesced('j-aware:title', updateTactic, { id: 'j-aware', changes: { title } });
    }
    endCoalescing();
    applyCoalesced('j-aware:notes', updateTactic, { id: 'j-aware', changes: { notes: 'Weekly' } });
    expect(pastSize(store)).toBe(2);
    store.temporal.getState().undo();
    expect(store.getState().doc.tactics[0]!.title).toBe('Webinar');
    store.temporal.getState().undo();
    expect(store.getState().doc).toBe(before);
    // Redo after undo still works: coalescing left no stale future behind.
    store.temporal.getState().redo();
    expect(store.getState().doc.tactics[0]!.title).toBe('Webinar');
  });

  it('a command that changes nothing leaves no empty undo step', () => {
    const store = start();
    store.getState().apply(updateTactic, { id: 'j-aware', changes: { title: store.getState().doc.tactics[0]!.title } });
    store.getState().apply(moveTactics, { moves: [{ id: 'missing', position: { x: 0, y: 0 } }] });
    expect(pastSize(store)).toBe(0);
  });

  it('New starts a fresh history', () => {
    const store = start();
    store.getState().apply(addTactic, { id: 'x', kind: 'aware.seo', position: { x: 20, y: 400 } });
    store.getState().replaceDocument(createStarterJourney({ id: 'k', now: '2026-01-01T00:00:00.000Z' }));
    expect(pastSize(store)).toBe(0);
    expect(store.getState().selection).toEqual([]);
  });
});
