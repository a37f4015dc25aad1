import type { StateCreator } from 'zustand';
import { castDraft } from 'immer';
import type { Journey, JourneySet } from '../../../shared/model/types';
import {
  addJourney as addToSet,
  moveJourney as moveInSet,
  removeJourney as removeFromSet,
  byId,
  singleJourneySet,
  withJourney,
} from '../../../shared/model/journeySet';
import type { AppState, AppMutators, HistoryApi, HistoryState } from './types';

/** A journey's view while another one is open: restored when its tab is chosen again. */
export interface JourneyView {
  /** Its own undo and redo steps: undo never changes a journey you are not looking at. */
  past: Partial<HistoryState>[];
  future: Partial<HistoryState>[];
  selection: string[];
}

/** A journey taken out of the file, with what "Undo" needs to put it back where it was. */
export interface RemovedJourney {
  journey: Journey;
  index: number;
  view: JourneyView;
}

export interface JourneysSlice {
  /**
   * Every journey of the file as being edited, in tab order. The open journey's entry is as it
   * was when last left or loaded: `doc` is its live copy (see `workingSet`).
   */
  journeySet: JourneySet;
  /** The undo history and selection of each journey that is not open. */
  journeyViews: Record<string, JourneyView>;
  /** Opens another journey of the file (its tab), keeping this one's history and selection. */
  switchJourney(id: string): void;
  /** Adds a journey after the open one (or last) and opens it. */
  addJourney(journey: Journey): void;
  /** Removes a journey (not the last one); opens its neighbour if it was open. */
  removeJourney(id: string): RemovedJourney | null;
  /** Puts a removed journey back, where it was, with its history, and opens it. */
  restoreJourney(removed: RemovedJourney): void;
  /** Moves a tab to position `to`. */
  moveJourney(id: string, to: number): void;
}

/** The file's journeys with the open one as it is now. */
export function workingSet(state: Pick<AppState, 'journeySet' | 'doc'>): JourneySet {
  const set = state.journeySet;
  return Object.hasOwn(set.journeys, state.doc.id) ? withJourney(set, state.doc) : singleJourneySet(state.doc);
}

/**
 * Whether anything but the open journey differs from the file on disk: another journey edited,
 * added, removed or moved. (The open one is compared by `isEdited` itself.)
 */
export function othersEdited(state: Pick<AppState, 'journeySet' | 'doc' | 'session'>): boolean {
  const saved = state.session.set;
  const work = state.journeySet;
  if (!saved) return work.order.length > 1;
  if (work.order.length !== saved.order.length || work.order.some((id, i) => id !== saved.order[i])) return true;
  if (work.order.length > 1 && work.title !== saved.title) return true;
  return work.order.some((id) => id !== state.doc.id && work.journeys[id] !== saved.journeys[id]);
}

export const createJourneysSlice =
  (initial: Journey): StateCreator<AppState, AppMutators, [], JourneysSlice> =>
  (set, get, store) => {
    const history = () => store.temporal as HistoryApi;

    /** Leaves the open journey (stashing it) and opens `next` with its own view. */
    const open = (next: Journey, view: JourneyView | undefined, extra?: (state: AppState) => void) => {
      const state = get();
      state.endCoalescing();
      const leaving = state.doc;
      const { pastStates, futureStates } = history().getState();
      const saved = state.session.set;
      // Worked out from the state, never from a draft: a new object holding parts of a draft
      // would hold revoked proxies once the update is done.
      const stashed = Object.hasOwn(state.journeySet.journeys, leaving.id) ? withJourney(state.journeySet, leaving) : null;
      // Views by id in a record without a prototype (any id is an ordinary key), built here.
      const kept: [string, JourneyView][] = Object.entries(state.journeyViews).filter(([id]) => id !== next.id && id !== leaving.id);
      if (stashed) kept.push([leaving.id, { past: [...pastStates], future: [...futureStates], selection: [...state.selection] }]);
      const views = byId(kept);
      history().getState().pause();
      try {
        set((draft) => {
          if (stashed) draft.journeySet = castDraft(stashed);
          draft.journeyViews = castDraft(views);
          extra?.(draft as AppState);
          draft.doc = castDraft(next);
          draft.selection = view?.selection ?? [];
          draft.dragPositions = {};
          // Clean when it is as on disk; a journey the file did not have is unsaved.
          draft.session.savedDoc = castDraft(saved && Object.hasOwn(saved.journeys, next.id) ? saved.journeys[next.id]! : null);
          draft.presenting = null;
          draft.renaming = null;
          // A journey not opened before is shown whole; one opened before gets its view back
          // (the canvas keeps each journey's viewport).
          if (!view) draft.fitToken += 1;
        });
      } finally {
        history().getState().resume();
      }
      // Copies: zundo changes its lists in place, and the stashed ones are frozen state.
      history().setState({ pastStates: [...(view?.past ?? [])], futureStates: [...(view?.future ?? [])] });
    };

    return {
      journeySet: singleJourneySet(initial),
      journeyViews: byId<JourneyView>([]),
      switchJourney(id) {
        const state = get();
        if (id === state.doc.id || !Object.hasOwn(state.journeySet.journeys, id)) return;
        open(state.journeySet.journeys[id]!, state.journeyViews[id]);
      },
      addJourney(journey) {
        const state = get();
        const base = workingSet(state);
        if (Object.hasOwn(base.journeys, journey.id)) return;
        open(journey, undefined, (draft) => {
          draft.journeySet = castDraft(addToSet(base, { journey, after: state.doc.id }));
        });
      },
      removeJourney(id) {
        const state = get();
        const base = workingSet(state);
        const index = base.order.indexOf(id);
        if (index < 0 || base.order.length <= 1) return null;
        const journey = base.journeys[id]!;
        const { pastStates, futureStates } = history().getState();
        const view: JourneyView =
          id === state.doc.id
            ? { past: [...pastStates], future: [...futureStates], selection: [...state.selection] }
            : (state.journeyViews[id] ?? { past: [], future: [], selection: [] });
        const rest = removeFromSet(base, { id });
        if (id === state.doc.id) {
          const neighbour = rest.order[Math.min(index, rest.order.length - 1)]!;
          set((draft) => {
            draft.journeySet = castDraft(rest);
          });
          // The removed journey is not stashed: `open` only keeps journeys still in the file.
          open(rest.journeys[neighbour]!, state.journeyViews[neighbour]);
        } else {
          const views = byId(Object.entries(state.journeyViews).filter(([key]) => key !== id));
          set((draft) => {
            draft.journeySet = castDraft(rest);
            draft.journeyViews = castDraft(views);
          });
        }
        return { journey, index, view };
      },
      restoreJourney({ journey, index, view }) {
        const state = get();
        const base = workingSet(state);
        if (Object.hasOwn(base.journeys, journey.id)) return;
        const added = moveInSet(addToSet(base, { journey }), { id: journey.id, to: index });
        open(journey, view, (draft) => {
          draft.journeySet = castDraft(added);
        });
      },
      moveJourney(id, to) {
        const moved = moveInSet(get().journeySet, { id, to });
        set((draft) => {
          draft.journeySet = castDraft(moved);
        });
      },
    };
  };
