import {
  autosaveGoneError,
  fileErrorFromParse,
  RECOVERED_NAME,
} from '../../../shared/file/file-errors';
import { parseJourneyFile } from '../../../shared/file/parse';
import type {
  CheckedJourneyText,
  OpenedDocument,
  OpenOutcome,
  RecoveryEntry,
} from '../../../shared/ipc/contract';
import type { Baseline } from '../files/document-files';
import type { FsPort } from '../files/fs-port';
import { displayName, pathKey, UNTITLED_NAME } from '../files/paths';
import type { RecoveryRecord, RecoveryStore } from '../files/recovery-store';
import type { Placement } from './placement';
import type { ShellPort } from './ports';
import { bindFile, type Session } from './session';
import type { WindowSessions } from './sessions';

export interface RecoveryOptions {
  store: RecoveryStore;
  shell: ShellPort;
  fs: FsPort;
  platform: NodeJS.Platform;
  sessions: WindowSessions;
  placement: Placement;
}

/**
 * Autosave and recovery. Each window autosaves its unsaved journey to its own record and owns
 * it while open; what no open window owns (a crash, a kill, a reload left it behind) is offered
 * back: to the first window of a run, and to a window whose page reloaded.
 */
export class Recovery {
  private offered = false;

  constructor(private readonly options: RecoveryOptions) {}

  /** Autosave of window `id`. Ignored while the window is clean or already allowed to close. */
  async write(windowId: number, journey: CheckedJourneyText): Promise<void> {
    const { sessions, store } = this.options;
    const session = sessions.get(windowId);
    if (!session || !session.edited || sessions.mayCloseNow(session)) return;
    session.recoveryOnDisk = true;
    await store.write(session.recoveryId, {
      text: journey.text,
      title: journey.title,
      originalPath: session.filePath,
      baseline: session.baseline,
    });
  }

  /**
   * Whether a page that just came up is offered the autosaves left behind: the first one of the
   * run, and one that reloaded (its own unsaved journey is among them). Counts as offered.
   */
  takeOffer(reloaded: boolean): boolean {
    const offer = !this.offered || reloaded;
    this.offered = true;
    return offer;
  }

  /** Autosaves no open window owns: what a crash, kill or reload left behind. */
  async list(): Promise<RecoveryEntry[]> {
    const { sessions, store, platform } = this.options;
    const owned = sessions.ownedRecoveryIds();
    const records = await store.list();
    return records
      .filter((record) => !owned.has(record.id))
      .map((record) => ({
        id: record.id,
        title: record.title,
        originalName:
          record.originalPath === null ? null : displayName(record.originalPath, platform),
        savedAt: record.savedAt,
      }));
  }

  /**
   * Loads an autosave (placed like any open), marked unsaved. The window adopts the autosave
   * (its later autosaves replace it; saving drops it). A journey that had a file is bound to it
   * again with the baseline it had, so saving detects changes made to the file meanwhile;
   * unless that file is open in another window now, then it comes back untitled.
   */
  async restore(windowId: number, recoveryId: string): Promise<OpenOutcome> {
    const { sessions, store, platform, placement } = this.options;
    const owner = sessions.findByRecoveryId(recoveryId);
    if (owner) return sessions.focus(owner);
    const record = await store.read(recoveryId);
    if (!record) return { status: 'error', error: autosaveGoneError() };
    const parsed = parseJourneyFile(record.text);
    const originalName =
      record.originalPath === null ? null : displayName(record.originalPath, platform);
    if (!parsed.ok) {
      return {
        status: 'error',
        error: fileErrorFromParse(parsed.error, 'open', originalName ?? RECOVERED_NAME),
      };
    }
    const binding = await this.binding(record);
    const document: OpenedDocument = {
      text: record.text,
      name: binding ? displayName(binding.path, platform) : UNTITLED_NAME,
      hasFile: binding !== null,
      edited: true,
      recoveredAt: record.savedAt,
    };
    return placement.place(windowId, document, 'reply', (session) => {
      if (binding) bindFile(session, binding.path, binding.key, binding.baseline);
      session.recoveryId = recoveryId;
      session.recoveryOnDisk = true;
      session.edited = true;
    });
  }

  /** The user chose Discard. Autosaves of open windows are never deleted this way. */
  async discard(recoveryId: string): Promise<void> {
    if (this.options.sessions.ownedRecoveryIds().has(recoveryId)) return;
    await this.options.store.discard(recoveryId);
  }

  /** The window's autosave is not needed any more (clean, reverted, closed): it goes. */
  drop(session: Session): void {
    if (!session.recoveryOnDisk) return;
    session.recoveryOnDisk = false;
    this.options.store
      .discard(session.recoveryId)
      .catch((error: unknown) => this.options.shell.warn('Could not remove an autosave', error));
  }

  /** Resolves once autosave writes and removals in flight have landed. */
  settle(): Promise<void> {
    return this.options.store.settle();
  }

  private async binding(
    record: RecoveryRecord,
  ): Promise<{ path: string; key: string; baseline: Baseline | null } | null> {
    if (record.originalPath === null) return null;
    const { fs, platform, sessions } = this.options;
    const key = await pathKey(fs, record.originalPath, platform);
    if (sessions.findByKey(key)) return null;
    return { path: record.originalPath, key, baseline: record.baseline };
  }
}
