import { createStore, useStore } from 'zustand';
import { immer } from 'zustand/middleware/immer';
import { temporal } from 'zundo';
import type { Journey } from '../../../shared/model/types';
import { createDocumentSlice } from './documentSlice';
import { createViewSlice } from './viewSlice';
import { createUiSlice } from './uiSlice';
import { createSessionSlice } from './sessionSlice';
import { createPromptSlice } from './promptSlice';
import { createJourneysSlice } from './journeysSlice';
import type { AppState, HistoryState } from './types';

/** Undo keeps at least this many document changes. */
export const HISTORY_LIMIT = 500;

/**
 * One store from slices. immer is applied once, at the root; zundo wraps it and records only
 * the document (selection, drag positions and viewport never become undo steps). Because
 * commands return structurally shared documents, a history entry costs O(change), not O(doc).
 */
export function createAppStore(initial: Journey) {
  return createStore<AppState>()(
    temporal(
      immer((...a) => ({
        ...createDocumentSlice(initial)(...a),
        ...createSessionSlice(initial)(...a),
        ...createViewSlice(...a),
        ...createUiSlice(...a),
        ...createPromptSlice(...a),
        ...createJourneysSlice(initial)(...a),
      })),
      {
        limit: HISTORY_LIMIT,
        partialize: (state): HistoryState => ({ doc: state.doc }),
        equality: (past, current) => past.doc === current.doc,
      },
    ),
  );
}

export type AppStore = ReturnType<typeof createAppStore>;

export function useHistory<T>(store: AppStore, selector: (h: { canUndo: boolean; canRedo: boolean }) => T): T {
  return useStore(store.temporal, (h) =>
    selector({ canUndo: h.pastStates.length > 0, canRedo: h.futureStates.length > 0 }),
  );
}
