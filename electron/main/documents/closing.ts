import type { DialogPort, UnsavedChoice, WindowPort } from './ports';
import type { Recovery } from './recovery';
import { askingEnded, askingToClose, closeApproved, type Session } from './session';
import type { WindowSessions } from './sessions';

export interface ClosingOptions {
  sessions: WindowSessions;
  windows: WindowPort;
  dialogs: DialogPort;
  recovery: Recovery;
  newId: () => string;
}

interface SaveRequestWait {
  windowId: number;
  /** The window's save count when asked: "saved" counts only if it went up. */
  seq: number;
  resolve: (saved: boolean) => void;
}

/**
 * Closing a window and quitting with unsaved changes: Save / Don't Save / Cancel, and on Save
 * the renderer runs its own save flow while main waits for a save that really happened. A
 * window that was allowed to close, or a quit that was approved, is not asked again.
 */
export class Closing {
  private readonly saveRequests = new Map<string, SaveRequestWait>();
  private quitting: Promise<boolean> | null = null;

  constructor(private readonly options: ClosingOptions) {}

  /** For the window's close event: true lets it close now; false means call `requestClose`. */
  mayClose(windowId: number): boolean {
    const { sessions } = this.options;
    const session = sessions.get(windowId);
    if (!session || sessions.mayCloseNow(session)) return true;
    if (!session.edited) {
      session.lifecycle = closeApproved(session.lifecycle);
      return true;
    }
    return false;
  }

  /** Save / Don't Save / Cancel for one window; closes it unless cancelled or the save failed. */
  requestClose(windowId: number): Promise<boolean> {
    const session = this.options.sessions.get(windowId);
    if (!session) return Promise.resolve(true);
    const { lifecycle } = session;
    // One question at a time; a window already allowed to close is not asked again.
    if (lifecycle.phase === 'asking') return lifecycle.answer;
    if (lifecycle.phase === 'closing') return Promise.resolve(true);
    const ask = async (): Promise<boolean> => {
      let ok = false;
      try {
        ok = (await this.askAndSettle(session, 'close')) !== 'cancel';
      } finally {
        session.lifecycle = askingEnded(session.lifecycle, answer, ok);
      }
      if (ok) {
        this.options.recovery.drop(session);
        this.options.windows.close(windowId);
      }
      return ok;
    };
    const answer = ask();
    session.lifecycle = askingToClose(lifecycle, answer);
    return answer;
  }

  /**
   * Before quitting: the same question for each window with unsaved changes, in turn. Any
   * Cancel (or a save that fails) stops the quit and leaves every window as it was. Resolves
   * true once quitting may go on, after the autosaves of the closing windows are removed.
   */
  requestQuit(): Promise<boolean> {
    const { sessions, windows, recovery } = this.options;
    if (sessions.quitApproved) return Promise.resolve(true);
    this.quitting ??= (async () => {
      try {
        for (const session of sessions.all()) {
          if (!session.edited || session.lifecycle.phase === 'closing') continue;
          if (!windows.isAlive(session.id)) continue;
          if ((await this.askAndSettle(session, 'quit')) === 'cancel') return false;
        }
        sessions.approveQuit();
        for (const session of sessions.all()) recovery.drop(session);
        await recovery.settle();
        return true;
      } finally {
        this.quitting = null;
      }
    })();
    return this.quitting;
  }

  /** The renderer's answer; "saved" counts only if a save of that window really succeeded. */
  answerSaveRequest(windowId: number, answer: { requestId: string; saved: boolean }): void {
    const request = this.saveRequests.get(answer.requestId);
    if (!request || request.windowId !== windowId) return;
    this.saveRequests.delete(answer.requestId);
    const session = this.options.sessions.get(windowId);
    request.resolve(answer.saved && session !== undefined && session.saveSeq > request.seq);
  }

  /** The window's page or the window itself is gone: no answer will come; nothing was saved. */
  failSaveRequests(windowId: number): void {
    for (const [requestId, request] of this.saveRequests) {
      if (request.windowId !== windowId) continue;
      this.saveRequests.delete(requestId);
      request.resolve(false);
    }
  }

  /** Asks; on Save, has the renderer save and waits. A failed or cancelled save is 'cancel'. */
  private async askAndSettle(session: Session, reason: 'close' | 'quit'): Promise<UnsavedChoice> {
    const { windows, dialogs, sessions } = this.options;
    windows.focus(session.id);
    const choice = await dialogs.askToSave(session.id, sessions.nameOf(session), reason);
    if (choice !== 'save') return choice;
    return (await this.requestSave(session, reason)) ? 'save' : 'cancel';
  }

  /** Sends `file:save-requested` and waits for the answer (or the window's end). */
  private requestSave(session: Session, reason: 'close' | 'quit'): Promise<boolean> {
    const { windows, newId } = this.options;
    if (session.lifecycle.page !== 'listening' || !windows.isAlive(session.id)) {
      return Promise.resolve(false);
    }
    const requestId = newId();
    return new Promise((resolve) => {
      this.saveRequests.set(requestId, { windowId: session.id, seq: session.saveSeq, resolve });
      windows.send(session.id, 'file:save-requested', { requestId, reason });
    });
  }
}
