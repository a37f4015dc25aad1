import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../../renderer/src/store';
import { startAutosave } from '../../../renderer/src/documents/autosave';
import { addTactic } from '../../../shared/model/commands';
import { parseJourneyFile } from '../../../shared/file/parse';
import { createStarterJourney } from '../../../shared/model/starter';

const NOW = '2026-01-01T00:00:00.000Z';
const timing = { delayMs: 2000, maxWaitMs: 5000 };

function setup(write = vi.fn(async (_text: string) => {})) {
  const store = createAppStore(createStarterJourney({ id: 'j', now: NOW }));
  const autosave = startAutosave(store, write, timing);
  let n = 0;
  const edit = () =>
    store
      .getState()
      .apply(addTactic, {
        id: `t${n++}`,
        kind: 'aware.blogging',
        position: { x: 20, y: 400 + n * 120 },
      });
  return { store, autosave, write, edit };
}

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes the journey two seconds after the last change, as a valid .cvj text', async () => {
    const { write, edit, store } = setup();
    edit();
    await vi.advanceTimersByTimeAsync(1900);
    edit();
    await vi.advanceTimersByTimeAsync(1900);
    expect(write).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);
    expect(write).toHaveBeenCalledTimes(1);
    const parsed = parseJourneyFile(write.mock.calls[0]![0]);
    expect(parsed.ok && parsed.journey).toEqual(store.getState().doc);
  });

  it('writes the whole file: a journey added, then the tabs reordered, are autosaved too', async () => {
    const { write, store } = setup();
    const second = createStarterJourney({ id: 'j2', now: NOW });
    store.getState().addJourney({ ...second, title: 'Target' });
    await vi.advanceTimersByTimeAsync(2100);
    expect(write).toHaveBeenCalledTimes(1);
    let parsed = parseJourneyFile(write.mock.calls[0]![0]);
    expect(parsed.ok && parsed.set.order).toEqual(['j', 'j2']);
    // Reordering changes no journey, only the file.
    store.getState().moveJourney('j2', 0);
    await vi.advanceTimersByTimeAsync(2100);
    expect(write).toHaveBeenCalledTimes(2);
    parsed = parseJourneyFile(write.mock.calls[1]![0]);
    expect(parsed.ok && parsed.set.order).toEqual(['j2', 'j']);
  });

  it('writes at least every five seconds while changes keep coming', async () => {
    const { write, edit } = setup();
    for (let i = 0; i < 12; i++) {
      edit();
      await vi.advanceTimersByTimeAsync(1000);
    }
    // 12 s of continuous editing, one change a second: a write at 5 s and at 10 s.
    expect(write).toHaveBeenCalledTimes(2);
  });

  it('does not write a clean journey, and a save cancels the pending write', async () => {
    const { write, edit, store } = setup();
    edit();
    store.getState().markSaved(store.getState().doc, { name: 'a.cvj', savedAt: NOW });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(write).not.toHaveBeenCalled();
    // Undo back past the save: unsaved again, so it is written.
    store.temporal.getState().undo();
    await vi.advanceTimersByTimeAsync(2000);
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('flush writes a pending change at once (the page is going away); nothing pending, nothing written', async () => {
    const { write, edit, autosave } = setup();
    autosave.flush();
    expect(write).not.toHaveBeenCalled();
    edit();
    autosave.flush();
    expect(write).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(5000);
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('reports a failing write (storage full) until a write succeeds', async () => {
    const write = vi.fn(async (_text: string): Promise<void> => {
      throw new Error('Autosave is off: storage full');
    });
    const { edit, store } = setup(write);
    edit();
    await vi.advanceTimersByTimeAsync(2000);
    expect(store.getState().autosaveProblem).toBe('Autosave is off: storage full');
    write.mockImplementation(async () => {});
    edit();
    await vi.advanceTimersByTimeAsync(2000);
    expect(store.getState().autosaveProblem).toBeNull();
  });

  it('stop ends it', async () => {
    const { write, edit, autosave } = setup();
    edit();
    autosave.stop();
    edit();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(write).not.toHaveBeenCalled();
  });
});
