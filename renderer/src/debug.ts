import type { Journey } from '../../shared/model/types';
import type { AppStore } from './store';

declare global {
  interface Window {
    /**
     * Read-only handle for the browser tests, in the test build only (see env.d.ts): a copy of
     * the document, never the store.
     */
    cvjDebug?: { getDocument(): Journey; historySize(): number; selection(): string[] };
  }
}

export function installDebugHandle(store: AppStore): void {
  window.cvjDebug = Object.freeze({
    getDocument: () => structuredClone(store.getState().doc),
    historySize: () => store.temporal.getState().pastStates.length,
    selection: () => [...store.getState().selection],
  });
}
