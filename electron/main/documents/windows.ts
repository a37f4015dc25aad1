import { windowTitle } from '../../../shared/file/window-title';
import type { OpenedDocument, StartupInfo, WindowState } from '../../../shared/ipc/contract';
import type { Closing } from './closing';
import type { WindowPort } from './ports';
import type { Recovery } from './recovery';
import { freshSession, pageGone, pageReady } from './session';
import type { WindowSessions } from './sessions';

export interface WindowLifecycleOptions {
  sessions: WindowSessions;
  windows: WindowPort;
  recovery: Recovery;
  closing: Closing;
}

/**
 * An editor window from opening to closed, as its page reports it: up and listening, what its
 * journey is called and whether it has unsaved changes, reloaded (its journey lost), closed.
 */
export class WindowLifecycle {
  constructor(private readonly options: WindowLifecycleOptions) {}

  /**
   * A new window with a new untitled journey (File > New, and the first window), or holding
   * `document` (New from Template), which its page gets when it is ready.
   */
  newWindow(document: OpenedDocument | null = null): number {
    const session = this.options.sessions.create();
    session.pending = document;
    return session.id;
  }

  /**
   * The page of window `id` is up and listening: hand it what was queued. Calling it again in
   * the same page changes nothing; after a reload (see `pageLost`) the window starts over.
   */
  async ready(id: number): Promise<StartupInfo> {
    const { sessions, recovery } = this.options;
    const session = sessions.getOrAdd(id);
    const reloaded = session.lifecycle.page === 'lost';
    if (reloaded) {
      // The reload lost the page's journey. Its autosave stays on disk, now without an owner,
      // so it is offered back below; the window starts over untitled.
      Object.assign(session, freshSession(id));
    }
    const document = session.pending;
    const errors = session.pendingErrors;
    session.pending = null;
    session.pendingErrors = [];
    const offer = recovery.takeOffer(reloaded);
    session.lifecycle = pageReady(session.lifecycle);
    sessions.present(session);
    return { document, errors, recovery: offer ? await recovery.list() : [] };
  }

  setWindowState(id: number, state: WindowState): void {
    const { sessions, windows, recovery } = this.options;
    const session = sessions.get(id);
    if (!session) {
      windows.present(id, { title: windowTitle(state), edited: state.edited, filePath: null });
      return;
    }
    session.documentTitle = state.documentTitle;
    session.edited = state.edited;
    // Clean again (saved, or undone back to the saved state): nothing left to recover.
    if (!state.edited) recovery.drop(session);
    sessions.present(session);
  }

  /**
   * The page is going away (a reload, or its renderer process died): whatever it held is lost,
   * and it will call `ready` again once the new page is up.
   */
  pageLost(id: number): void {
    const session = this.options.sessions.get(id);
    if (session) session.lifecycle = pageGone(session.lifecycle);
    this.options.closing.failSaveRequests(id);
  }

  windowClosed(id: number): void {
    const { sessions, recovery, closing } = this.options;
    const session = sessions.remove(id);
    closing.failSaveRequests(id);
    // Closed without approval while edited (destroyed, crashed): keep the autosave to offer.
    if (session && (sessions.mayCloseNow(session) || !session.edited)) recovery.drop(session);
  }
}
