import type { StateCreator } from 'zustand';
import { castDraft } from 'immer';
import type { Journey } from '../../../shared/model/types';
import type { AppState, AppMutators, HistoryApi } from './types';

export interface DocumentSlice {
  /** The journey being edited: the only part of the state that enters undo history. */
  doc: Journey;
  /**
   * Applies a pure command from shared/model to the document. A command that changes nothing
   * returns the same object, and then nothing is written (so no empty undo step appears).
   */
  apply<A>(command: (doc: Journey, args: A) => Journey, args: A): void;
  /**
   * Like `apply`, but consecutive calls with the same key make one undo step: typing into a
   * field is one step per field edit, not one per keystroke. Any other change ends the run.
   */
  applyCoalesced<A>(key: string, command: (doc: Journey, args: A) => Journey, args: A): void;
  /** Ends a coalesced run (a field lost focus), so the next edit starts a new undo step. */
  endCoalescing(): void;
  /** Replaces the whole document (New, Open) and starts a fresh history. */
  replaceDocument(doc: Journey): void;
}

export const createDocumentSlice =
  (initial: Journey): StateCreator<AppState, AppMutators, [], DocumentSlice> =>
  (set, get, store) => {
    let coalesceKey: string | null = null;
    const history = () => store.temporal as HistoryApi;

    const write = (next: Journey) =>
      set((state) => {
        state.doc = castDraft(next);
      });

    return {
      doc: initial,
      apply(command, args) {
        coalesceKey = null;
        const current = get().doc;
        const next = command(current, args);
        if (next !== current) write(next);
      },
      applyCoalesced(key, command, args) {
        const current = get().doc;
        const next = command(current, args);
        if (next === current) return;
        if (key === coalesceKey && history().getState().pastStates.length > 0) {
          // Same edit run: the undo step recorded at its first change already holds the
          // document as it was before the run.
          history().getState().pause();
          try {
            write(next);
          } finally {
            history().getState().resume();
          }
          history().setState({ futureStates: [] });
        } else {
          coalesceKey = key;
          write(next);
        }
      },
      endCoalescing() {
        coalesceKey = null;
      },
      replaceDocument(doc) {
        coalesceKey = null;
        set((state) => {
          state.doc = castDraft(doc);
          state.selection = [];
          state.dragPositions = {};
        });
        history().getState().clear();
      },
    };
  };
