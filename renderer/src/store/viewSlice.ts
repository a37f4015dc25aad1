import type { StateCreator } from 'zustand';
import type { Point } from '../../../shared/model/types';
import type { AppState, AppMutators } from './types';

/** View state: never saved, never an undo step. */
export interface ViewSlice {
  /** Ids of the selected tactics and connections. */
  selection: string[];
  /** Positions of cards while a drag is in progress; committed as one move on drag end. */
  dragPositions: Record<string, Point>;
  setSelection(ids: string[]): void;
  setDragPositions(positions: Record<string, Point>): void;
  clearDragPositions(): void;
}

export const createViewSlice: StateCreator<AppState, AppMutators, [], ViewSlice> = (set) => ({
  selection: [],
  dragPositions: {},
  setSelection(ids) {
    set((state) => {
      state.selection = ids;
    });
  },
  setDragPositions(positions) {
    set((state) => {
      Object.assign(state.dragPositions, positions);
    });
  },
  clearDragPositions() {
    set((state) => {
      state.dragPositions = {};
    });
  },
});
