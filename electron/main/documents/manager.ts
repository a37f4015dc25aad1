import { randomBytes } from 'node:crypto';
import { isAbsolute, join } from 'node:path';
import { parseJourneyFile } from '../../../shared/file/parse';
import {
  autosaveGoneError,
  recentGoneError,
  RECOVERED_NAME,
  neverSavedError,
  type FileError,
} from '../../../shared/file/file-errors';
import { windowTitle } from '../../../shared/file/window-title';
import type {
  CheckedJourneyText,
  MenuCommand,
  OpenedDocument,
  OpenOutcome,
  RecoveryEntry,
  SaveOutcome,
  StartupInfo,
  WindowState,
} from '../../../shared/ipc/contract';
import type { Baseline, DocumentFiles } from '../files/document-files';
import { fileError, fileErrorFromParse } from '../files/file-errors';
import type { FsPort } from '../files/fs-port';
import {
  displayName,
  pathKey,
  suggestFileName,
  UNTITLED_NAME,
  withCvjExtension,
} from '../files/paths';
import type { RecentList } from '../files/recent-list';
import { newRecoveryId, type RecoveryRecord, type RecoveryStore } from '../files/recovery-store';
import { KeyedQueue } from '../files/serial';
import type { DialogPort, ShellPort, UnsavedChoice, WindowPort } from './ports';

/**
 * One document session per editor window, kept in main: which file the window shows (main
 * owns paths), what that file looked like when last read or written (for conflict checks),
 * whether the renderer reports unsaved changes, and the id of its autosave. Every open, save,
 * revert, recovery and close goes through here. No `electron` import: the ports are injected.
 *
 * Placement rule, the same for every way of opening: a file that is already open is focused;
 * otherwise it goes into the asking window only if that window holds an untitled, untouched
 * journey, and into a new window otherwise. No open ever replaces unsaved work.
 */

interface Session {
  readonly id: number;
  filePath: string | null;
  pathKey: string | null;
  baseline: Baseline | null;
  /** The journey title the renderer reports (titles untitled windows). */
  documentTitle: string;
  edited: boolean;
  /** The page has called `ready` and listens to events. */
  ready: boolean;
  everReady: boolean;
  /** The page reloaded (or its renderer died) since it last called `ready`. */
  pageLost: boolean;
  pending: OpenedDocument | null;
  pendingErrors: FileError[];
  /** The autosave this window writes (and owns: it is not offered for recovery). */
  recoveryId: string;
  /** Whether that autosave may exist on disk (so clean-state reports do not delete in vain). */
  recoveryOnDisk: boolean;
  /** Counts successful saves, so a save request can check one really happened. */
  saveSeq: number;
  closeApproved: boolean;
  closing: Promise<boolean> | null;
}

/** reply: the asking renderer gets the document in the answer. push: main sends it an event. */
type Delivery = 'reply' | 'push';

export interface DocumentManagerOptions {
  files: DocumentFiles;
  recent: RecentList;
  recovery: RecoveryStore;
  fs: FsPort;
  windows: WindowPort;
  dialogs: DialogPort;
  shell: ShellPort;
  platform?: NodeJS.Platform;
  newId?: () => string;
}

export class DocumentManager {
  private readonly sessions = new Map<number, Session>();
  private readonly saveRequests = new Map<
    string,
    { windowId: number; seq: number; resolve: (saved: boolean) => void }
  >();
  private readonly locks = new KeyedQueue();
  private readonly platform: NodeJS.Platform;
  private readonly newId: () => string;
  private recoveryOffered = false;
  private quitApproved = false;
  private quitting: Promise<boolean> | null = null;

  constructor(private readonly deps: DocumentManagerOptions) {
    this.platform = deps.platform ?? process.platform;
    this.newId = deps.newId ?? (() => randomBytes(16).toString('hex'));
  }

  // ─── Windows ──────────────────────────────────────────────────────────────────────────────

  /** A new window with a new untitled journey (File > New, and the first window). */
  newWindow(): number {
    const id = this.deps.windows.create();
    this.sessions.set(id, this.freshSession(id));
    return id;
  }

