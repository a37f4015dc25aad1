import type { FileError } from '../../../shared/file/file-errors';
import type { OpenedDocument, OpenOutcome } from '../../../shared/ipc/contract';
import type { WindowPort } from './ports';
import { isPristine, type Session } from './session';
import type { WindowSessions } from './sessions';

/**
 * Where an opened journey goes, the same rule for every way of opening: a file that is already
 * open is focused (the callers check that first); otherwise it goes into the asking window only
 * if that window holds an untitled, untouched journey, and into a new window otherwise. No open
 * ever replaces unsaved work.
 */

/** reply: the asking renderer gets the document in the answer. push: main sends it an event. */
export type Delivery = 'reply' | 'push';

export class Placement {
  constructor(
    private readonly sessions: WindowSessions,
    private readonly windows: WindowPort,
  ) {}

  /**
   * Puts a document into the asking window if it is pristine, else into a new window (which
   * gets it when its page is up). `bind` ties the receiving session to the document's file.
   */
  place(
    windowId: number | null,
    document: OpenedDocument,
    delivery: Delivery,
    bind: (session: Session) => void,
  ): OpenOutcome {
    const target = this.sessions.get(windowId);
    if (target && isPristine(target) && this.windows.isAlive(target.id)) {
      bind(target);
      this.sessions.present(target);
      if (delivery === 'reply') return { status: 'opened', document };
      this.push(target, document);
      this.windows.focus(target.id);
      return { status: 'opened', document };
    }
    const session = this.sessions.create();
    bind(session);
    session.pending = document;
    this.sessions.present(session);
    return { status: 'new-window' };
  }

  /** A failed open: returned to an asking renderer, or shown in the window main chose. */
  deliverFailure(windowId: number | null, error: FileError, delivery: Delivery): OpenOutcome {
    if (delivery === 'push') {
      const target = this.sessions.get(windowId) ?? this.sessions.create();
      if (target.lifecycle.page === 'listening') {
        this.windows.send(target.id, 'file:open-failed', error);
      } else {
        target.pendingErrors.push(error);
      }
      this.windows.focus(target.id);
    }
    return { status: 'error', error };
  }

  private push(session: Session, document: OpenedDocument): void {
    if (session.lifecycle.page === 'listening') {
      this.windows.send(session.id, 'file:opened', document);
    } else {
      session.pending = document;
    }
  }
}
