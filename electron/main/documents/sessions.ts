import { windowTitle } from '../../../shared/file/window-title';
import type { OpenOutcome } from '../../../shared/ipc/contract';
import { displayName, UNTITLED_NAME } from '../files/paths';
import type { WindowPort } from './ports';
import { freshSession, type Session } from './session';

/**
 * The sessions of the open editor windows, by window id, and what every part of the document
 * manager asks of them: find a window by its file or its autosave, name it, show it.
 */
export class WindowSessions {
  private readonly byId = new Map<number, Session>();
  private quitting = false;

  constructor(
    private readonly windows: WindowPort,
    private readonly platform: NodeJS.Platform,
  ) {}

  /** A new window with a new untitled journey. */
  create(): Session {
    const session = freshSession(this.windows.create());
    this.byId.set(session.id, session);
    return session;
  }

  get(id: number | null): Session | undefined {
    return id === null ? undefined : this.byId.get(id);
  }

  /** The session of window `id`, made now if main had none (a window it did not open). */
  getOrAdd(id: number): Session {
    let session = this.byId.get(id);
    if (!session) {
      session = freshSession(id);
      this.byId.set(id, session);
    }
    return session;
  }

  remove(id: number): Session | undefined {
    const session = this.byId.get(id);
    this.byId.delete(id);
    return session;
  }

  all(): Session[] {
    return [...this.byId.values()];
  }

  findByKey(key: string): Session | undefined {
    return this.all().find((session) => session.pathKey === key);
  }

  findByRecoveryId(recoveryId: string): Session | undefined {
    return this.all().find((session) => session.recoveryId === recoveryId);
  }

  ownedRecoveryIds(): Set<string> {
    return new Set(this.all().map((session) => session.recoveryId));
  }

  /** Brings the window to the front. */
  focus(session: Session): OpenOutcome {
    this.windows.focus(session.id);
    return { status: 'focused' };
  }

  /** Brings the window showing the file with this key to the front, if there is one. */
  focusIfOpen(key: string): OpenOutcome | null {
    const open = this.findByKey(key);
    return open ? this.focus(open) : null;
  }

  /** Quitting was approved: every window may close now, and autosaves stop. */
  approveQuit(): void {
    this.quitting = true;
  }

  get quitApproved(): boolean {
    return this.quitting;
  }

  /** Whether closing `session` was settled: approved for it, or for the whole app. */
  mayCloseNow(session: Session): boolean {
    return session.lifecycle.phase === 'closing' || this.quitting;
  }

  nameOf(session: Session): string {
    if (session.filePath !== null) return displayName(session.filePath, this.platform);
    return session.documentTitle.trim() === '' ? UNTITLED_NAME : session.documentTitle;
  }

  /** Title, edited mark and file of the window, as the session has them now. */
  present(session: Session): void {
    if (!this.windows.isAlive(session.id)) return;
    this.windows.present(session.id, {
      title: windowTitle({ documentTitle: this.nameOf(session), edited: session.edited }),
      edited: session.edited,
      filePath: session.filePath,
    });
  }
}