  /**
   * The page of window `id` is up and listening: hand it what was queued. Calling it again in
   * the same page changes nothing; after a reload (see `pageLost`) the window starts over.
   */
  async ready(id: number): Promise<StartupInfo> {
    const session = this.sessionOrNew(id);
    const reloaded = session.everReady && session.pageLost;
    if (reloaded) {
      // The reload lost the page's journey. Its autosave stays on disk, now without an owner,
      // so it is offered back below; the window starts over untitled.
      Object.assign(session, this.freshSession(id), { everReady: true });
    }
    const document = session.pending;
    const errors = session.pendingErrors;
    session.pending = null;
    session.pendingErrors = [];
    const offer = !this.recoveryOffered || reloaded;
    session.ready = true;
    session.everReady = true;
    session.pageLost = false;
    this.recoveryOffered = true;
    this.present(session);
    return { document, errors, recovery: offer ? await this.listRecovery() : [] };
  }

  setWindowState(id: number, state: WindowState): void {
    const session = this.sessions.get(id);
    if (!session) {
      this.deps.windows.present(id, {
        title: windowTitle(state),
        edited: state.edited,
        filePath: null,
      });
      return;
    }
    session.documentTitle = state.documentTitle;
    session.edited = state.edited;
    // Clean again (saved, or undone back to the saved state): nothing left to recover.
    if (!state.edited) this.dropRecovery(session);
    this.present(session);
  }

  /**
   * The page is going away (a reload, or its renderer process died): whatever it held is lost,
   * and it will call `ready` again once the new page is up.
   */
  pageLost(id: number): void {
    const session = this.sessions.get(id);
    if (session?.everReady) {
      session.ready = false;
      session.pageLost = true;
    }
    this.failSaveRequests(id);
  }

  windowClosed(id: number): void {
    const session = this.sessions.get(id);
    this.sessions.delete(id);
    this.failSaveRequests(id);
    // Closed without approval while edited (destroyed, crashed): keep the autosave to offer.
    if (session && (session.closeApproved || !session.edited || this.quitApproved)) {
      this.dropRecovery(session);
    }
  }

  /** Menu commands main handles itself; false means "forward to the renderer". */
  handleMenuCommand(command: MenuCommand, windowId: number | null): boolean {
    switch (command) {
      case 'file:new':
        this.newWindow();
        return true;
      case 'file:open':
        void this.open(windowId, 'push');
        return true;
      case 'file:close':
        if (windowId !== null) this.deps.windows.close(windowId);
        return true;
      default:
        return false;
    }
  }

  // ─── Opening ──────────────────────────────────────────────────────────────────────────────

  /** The native Open dialog. */
  async open(windowId: number | null, delivery: Delivery): Promise<OpenOutcome> {
    const path = await this.deps.dialogs.chooseFileToOpen(windowId);
    if (path === null) return { status: 'cancelled' };
    return this.openPath(path, windowId, delivery);
  }

  async openRecent(
    windowId: number | null,
    recentId: string,
    delivery: Delivery,
  ): Promise<OpenOutcome> {
    const path = await this.deps.recent.resolve(recentId);
    if (path === null) {
      return this.deliverFailure(windowId, recentGoneError(), delivery);
    }
    const outcome = await this.openPath(path, windowId, delivery);
    if (outcome.status === 'error' && outcome.error.code === 'ENOENT') {
      await this.deps.recent.remove(path);
      this.deps.shell.recentChanged();
    }
    return outcome;
  }

  /** A path from an OS drag (via the preload); checked like any other file. */
  async openDropped(windowId: number, path: string): Promise<OpenOutcome> {
    if (!isAbsolute(path)) {
      return {
        status: 'error',
        error: fileError(
          'NOT_CVJ',
          displayName(path, this.platform),
          'Couldn’t open the dropped item: it is not a file on this computer.',
        ),
      };
    }
    return this.openPath(path, windowId, 'reply');
  }

  /** Files from the OS: argv, a second launch, macOS open-file. One by one, in order. */
  async openPaths(paths: readonly string[], windowId: number | null): Promise<void> {
    for (const path of paths) await this.openPath(path, windowId, 'push');
  }

