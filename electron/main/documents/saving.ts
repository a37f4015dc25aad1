import { join } from 'node:path';
import type { CheckedJourneyText, SaveOutcome } from '../../../shared/ipc/contract';
import type { DocumentFiles } from '../files/document-files';
import { fileError } from '../files/file-errors';
import { exists, type FsPort } from '../files/fs-port';
import {
  displayName,
  pathKey,
  suggestFileName,
  UNTITLED_NAME,
  withCvjExtension,
} from '../files/paths';
import type { KeyedQueue } from '../files/serial';
import type { DialogPort, ShellPort } from './ports';
import type { RecentDocuments } from './recent';
import { bindFile, type Session } from './session';
import type { WindowSessions } from './sessions';

export interface SavingOptions {
  files: DocumentFiles;
  dialogs: DialogPort;
  shell: ShellPort;
  fs: FsPort;
  platform: NodeJS.Platform;
  sessions: WindowSessions;
  recent: RecentDocuments;
  /** Per-window queue shared with opening, so a save and a revert never interleave. */
  locks: KeyedQueue;
}

/**
 * Save and Save As of a window's journey. Save writes the window's file after checking that
 * nobody changed it on disk since it was read (a conflict asks the user); an untitled journey
 * gets the Save dialog. The journey text arrives checked (a journey the app can open again).
 */
export class Saving {
  constructor(private readonly options: SavingOptions) {}

  save(windowId: number, journey: CheckedJourneyText, force: boolean): Promise<SaveOutcome> {
    const { locks, sessions, files, platform } = this.options;
    return locks.run(String(windowId), async () => {
      const session = sessions.get(windowId);
      if (!session) return noWindow();
      if (session.filePath === null) return this.saveAsLocked(session, journey);
      const path = session.filePath;
      const result = await files.write(path, journey.text, { baseline: session.baseline, force });
      if ('conflict' in result) {
        return {
          status: 'conflict',
          conflict: {
            fileName: displayName(path, platform),
            reason: result.conflict.reason,
            modifiedAt: result.conflict.modifiedAt?.toISOString() ?? null,
          },
        };
      }
      if (!result.ok) return { status: 'error', error: result.error };
      session.baseline = result.baseline;
      return this.saved(session, path, sessions.nameOf(session), result.savedAt);
    });
  }

  saveAs(windowId: number, journey: CheckedJourneyText): Promise<SaveOutcome> {
    return this.options.locks.run(String(windowId), async () => {
      const session = this.options.sessions.get(windowId);
      return session ? this.saveAsLocked(session, journey) : noWindow();
    });
  }

  private async saveAsLocked(session: Session, journey: CheckedJourneyText): Promise<SaveOutcome> {
    const { dialogs, files, fs, shell, platform, sessions } = this.options;
    const defaultPath =
      session.filePath ?? join(shell.documentsDir(), suggestFileName(journey.title));
    const chosen = await dialogs.chooseSavePath(session.id, defaultPath);
    if (chosen === null) return { status: 'cancelled' };
    const { path, appended } = withCvjExtension(chosen);
    const name = displayName(path, platform);
    if (appended && (await exists(fs, path)) && !(await dialogs.confirmReplace(session.id, name))) {
      return { status: 'cancelled' };
    }
    const key = await pathKey(fs, path, platform);
    const other = sessions.findByKey(key);
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
    bindFile(session, path, key, result.baseline);
    return this.saved(session, path, name, result.savedAt);
  }

  /** A save that happened: counted (for close and quit), remembered, shown. */
  private saved(session: Session, path: string, name: string, savedAt: Date): SaveOutcome {
    session.saveSeq += 1;
    this.options.recent.remember(path);
    this.options.sessions.present(session);
    return { status: 'saved', name, savedAt: savedAt.toISOString() };
  }
}

function noWindow(): SaveOutcome {
  return {
    status: 'error',
    error: fileError(
      'UNKNOWN',
      UNTITLED_NAME,
      'Couldn’t save: this window is closing. Your journey was not saved.',
    ),
  };
}
