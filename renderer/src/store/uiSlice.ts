import type { StateCreator } from 'zustand';
import type { Point, StageId } from '../../../shared/model/types';
import type { AppState, AppMutators } from './types';

export interface QuickAddRequest {
  stage: StageId;
  /** Where the popover opens, in window pixels. */
  screen: Point;
  /** Where the new card goes (its centre), in canvas coordinates. */
  flow: Point;
  /** What the search starts with (present mode: the key that was typed). */
  query?: string;
}

/** A quiet, non-modal message about the journey just opened (e.g. what was repaired on load). */
export interface Notice {
  message: string;
  detail?: string;
  /** A button beside the message ("Undo"); the notice closes when it is pressed. */
  action?: { label: string; run: () => void };
}

/** Present mode (view state: never saved, never an undo step). */
export interface Presentation {
  /** 0: the overview; 1–8: that stage focused. */
  step: number;
  /** "Reveal as we go": stages after the furthest one reached stay hidden. */
  revealAsWeGo: boolean;
  /** The furthest step reached since presenting began. */
  reached: number;
  /** A dot-vote is on: clicking a card (or V) gives it a dot, Alt takes one back. */
  voting: boolean;
  /** The laser pointer (K): a fading trail behind the mouse, never saved. */
  laser: boolean;
}

/** Panels and dialogs: never saved, never an undo step. */
export interface UiSlice {
  presenting: Presentation | null;
  startPresenting(): void;
  /** Goes to a step (clamped to 0–8); nothing while not presenting. */
  presentStep(step: number): void;
  setRevealAsWeGo(on: boolean): void;
  setVoting(on: boolean): void;
  setLaser(on: boolean): void;
  stopPresenting(): void;
  /** Present mode: the card whose title is being edited in place, or null. */
  renaming: string | null;
  setRenaming(id: string | null): void;
  shortcutsOpen: boolean;
  /** File > New from Template… (the template gallery). */
  templateGalleryOpen: boolean;
  /** What the gallery's pick makes: a new file (File > New from Template…) or a tab of this one. */
  templateGalleryTarget: 'file' | 'journey';
  setTemplateGalleryOpen(open: boolean, target?: 'file' | 'journey'): void;
  /** The journey whose tab is being renamed in place, or null. */
  renamingJourney: string | null;
  setRenamingJourney(id: string | null): void;
  /** The open journey's persona dialog. */
  personaOpen: boolean;
  setPersonaOpen(open: boolean): void;
  /** Compare two journeys of the file side by side. */
  compareOpen: boolean;
  setCompareOpen(open: boolean): void;
  /** File > Save as Template… (its name dialog). */
  saveTemplateOpen: boolean;
  setSaveTemplateOpen(open: boolean): void;
  /** The Health panel (journey health: findings and scores). */
  healthOpen: boolean;
  setHealthOpen(open: boolean): void;
  /** Each stage's health score as a small badge in its lane header. */
  healthBadges: boolean;
  setHealthBadges(on: boolean): void;
  /** The funnel forecast: numbers on the canvas and the Forecast panel (toolbar "Forecast"). */
  forecastOn: boolean;
  setForecastOn(on: boolean): void;
  /** Connections drawn as wide as the people they carry while the forecast is on. */
  flowWidths: boolean;
  setFlowWidths(on: boolean): void;
  quickAdd: QuickAddRequest | null;
  /** Bumped to ask the inspector to focus its first field (Enter on a card). */
  inspectorFocusToken: number;
  /**
   * Cards the canvas should bring into view (just added or pasted, maybe off-screen). `focus`:
   * one card is to take keyboard focus, so it must also be drawn as a real card (zoom in from
   * the overview).
   */
  reveal: { ids: string[]; token: number; focus: boolean } | null;
  /** Bumped to ask the canvas to fit the whole journey (a journey was just loaded). */
  fitToken: number;
  /** The last fitToken the canvas has fitted; cards stay unrendered while the two differ. */
  fittedToken: number;
  /** Shown until dismissed or until another journey is loaded; null: none. */
  notice: Notice | null;
  showNotice(notice: Notice | null): void;
  markFitted(token: number): void;
  revealCards(ids: string[], options?: { focus?: boolean }): void;
  requestFit(): void;
  setShortcutsOpen(open: boolean): void;
  openQuickAdd(request: QuickAddRequest): void;
  closeQuickAdd(): void;
  focusInspector(): void;
}

