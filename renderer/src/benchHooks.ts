import type { AppStore } from './store';
import { parseJourneyFile } from '../../shared/file/parse';
import { moveTactics, updateTactic } from '../../shared/model/commands';
import { addTacticToStage, undo } from './commands/actions';

export interface BenchHooks {
  /** Parses and loads a journey the way opening a file does; resolves when it is on screen. */
  loadText(text: string): Promise<number>;
  tacticIds(): string[];
  select(ids: string[]): void;
  addTactic(): Promise<number>;
  rename(id: string, title: string): Promise<number>;
  moveMany(ids: string[], dy: number): void;
  undo(): Promise<number>;
}

declare global {
  interface Window {
    cvjBench?: BenchHooks;
  }
}

/** Resolves after the next two frames: the change has been rendered and painted. */
function painted(start: number): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start))),
  );
}

/**
 * Hooks for `npm run bench` (scripts/bench): only installed when the page is opened with
 * `?bench`, which the desktop app never does. Each timed hook drives the same store actions
 * the UI uses and reports milliseconds until the result is painted.
 */
export function installBenchHooks(store: AppStore): void {
  if (!new URLSearchParams(window.location.search).has('bench')) return;
  window.cvjBench = {
    loadText(text) {
      const start = performance.now();
      const parsed = parseJourneyFile(text);
      if (!parsed.ok) throw new Error(parsed.error.message);
      // As opening a file does: load, then fit the whole journey.
      store.getState().replaceDocument(parsed.journey);
      store.getState().requestFit();
      return painted(start);
    },
    tacticIds: () => store.getState().doc.tactics.map((t) => t.id),
    select: (ids) => store.getState().setSelection(ids),
    addTactic() {
      const start = performance.now();
      addTacticToStage(store, 'convert.webinar', 'convert');
      return painted(start);
    },
    rename(id, title) {
      const start = performance.now();
      store.getState().apply(updateTactic, { id, changes: { title } });
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
  };
}
