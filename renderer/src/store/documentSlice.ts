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
  /** Replaces the whole document (New, Open) and starts a fresh history. */
  replaceDocument(doc: Journey): void;
}

export const createDocumentSlice =
  (initial: Journey): StateCreator<AppState, AppMutators, [], DocumentSlice> =>
  (set, get, store) => ({
    doc: initial,
    apply(command, args) {
      const current = get().doc;
      const next = command(current, args);
      if (next === current) return;
      set((state) => {
        state.doc = castDraft(next);
      });
    },
    replaceDocument(doc) {
      set((state) => {
        state.doc = castDraft(doc);
        state.selection = [];
        state.dragPositions = {};
      });
      (store.temporal as HistoryApi).getState().clear();
    },
  });
