import { useEffect } from 'react';
import type { Platform } from '../platform';
import type { AppStore } from '../store';
import type { AppState } from '../store/types';
import { displayName, isEdited } from '../store/sessionSlice';
import { startAutosave } from './autosave';
import { leavingAllowed } from './leaving';
import type { DocumentActions } from './documentActions';

/** Hosts whose startup already ran: `ready()` starts a window over, so it is called once. */
const started = new WeakSet<object>();

/**
 * Everything a window does about its document without being asked: listens to main's events,
 * calls `ready` once, keeps the window title and edited marker current, autosaves, and (in a
 * browser) asks before the tab closes with unsaved changes.
 */
export function useDocumentLifecycle(
  store: AppStore,
  platform: Platform,
  actions: DocumentActions,
): void {
  const { documents } = platform;

  // Listen first, then `ready`: main delivers queued opens once the page says it listens.
  useEffect(() => {
    const offs = [
      documents.onOpened((document) => void actions.loadOpened(document)),
      documents.onOpenFailed((error) => void actions.showOpenFailed(error)),
      documents.onSaveRequested((request) => void actions.answerSaveRequest(request)),
    ];
    if (!started.has(documents)) {
      started.add(documents);
      void actions.startup();
    }
    return () => offs.forEach((off) => off());
  }, [documents, actions]);

  // Window title and the edited marker: only when the name or the edited state changes (and
  // on each new journey, so main hears about it even when both look the same).
  useEffect(() => {
    let last = '';
    const report = (state: AppState) => {
      const windowState = { documentTitle: displayName(state), edited: isEdited(state) };
      const key = `${windowState.documentTitle}\u0000${windowState.edited}\u0000${state.session.generation}`;
      if (key === last) return;
      last = key;
      platform.setWindowState(windowState).catch(() => {});
    };
    report(store.getState());
    return store.subscribe(report);
  }, [store, platform]);

  useEffect(() => {
    const autosave = startAutosave(store, (text) => documents.writeRecovery({ text }));
    // Closing the tab or window within the autosave delay still keeps the last change.
    const onPageHide = () => autosave.flush();
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      autosave.stop();
    };
  }, [store, documents]);

  // The desktop app asks through main (Save / Don't save / Cancel); a beforeunload handler
  // there would block closing silently. A browser tab can only use the browser's own prompt.
  useEffect(() => {
    if (!platform.isBrowser) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!isEdited(store.getState()) || leavingAllowed()) return;
      e.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [store, platform]);
}
