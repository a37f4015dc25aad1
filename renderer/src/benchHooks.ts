import type { AppStore } from './store';
import { moveTactics, updateTactic } from '../../shared/model/commands';
import { addTacticToStage, undo } from './commands/actions';
import { createDocumentActions } from './documents/documentActions';
import type { Platform } from './platform';
import { serializeDocument } from './documents/serialize';
import { stampSaved } from '../../shared/model/commands';

export interface BenchHooks {
  /** Opens a journey as File > Open does (read, check, load, fit); resolves when it is painted. */
  loadText(text: string): Promise<number>;
  tacticIds(): string[];
  select(ids: string[]): void;
  addTactic(): Promise<number>;
  /**
   * Times the next click anywhere in the page (as a user's click on a palette item): armClick
   * listens, clicked resolves with ms from the click event until its result is painted.
   */
  armClick(): void;
  clicked(): Promise<number>;
  /** performance.now() at the steps of the last timed click (received, handled, rendered, frames). */
  clickPhases(): Record<string, number> | null;
  rename(id: string, title: string): Promise<number>;
  /** Opens or closes the Health panel (its lane badges and list follow every edit). */
  setHealthOpen(open: boolean): void;
  /** Turns the forecast on or off (numbers on cards, headers, connections and its panel). */
  setForecastOn(on: boolean): void;
  /** A card's conversion rate set as the inspector does; ms until painted. */
  setRate(id: string, rate: number): Promise<number>;
  moveMany(ids: string[], dy: number): void;
  undo(): Promise<number>;
  /** Ids of the file's journeys, in tab order. */
  journeyIds(): string[];
  /** Opens another journey's tab, as a click on it does; ms until the new tab is painted. */
  switchJourney(id: string): Promise<number>;
  /** The save's own work: the whole file's text, as Save writes it; ms. */
  saveText(): number;
  /**
   * Ms from the start of the last timed hook until every card on screen is a DOM card (cards
   * coming on screen mount a batch a frame, over the overview drawing) and painted.
   */
  settled(): Promise<number>;
}

declare global {
  interface Window {
    cvjBench?: BenchHooks;
  }
}

let lastStart = 0;
let clickTiming: Promise<number> | null = null;
let clickPhases: Record<string, number> | null = null;

/** Resolves after the next two frames: the change has been rendered and painted. */
function painted(start: number): Promise<number> {
  lastStart = start;
  return new Promise((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start))),
  );
}

/**
 * Runs `run`, failing as soon as the app asks or tells the user something: a message waits for
 * an answer no one gives, so the bench would hang instead of saying why.
 */
async function withoutPrompts(store: AppStore, run: () => Promise<void>): Promise<void> {
  let off = () => {};
  const prompted = new Promise<never>((_, reject) => {
    off = store.subscribe(({ prompts }) => {
      if (prompts[0]) reject(new Error(`the journey did not open cleanly: “${prompts[0].prompt.title}”`));
    });
  });
  try {
    await Promise.race([run(), prompted]);
  } finally {
    off();
  }
}

/**
 * Hooks for `npm run bench` (scripts/bench) and the large-journey browser tests; installed only
 * in the test build (see env.d.ts). Each timed hook drives the same code the UI runs and
 * reports milliseconds until the result is painted.
 */
export function installBenchHooks(store: AppStore, platform: Platform): void {
  // The file flows of the window (the same code, store and platform as the app's own).
  const actions = createDocumentActions(store, platform);
  window.cvjBench = {
    async loadText(text) {
      const start = performance.now();
      // File > Open once a file is picked (the browser's open and drop share it): the platform
      // reads and checks the file, then the journey is loaded clean with a fresh history and
      // fitted.
      const file = new File([text], 'bench.cvj', { type: 'application/vnd.cvj+json' });
      await withoutPrompts(store, () => actions.openDropped([file]));
      return painted(start);
    },
    tacticIds: () => store.getState().doc.tactics.map((t) => t.id),
    select: (ids) => store.getState().setSelection(ids),
    addTactic() {
      const start = performance.now();
      addTacticToStage(store, 'convert.webinar', 'convert');
      return painted(start);
    },
    armClick() {
      clickTiming = new Promise((resolve) => {
        // Capture, before the app's own handlers: the event's timeStamp is when the browser
        // received the click, so queueing and the handlers count.
        document.addEventListener(
          'click',
          (e) => {
            const marks: Record<string, number> = { received: e.timeStamp, dispatched: performance.now() };
            clickPhases = marks;
            // After the app's handlers (window, bubbling), after React's render and commit (a
            // microtask queued then runs after React's own), after the first frame's callbacks
            // (one queued now runs after those the commit queued: the view's move to the card).
            window.addEventListener(
              'click',
              () => {
                marks.handled = performance.now();
                queueMicrotask(() => {
                  marks.rendered = performance.now();
                  requestAnimationFrame(() => {
                    marks.frameCallbacksDone = performance.now();
                  });
                });
              },
              { once: true },
            );
            requestAnimationFrame(() => {
              marks.frame1 = performance.now();
              requestAnimationFrame(() => {
                marks.frame2 = performance.now();
              });
            });
            void painted(e.timeStamp).then(resolve);
          },
          { capture: true, once: true },
        );
      });
    },
    clickPhases: () => clickPhases,
    clicked() {
      if (!clickTiming) return Promise.reject(new Error('armClick first'));
      return clickTiming;
    },
    rename(id, title) {
      const start = performance.now();
      store.getState().apply(updateTactic, { id, changes: { title } });
      return painted(start);
    },
    setHealthOpen: (open) => store.getState().setHealthOpen(open),
    setForecastOn: (on) => store.getState().setForecastOn(on),
    setRate(id, rate) {
      const start = performance.now();
      store.getState().apply(updateTactic, { id, changes: { conversionRate: rate } });
      return painted(start);
    },
    moveMany(ids, dy) {
      const byId = new Map(store.getState().doc.tactics.map((t) => [t.id, t]));
      const moves = ids.flatMap((id) => {
        const t = byId.get(id);
        return t ? [{ id, position: { x: t.position.x, y: t.position.y + dy } }] : [];
      });
      store.getState().apply(moveTactics, { moves });
    },
    undo() {
      const start = performance.now();
      undo(store);
      return painted(start);
    },
    journeyIds: () => [...store.getState().journeySet.order],
    switchJourney(id) {
      const start = performance.now();
      store.getState().switchJourney(id);
      return painted(start);
    },
    saveText() {
      const start = performance.now();
      const state = store.getState();
      const text = serializeDocument(state, stampSaved(state.doc, { now: new Date() }));
      if (text.length === 0) throw new Error('nothing to save');
      return performance.now() - start;
    },
    settled() {
      const start = lastStart;
      return new Promise((resolve) => {
        const check = () => {
          if (document.querySelector('[data-mounting]')) requestAnimationFrame(check);
          else resolve(painted(start));
        };
        check();
      });
    },
  };
}