  private async openPath(
    path: string,
    windowId: number | null,
    delivery: Delivery,
  ): Promise<OpenOutcome> {
    const { fs } = this.deps;
    const key = await pathKey(fs, path, this.platform);
    const focused = this.focusIfOpen(key);
    if (focused) return focused;
    const read = await this.deps.files.read(path);
    if (!read.ok) return this.deliverFailure(windowId, read.error, delivery);
    // Two opens of one file may have raced while reading: the first one placed it.
    const raced = this.focusIfOpen(key);
    if (raced) return raced;
    if (read.fromImage) {
      // A journey taken out of an exported image opens untitled and unsaved: Save asks where
      // to put a .cvj file, so the image is never overwritten with JSON.
      const document: OpenedDocument = {
        text: read.text,
        name: UNTITLED_NAME,
        hasFile: false,
        edited: true,
        recoveredAt: null,
      };
      return this.place(windowId, document, delivery, () => {});
    }
    const document: OpenedDocument = {
      text: read.text,
      name: displayName(path, this.platform),
      hasFile: true,
      edited: false,
      recoveredAt: null,
    };
    const outcome = this.place(windowId, document, delivery, (session) => {
      this.bindFile(session, path, key, read.baseline);
    });
    this.rememberRecent(path);
    return outcome;
  }

  /** Re-reads this window's file; on failure the window keeps its journey and its baseline. */
  revert(windowId: number): Promise<OpenOutcome> {
    return this.locks.run(String(windowId), async () => {
      const session = this.sessions.get(windowId);
      if (!session?.filePath) {
        const name = session ? this.nameOf(session) : UNTITLED_NAME;
        return { status: 'error', error: neverSavedError(name) };
      }
      const read = await this.deps.files.read(session.filePath, 'revert');
      if (!read.ok) return { status: 'error', error: read.error };
      session.baseline = read.baseline;
      session.edited = false;
      this.dropRecovery(session);
      this.present(session);
      return {
        status: 'opened',
        document: {
          text: read.text,
          name: this.nameOf(session),
          hasFile: true,
          edited: false,
          recoveredAt: null,
        },
      };
    });
  }

  // ─── Saving ───────────────────────────────────────────────────────────────────────────────

  save(windowId: number, journey: CheckedJourneyText, force: boolean): Promise<SaveOutcome> {
    return this.locks.run(String(windowId), async () => {
      const session = this.sessions.get(windowId);
      if (!session) return this.noWindow();
      if (session.filePath === null) return this.saveAsLocked(session, journey);
      const path = session.filePath;
      const result = await this.deps.files.write(path, journey.text, {
        baseline: session.baseline,
        force,
      });
      if ('conflict' in result) {
        return {
          status: 'conflict',
          conflict: {
            fileName: displayName(path, this.platform),
            reason: result.conflict.reason,
            modifiedAt: result.conflict.modifiedAt?.toISOString() ?? null,
          },
        };
      }
      if (!result.ok) return { status: 'error', error: result.error };
      session.baseline = result.baseline;
      session.saveSeq += 1;
      this.rememberRecent(path);
      this.present(session);
      return { status: 'saved', name: this.nameOf(session), savedAt: result.savedAt.toISOString() };
    });
  }

  saveAs(windowId: number, journey: CheckedJourneyText): Promise<SaveOutcome> {
    return this.locks.run(String(windowId), async () => {
      const session = this.sessions.get(windowId);
      return session ? this.saveAsLocked(session, journey) : this.noWindow();
    });
  }

  private async saveAsLocked(session: Session, journey: CheckedJourneyText): Promise<SaveOutcome> {
    const { dialogs, files, fs } = this.deps;
    const defaultPath =
      session.filePath ?? join(this.deps.shell.documentsDir(), suggestFileName(journey.title));
    const chosen = await dialogs.chooseSavePath(session.id, defaultPath);
    if (chosen === null) return { status: 'cancelled' };
    const { path, appended } = withCvjExtension(chosen);
    const name = displayName(path, this.platform);
    if (appended && (await exists(fs, path)) && !(await dialogs.confirmReplace(session.id, name))) {
      return { status: 'cancelled' };
    }
    const key = await pathKey(fs, path, this.platform);
    const other = this.findByKey(key);
    if (other && other.id !== session.id) {
      return {
        status: 'error',
        error: fileError(
          'OPEN_IN_OTHER_WINDOW',
          name,
          `Couldn’t save as “${name}”: that file is open in another window. Close it there first, or choose another name. Your journey is still open and unsaved.`,
        ),
      };
    }
    // No baseline: the user picked this file in the dialog, which asked before replacing it.
    const result = await files.write(path, journey.text, { baseline: null });
    if ('conflict' in result) throw new Error('A write without a baseline cannot conflict.');
    if (!result.ok) return { status: 'error', error: result.error };
    this.bindFile(session, path, key, result.baseline);
    session.saveSeq += 1;
    this.rememberRecent(path);
    this.present(session);
    return { status: 'saved', name, savedAt: result.savedAt.toISOString() };
  }

