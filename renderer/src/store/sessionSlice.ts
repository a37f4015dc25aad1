import type { StateCreator } from 'zustand';
import { castDraft } from 'immer';
import type { Journey, JourneySet } from '../../../shared/model/types';
import { byId, singleJourneySet, withJourney } from '../../../shared/model/journeySet';
import { othersEdited, workingSet } from './journeysSlice';
import type { CvjFile } from '../../../shared/file/schema';
import type { AppState, AppMutators, HistoryApi } from './types';

import { UNTITLED_NAME } from '../../../shared/file/file-names';

export { UNTITLED_NAME };

/** Which file the journey belongs to and whether it has unsaved changes. Never an undo step. */
export interface DocumentSession {
  /** "Q3 launch.cvj", or "Untitled journey" for a journey without a file. */
  name: string;
  /** false: Save asks where to put it. */
  hasFile: boolean;
  /**
   * The document as last opened or saved. Commands share structure, so "unsaved changes" is
   * one identity check, and undoing back to this document makes the journey clean again.
   * null: nothing on disk matches (a restored autosave), so it is unsaved until saved.
   */
  savedDoc: Journey | null;
  lastSavedAt: string | null;
  /** Time of the autosave this journey was restored from, or null. */
  recoveredAt: string | null;
  /** The file's envelope as read, so keys this build does not know are written back. */
  envelope: CvjFile | null;
  /**
   * Every journey of the file as opened or last saved: what "unsaved changes" compares the
   * other tabs with. null: nothing on disk matches (a restored autosave, a new file).
   */
  set: JourneySet | null;
  /** The older format version the file was written in, until the first save writes version 2. */
  upgradedFrom: number | null;
  /** Bumped on every load or New: a different journey, not an edit of this one. */
  generation: number;
}

export interface LoadInfo {
  name: string;
  hasFile: boolean;
  /** true: not what is on disk (a restored autosave). */
  edited: boolean;
  recoveredAt?: string | null;
  envelope?: CvjFile | null;
  set?: JourneySet | null;
  upgradedFrom?: number | null;
}

export interface SessionSlice {
  session: DocumentSession;
  /** Replaces the journey (Open, Revert, Restore, New) with a fresh history and session. */
  loadDocument(doc: Journey, info: LoadInfo): void;
  /**
   * `doc` (the document that was serialized) is now on disk as `name`. If the journey changed
   * while the save ran, it stays unsaved: only `doc` is clean.
   */
  /**
   * `doc` is on disk now. It is `edited` as saved (with its `meta.updatedAt` stamped): when the
   * journey is still `edited`, it becomes `doc` without an undo step.
   */
  markSaved(doc: Journey, info: { name: string; savedAt: string; set?: JourneySet }, edited?: Journey): void;
}

export function isEdited(state: Pick<AppState, 'doc' | 'session' | 'journeySet'>): boolean {
  return state.doc !== state.session.savedDoc || othersEdited(state);
}

/** What the window title and the questions call the journey: "Q3 launch.cvj", "Untitled journey". */
export function displayName(state: Pick<AppState, 'session'>): string {
  return state.session.name;
}

export const createSessionSlice =
  (initial: Journey): StateCreator<AppState, AppMutators, [], SessionSlice> =>
  (set, get, store) => ({
    session: {
      name: UNTITLED_NAME,
      hasFile: false,
      savedDoc: initial,
      lastSavedAt: null,
      recoveredAt: null,
      envelope: null,
      set: singleJourneySet(initial),
      upgradedFrom: null,
      generation: 0,
    },
    loadDocument(doc, info) {
      // replaceDocument first: it clears history, and the session must point at the very
      // object now in `doc` for the identity check to hold.
      get().replaceDocument(doc);
      set((state) => {
        state.journeySet = castDraft(info.set ?? singleJourneySet(doc));
        state.journeyViews = byId([]);
        state.session = {
          name: info.name,
          hasFile: info.hasFile,
          savedDoc: info.edited ? null : castDraft(doc),
          lastSavedAt: null,
          recoveredAt: info.recoveredAt ?? null,
          envelope: info.envelope ? castDraft(info.envelope) : null,
          set: info.edited ? null : castDraft(info.set ?? singleJourneySet(doc)),
          upgradedFrom: info.upgradedFrom ?? null,
          generation: state.session.generation + 1,
        };
      });
    },
    markSaved(doc, { name, savedAt, set: savedSet }, edited) {
      // What went to disk: the file's journeys with `doc` (as serialized) for the open one.
      const saved = savedSet ?? withJourney(workingSet(get()), doc);
      // The stamped journey replaces the one that was saved in the same update (no flash of
      // "unsaved"), and outside history: undo returns to the edit before, not to the stamp.
      const history = store.temporal as HistoryApi;
      const takeStamp = edited !== undefined && edited !== doc && get().doc === edited;
      if (takeStamp) history.getState().pause();
      try {
        set((state) => {
          if (takeStamp) state.doc = castDraft(doc);
          state.session.name = name;
          state.session.hasFile = true;
          state.session.savedDoc = castDraft(doc);
          state.session.lastSavedAt = savedAt;
          state.session.recoveredAt = null;
          state.session.upgradedFrom = null;
          state.session.set = castDraft(saved);
        });
      } finally {
        if (takeStamp) history.getState().resume();
      }
    },
  });