export const createUiSlice: StateCreator<AppState, AppMutators, [], UiSlice> = (set) => ({
  presenting: null,
  startPresenting() {
    set((state) => {
      state.presenting ??= { step: 0, revealAsWeGo: false, reached: 0, voting: false, laser: false };
      state.quickAdd = null;
      state.shortcutsOpen = false;
    });
  },
  presentStep(step) {
    set((state) => {
      const p = state.presenting;
      if (!p) return;
      p.step = Math.max(0, Math.min(8, Math.round(step)));
      p.reached = Math.max(p.reached, p.step);
    });
  },
  setRevealAsWeGo(on) {
    set((state) => {
      if (state.presenting) state.presenting.revealAsWeGo = on;
    });
  },
  setVoting(on) {
    set((state) => {
      if (state.presenting) state.presenting.voting = on;
    });
  },
  setLaser(on) {
    set((state) => {
      if (state.presenting) state.presenting.laser = on;
    });
  },
  stopPresenting() {
    set((state) => {
      state.presenting = null;
      state.renaming = null;
    });
  },
  renaming: null,
  setRenaming(id) {
    set((state) => {
      state.renaming = id;
    });
  },
  shortcutsOpen: false,
  templateGalleryOpen: false,
  templateGalleryTarget: 'file',
  setTemplateGalleryOpen(open, target = 'file') {
    set((state) => {
      state.templateGalleryOpen = open;
      if (open) state.templateGalleryTarget = target;
    });
  },
  renamingJourney: null,
  setRenamingJourney(id) {
    set((state) => {
      state.renamingJourney = id;
    });
  },
  personaOpen: false,
  setPersonaOpen(open) {
    set((state) => {
      state.personaOpen = open;
    });
  },
  compareOpen: false,
  setCompareOpen(open) {
    set((state) => {
      state.compareOpen = open;
    });
  },
  saveTemplateOpen: false,
  setSaveTemplateOpen(open) {
    set((state) => {
      state.saveTemplateOpen = open;
    });
  },
  healthOpen: false,
  setHealthOpen(open) {
    set((state) => {
      state.healthOpen = open;
    });
  },
  healthBadges: true,
  setHealthBadges(on) {
    set((state) => {
      state.healthBadges = on;
    });
  },
  forecastOn: false,
  setForecastOn(on) {
    set((state) => {
      state.forecastOn = on;
      // One side panel at a time: turning the forecast on shows its panel instead of Health's.
      if (on) state.healthOpen = false;
    });
  },
  flowWidths: true,
  setFlowWidths(on) {
    set((state) => {
      state.flowWidths = on;
    });
  },
  quickAdd: null,
  inspectorFocusToken: 0,
  reveal: null,
  fitToken: 0,
  fittedToken: 0,
  notice: null,
  showNotice(notice) {
    set((state) => {
      state.notice = notice;
    });
  },
  markFitted(token) {
    set((state) => {
      state.fittedToken = token;
    });
  },
  requestFit() {
    set((state) => {
      state.fitToken += 1;
    });
  },
  revealCards(ids, options) {
    set((state) => {
      state.reveal = { ids, token: (state.reveal?.token ?? 0) + 1, focus: options?.focus ?? false };
    });
  },
  setShortcutsOpen(open) {
    set((state) => {
      state.shortcutsOpen = open;
    });
  },
  openQuickAdd(request) {
    set((state) => {
      state.quickAdd = request;
    });
  },
  closeQuickAdd() {
    set((state) => {
      state.quickAdd = null;
    });
  },
  focusInspector() {
    set((state) => {
      state.inspectorFocusToken += 1;
    });
  },
});