  private noWindow(): SaveOutcome {
    return {
      status: 'error',
      error: fileError(
        'UNKNOWN',
        UNTITLED_NAME,
        'Couldn’t save: this window is closing. Your journey was not saved.',
      ),
    };
  }

  // ─── Recent list ──────────────────────────────────────────────────────────────────────────

  listRecent() {
    return this.deps.recent.list();
  }

  async clearRecent(): Promise<void> {
    await this.deps.recent.clear();
    this.deps.shell.clearRecentDocuments();
    this.deps.shell.recentChanged();
  }

  /** Labels for the Open Recent menu: the name, and its folder where two names are alike. */
  async recentMenuItems(): Promise<{ id: string; label: string }[]> {
    const entries = await this.deps.recent.list();
    const counts = new Map<string, number>();
    for (const entry of entries) counts.set(entry.name, (counts.get(entry.name) ?? 0) + 1);
    return entries.map((entry) => ({
      id: entry.id,
      label: (counts.get(entry.name) ?? 0) > 1 ? `${entry.name} — ${entry.folder}` : entry.name,
    }));
  }

  private rememberRecent(path: string): void {
    this.deps.shell.addRecentDocument(path);
    this.deps.recent.add(path).then(
      () => this.deps.shell.recentChanged(),
      (error: unknown) => this.deps.shell.warn('Could not update the recent list', error),
    );
  }

  // ─── Autosave and recovery ────────────────────────────────────────────────────────────────

  /** Autosave of window `id`. Ignored while the window is clean or already allowed to close. */
  async writeRecovery(windowId: number, journey: CheckedJourneyText): Promise<void> {
    const session = this.sessions.get(windowId);
    if (!session || !session.edited || session.closeApproved || this.quitApproved) return;
    session.recoveryOnDisk = true;
    await this.deps.recovery.write(session.recoveryId, {
      text: journey.text,
      title: journey.title,
      originalPath: session.filePath,
      baseline: session.baseline,
    });
  }

  /** Autosaves no open window owns: what a crash, kill or reload left behind. */
  async listRecovery(): Promise<RecoveryEntry[]> {
    const owned = this.ownedRecoveryIds();
    const records = await this.deps.recovery.list();
    return records
      .filter((record) => !owned.has(record.id))
      .map((record) => ({
        id: record.id,
        title: record.title,
        originalName:
          record.originalPath === null ? null : displayName(record.originalPath, this.platform),
        savedAt: record.savedAt,
      }));
  }

  /**
   * Loads an autosave (placed like any open), marked unsaved. The window adopts the autosave
   * (its later autosaves replace it; saving drops it). A journey that had a file is bound to it
   * again with the baseline it had, so saving detects changes made to the file meanwhile;
   * unless that file is open in another window now, then it comes back untitled.
   */
  async restoreRecovery(windowId: number, recoveryId: string): Promise<OpenOutcome> {
    const owner = [...this.sessions.values()].find((session) => session.recoveryId === recoveryId);
    if (owner) {
      this.deps.windows.focus(owner.id);
      return { status: 'focused' };
    }
    const record = await this.deps.recovery.read(recoveryId);
    if (!record) {
      return { status: 'error', error: autosaveGoneError() };
    }
    const parsed = parseJourneyFile(record.text);
    const originalName =
      record.originalPath === null ? null : displayName(record.originalPath, this.platform);
    if (!parsed.ok) {
      return {
        status: 'error',
        error: fileErrorFromParse(parsed.error, 'open', originalName ?? RECOVERED_NAME),
      };
    }
    const binding = await this.recoveryBinding(record);
    const document: OpenedDocument = {
      text: record.text,
      name: binding ? displayName(binding.path, this.platform) : UNTITLED_NAME,
      hasFile: binding !== null,
      edited: true,
      recoveredAt: record.savedAt,
    };
    return this.place(windowId, document, 'reply', (session) => {
      if (binding) this.bindFile(session, binding.path, binding.key, binding.baseline);
      session.recoveryId = recoveryId;
      session.recoveryOnDisk = true;
      session.edited = true;
    });
  }

