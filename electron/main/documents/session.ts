import type { FileError } from '../../../shared/file/file-errors';
import type { OpenedDocument } from '../../../shared/ipc/contract';
import type { Baseline } from '../files/document-files';
import { UNTITLED_NAME } from '../files/paths';
import { newRecoveryId } from '../files/recovery-store';

/**
 * One document session per editor window, kept in main: which file the window shows (main owns
 * paths), what that file looked like when last read or written (for conflict checks), whether
 * the renderer reports unsaved changes, its autosave, and where the window is in its life.
 */

/** Where a window's page is. */
export type PageState =
  /** Not loaded yet: what is opened for the window waits for it (`pending`). */
  | 'loading'
  /** It called `ready` and listens to events. */
  | 'listening'
  /**
   * It reloaded, or its renderer died, since it last listened: the journey it held is gone and
   * the window starts over untitled when the new page calls `ready`.
   */
  | 'lost';

/**
 * A window's lifecycle as one value: where its page is and how far closing it has got. A page
 * that listens and is lost at once, or a close that is approved while still being asked about,
 * cannot be written.
 */
export type Lifecycle =
  /** In use. */
  | { readonly phase: 'open'; readonly page: PageState }
  /** Save / Don't Save / Cancel is being asked; `answer` is true once the window may close. */
  | { readonly phase: 'asking'; readonly page: PageState; readonly answer: Promise<boolean> }
  /** Allowed to close (it was clean, or the user answered): it closes without asking again. */
  | { readonly phase: 'closing'; readonly page: PageState };

/** The page called `ready`: it listens now. */
export function pageReady(lifecycle: Lifecycle): Lifecycle {
  return { ...lifecycle, page: 'listening' };
}

/**
 * The page went away (a committed navigation, or its renderer is gone). A page that never
 * listened lost nothing: the window's first load is a navigation too.
 */
export function pageGone(lifecycle: Lifecycle): Lifecycle {
  return lifecycle.page === 'loading' ? lifecycle : { ...lifecycle, page: 'lost' };
}

/** The unsaved-changes question is on screen; `answer` settles it. */
export function askingToClose(lifecycle: Lifecycle, answer: Promise<boolean>): Lifecycle {
  return { phase: 'asking', page: lifecycle.page, answer };
}

/** The window may close now, without asking. */
export function closeApproved(lifecycle: Lifecycle): Lifecycle {
  return { phase: 'closing', page: lifecycle.page };
}

/**
 * The question `answer` stood for is over. Approved: the window closes. Otherwise it is open
 * again, unless something else happened meanwhile (a reload started over, a clean window was
 * approved): that state stands.
 */
export function askingEnded(
  lifecycle: Lifecycle,
  answer: Promise<boolean>,
  mayClose: boolean,
): Lifecycle {
  if (mayClose) return closeApproved(lifecycle);
  if (lifecycle.phase === 'asking' && lifecycle.answer === answer) {
    return { phase: 'open', page: lifecycle.page };
  }
  return lifecycle;
}

export interface Session {
  readonly id: number;
  filePath: string | null;
  pathKey: string | null;
  baseline: Baseline | null;
  /** The journey title the renderer reports (titles untitled windows). */
  documentTitle: string;
  edited: boolean;
  lifecycle: Lifecycle;
  /** A journey to hand the page once it listens (it is `loading` or `lost`). */
  pending: OpenedDocument | null;
  /** Failed opens to show the page once it listens. */
  pendingErrors: FileError[];
  /** The autosave this window writes (and owns: it is not offered for recovery). */
  recoveryId: string;
  /** Whether that autosave may exist on disk (so clean-state reports do not delete in vain). */
  recoveryOnDisk: boolean;
  /** Counts successful saves, so a save request can check one really happened. */
  saveSeq: number;
}

/** A new window's session: an untitled, untouched journey, its page still loading. */
export function freshSession(id: number): Session {
  return {
    id,
    filePath: null,
    pathKey: null,
    baseline: null,
    documentTitle: UNTITLED_NAME,
    edited: false,
    lifecycle: { phase: 'open', page: 'loading' },
    pending: null,
    pendingErrors: [],
    recoveryId: newRecoveryId(),
    recoveryOnDisk: false,
    saveSeq: 0,
  };
}

/** An untitled, untouched journey in a window in use: an open may load into it. */
export function isPristine(session: Session): boolean {
  return (
    session.filePath === null &&
    !session.edited &&
    session.pending === null &&
    session.lifecycle.phase === 'open'
  );
}

export function bindFile(
  session: Session,
  path: string,
  key: string,
  baseline: Baseline | null,
): void {
  session.filePath = path;
  session.pathKey = key;
  session.baseline = baseline;
}
