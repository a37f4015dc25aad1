import type { AppStore } from '../store';
import { isEdited } from '../store/sessionSlice';
import { serializeDocument } from './serialize';

export interface AutosaveTiming {
  /** Quiet time after the last change before writing. */
  delayMs: number;
  /** Longest wait while changes keep coming: continuous editing still autosaves. */
  maxWaitMs: number;
}

export const AUTOSAVE_TIMING: AutosaveTiming = { delayMs: 2000, maxWaitMs: 5000 };

/**
 * Writes the journey for crash recovery a couple of seconds after each change, and at least
 * every few seconds during continuous editing, while it has unsaved changes. `write` failing
 * reports a problem (shown in the toolbar) until a later write succeeds. Returns `stop`; call
 * `flush` when the page is going away.
 */
export function startAutosave(
  store: AppStore,
  write: (text: string) => Promise<void>,
  timing: AutosaveTiming = AUTOSAVE_TIMING,
): { stop(): void; flush(): void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstChangeAt: number | null = null;

  const cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    firstChangeAt = null;
  };

  const flush = () => {
    const pending = timer !== null;
    cancel();
    const state = store.getState();
    if (!pending || !isEdited(state)) return;
    const text = serializeDocument(state, state.doc);
    write(text).then(
      () => store.getState().setAutosaveProblem(null),
      (error: unknown) =>
        store.getState().setAutosaveProblem(error instanceof Error ? error.message : String(error)),
    );
  };

  const unsubscribe = store.subscribe((state, previous) => {
    // The file is every journey: the open one (doc) and the others (journeySet).
    const fileChanged = state.doc !== previous.doc || state.journeySet !== previous.journeySet;
    if (!fileChanged && state.session === previous.session) return;
    if (!isEdited(state)) {
      cancel();
      return;
    }
    if (!fileChanged) return;
    const now = Date.now();
    firstChangeAt ??= now;
    if (timer !== null) clearTimeout(timer);
    const wait = Math.max(0, Math.min(timing.delayMs, firstChangeAt + timing.maxWaitMs - now));
    timer = setTimeout(flush, wait);
  });

  return {
    stop() {
      unsubscribe();
      cancel();
    },
    flush,
  };
}