  private async recoveryBinding(
    record: RecoveryRecord,
  ): Promise<{ path: string; key: string; baseline: Baseline | null } | null> {
    if (record.originalPath === null) return null;
    const key = await pathKey(this.deps.fs, record.originalPath, this.platform);
    if (this.findByKey(key)) return null;
    return { path: record.originalPath, key, baseline: record.baseline };
  }

  /** The user chose Discard. Autosaves of open windows are never deleted this way. */
  async discardRecovery(recoveryId: string): Promise<void> {
    if (this.ownedRecoveryIds().has(recoveryId)) return;
    await this.deps.recovery.discard(recoveryId);
  }

  private ownedRecoveryIds(): Set<string> {
    return new Set([...this.sessions.values()].map((session) => session.recoveryId));
  }

  private dropRecovery(session: Session): void {
    if (!session.recoveryOnDisk) return;
    session.recoveryOnDisk = false;
    this.deps.recovery
      .discard(session.recoveryId)
      .catch((error: unknown) => this.deps.shell.warn('Could not remove an autosave', error));
  }

  // ─── Closing and quitting ─────────────────────────────────────────────────────────────────

  /** For the window's close event: true lets it close now; false means call `requestClose`. */
  mayClose(windowId: number): boolean {
    const session = this.sessions.get(windowId);
    if (!session || session.closeApproved || this.quitApproved) return true;
    if (!session.edited) {
      session.closeApproved = true;
      return true;
    }
    return false;
  }

  /** Save / Don't Save / Cancel for one window; closes it unless cancelled or the save failed. */
  requestClose(windowId: number): Promise<boolean> {
    const session = this.sessions.get(windowId);
    if (!session) return Promise.resolve(true);
    session.closing ??= (async () => {
      try {
        const ok = (await this.askAndSettle(session, 'close')) !== 'cancel';
        if (ok) {
          session.closeApproved = true;
          this.dropRecovery(session);
          this.deps.windows.close(windowId);
        }
        return ok;
      } finally {
        session.closing = null;
      }
    })();
    return session.closing;
  }

  /**
   * Before quitting: the same question for each window with unsaved changes, in turn. Any
   * Cancel (or a save that fails) stops the quit and leaves every window as it was. Resolves
   * true once quitting may go on, after the autosaves of the closing windows are removed.
   */
  requestQuit(): Promise<boolean> {
    if (this.quitApproved) return Promise.resolve(true);
    this.quitting ??= (async () => {
      try {
        for (const session of [...this.sessions.values()]) {
          if (!session.edited || session.closeApproved || !this.deps.windows.isAlive(session.id))
            continue;
          if ((await this.askAndSettle(session, 'quit')) === 'cancel') return false;
        }
        this.quitApproved = true;
        for (const session of this.sessions.values()) this.dropRecovery(session);
        await this.deps.recovery.settle();
        return true;
      } finally {
        this.quitting = null;
      }
    })();
    return this.quitting;
  }

  /** Asks; on Save, has the renderer save and waits. A failed or cancelled save is 'cancel'. */
  private async askAndSettle(session: Session, reason: 'close' | 'quit'): Promise<UnsavedChoice> {
    this.deps.windows.focus(session.id);
    const choice = await this.deps.dialogs.askToSave(session.id, this.nameOf(session), reason);
    if (choice !== 'save') return choice;
    return (await this.requestSave(session, reason)) ? 'save' : 'cancel';
  }

  /** Sends `file:save-requested` and waits for the answer (or the window's end). */
  private requestSave(session: Session, reason: 'close' | 'quit'): Promise<boolean> {
    if (!session.ready || !this.deps.windows.isAlive(session.id)) return Promise.resolve(false);
    const requestId = this.newId();
    return new Promise((resolve) => {
      this.saveRequests.set(requestId, { windowId: session.id, seq: session.saveSeq, resolve });
      this.deps.windows.send(session.id, 'file:save-requested', { requestId, reason });
    });
  }

  /** The renderer's answer; "saved" counts only if a save of that window really succeeded. */
  answerSaveRequest(windowId: number, answer: { requestId: string; saved: boolean }): void {
    const request = this.saveRequests.get(answer.requestId);
    if (!request || request.windowId !== windowId) return;
    this.saveRequests.delete(answer.requestId);
    const session = this.sessions.get(windowId);
    request.resolve(answer.saved && session !== undefined && session.saveSeq > request.seq);
  }

  private failSaveRequests(windowId: number): void {
    for (const [requestId, request] of this.saveRequests) {
      if (request.windowId !== windowId) continue;
      this.saveRequests.delete(requestId);
      request.resolve(false);
    }
  }

  // ─── Sessions ─────────────────────────────────────────────────────────────────────────────

  private freshSession(id: number): Session {
    return {
      id,
      filePath: null,
      pathKey: null,
      baseline: null,
      documentTitle: UNTITLED_NAME,
      edited: false,
      ready: false,
      everReady: false,
      pageLost: false,
      pending: null,
      pendingErrors: [],
      recoveryId: newRecoveryId(),
      recoveryOnDisk: false,
      saveSeq: 0,
      closeApproved: false,
      closing: null,
    };
  }

  private sessionOrNew(id: number): Session {
    let session = this.sessions.get(id);
    if (!session) {
      session = this.freshSession(id);
      this.sessions.set(id, session);
    }
    return session;
  }

  private isPristine(session: Session): boolean {
    return (
      session.filePath === null &&
      !session.edited &&
      session.pending === null &&
      !session.closeApproved &&
      session.closing === null
    );
  }

  private findByKey(key: string): Session | undefined {
    return [...this.sessions.values()].find((session) => session.pathKey === key);
  }

  private focusIfOpen(key: string): OpenOutcome | null {
    const open = this.findByKey(key);
    if (!open) return null;
    this.deps.windows.focus(open.id);
    return { status: 'focused' };
  }

  private bindFile(session: Session, path: string, key: string, baseline: Baseline | null): void {
    session.filePath = path;
    session.pathKey = key;
    session.baseline = baseline;
  }

  /** Puts a document into the asking window if it is pristine, else into a new window. */
  private place(
    windowId: number | null,
    document: OpenedDocument,
    delivery: Delivery,
    bind: (session: Session) => void,
  ): OpenOutcome {
    const target = windowId === null ? undefined : this.sessions.get(windowId);
    if (target && this.isPristine(target) && this.deps.windows.isAlive(target.id)) {
      bind(target);
      this.present(target);
      if (delivery === 'reply') return { status: 'opened', document };
      this.push(target, document);
      this.deps.windows.focus(target.id);
      return { status: 'opened', document };
    }
    const session = this.sessionOrNew(this.newWindow());
    bind(session);
    session.pending = document;
    this.present(session);
    return { status: 'new-window' };
  }

  private push(session: Session, document: OpenedDocument): void {
    if (session.ready) this.deps.windows.send(session.id, 'file:opened', document);
    else session.pending = document;
  }

  /** A failed open: returned to an asking renderer, or shown in the window main chose. */
  private deliverFailure(
    windowId: number | null,
    error: FileError,
    delivery: Delivery,
  ): OpenOutcome {
    if (delivery === 'push') {
      const target =
        (windowId === null ? undefined : this.sessions.get(windowId)) ??
        this.sessionOrNew(this.newWindow());
      if (target.ready) this.deps.windows.send(target.id, 'file:open-failed', error);
      else target.pendingErrors.push(error);
      this.deps.windows.focus(target.id);
    }
    return { status: 'error', error };
  }

  private nameOf(session: Session): string {
    if (session.filePath !== null) return displayName(session.filePath, this.platform);
    return session.documentTitle.trim() === '' ? UNTITLED_NAME : session.documentTitle;
  }

  private present(session: Session): void {
    if (!this.deps.windows.isAlive(session.id)) return;
    this.deps.windows.present(session.id, {
      title: windowTitle({ documentTitle: this.nameOf(session), edited: session.edited }),
      edited: session.edited,
      filePath: session.filePath,
    });
  }
}

async function exists(fs: FsPort, path: string): Promise<boolean> {
  try {
    await fs.stat(path);
    return true;
  } catch {
    return false;
  }
}
