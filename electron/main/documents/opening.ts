import { isAbsolute } from 'node:path';
import { neverSavedError, recentGoneError } from '../../../shared/file/file-errors';
import type { OpenedDocument, OpenOutcome } from '../../../shared/ipc/contract';
import type { DocumentFiles } from '../files/document-files';
import { fileError } from '../files/file-errors';
import type { FsPort } from '../files/fs-port';
import { displayName, pathKey, UNTITLED_NAME } from '../files/paths';
import type { KeyedQueue } from '../files/serial';
import type { Delivery, Placement } from './placement';
import type { DialogPort } from './ports';
import type { RecentDocuments } from './recent';
import type { Recovery } from './recovery';
import { bindFile } from './session';
import type { WindowSessions } from './sessions';

export interface OpeningOptions {
  files: DocumentFiles;
  dialogs: DialogPort;
  fs: FsPort;
  platform: NodeJS.Platform;
  sessions: WindowSessions;
  placement: Placement;
  recent: RecentDocuments;
  recovery: Recovery;
  /** Per-window queue shared with saving, so a revert and a save never interleave. */
  locks: KeyedQueue;
}

/**
 * Every way of opening a journey (the Open dialog, Open Recent, a drop, files from the OS) and
 * Revert. Each file is read and checked by the file service, then placed (placement.ts).
 */
export class Opening {
  constructor(private readonly options: OpeningOptions) {}

  /** The native Open dialog. */
  async open(windowId: number | null, delivery: Delivery): Promise<OpenOutcome> {
    const path = await this.options.dialogs.chooseFileToOpen(windowId);
    if (path === null) return { status: 'cancelled' };
    return this.openPath(path, windowId, delivery);
  }

  async openRecent(
    windowId: number | null,
    recentId: string,
    delivery: Delivery,
  ): Promise<OpenOutcome> {
    const { recent, placement } = this.options;
    const path = await recent.resolve(recentId);
    if (path === null) return placement.deliverFailure(windowId, recentGoneError(), delivery);
    const outcome = await this.openPath(path, windowId, delivery);
    if (outcome.status === 'error' && outcome.error.code === 'ENOENT') await recent.forget(path);
    return outcome;
  }

  /** A path from an OS drag (via the preload); checked like any other file. */
  async openDropped(windowId: number, path: string): Promise<OpenOutcome> {
    if (!isAbsolute(path)) {
      return {
        status: 'error',
        error: fileError(
          'NOT_CVJ',
          displayName(path, this.options.platform),
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

  /** Re-reads this window's file; on failure the window keeps its journey and its baseline. */
  revert(windowId: number): Promise<OpenOutcome> {
    const { locks, sessions, files, recovery } = this.options;
    return locks.run(String(windowId), async () => {
      const session = sessions.get(windowId);
      if (!session?.filePath) {
        const name = session ? sessions.nameOf(session) : UNTITLED_NAME;
        return { status: 'error', error: neverSavedError(name) };
      }
      const read = await files.read(session.filePath, 'revert');
      if (!read.ok) return { status: 'error', error: read.error };
      session.baseline = read.baseline;
      session.edited = false;
      recovery.drop(session);
      sessions.present(session);
      return {
        status: 'opened',
        document: {
          text: read.text,
          name: sessions.nameOf(session),
          hasFile: true,
          edited: false,
          recoveredAt: null,
        },
      };
    });
  }

  private async openPath(
    path: string,
    windowId: number | null,
    delivery: Delivery,
  ): Promise<OpenOutcome> {
    const { fs, files, platform, sessions, placement, recent } = this.options;
    const key = await pathKey(fs, path, platform);
    const focused = sessions.focusIfOpen(key);
    if (focused) return focused;
    const read = await files.read(path);
    if (!read.ok) return placement.deliverFailure(windowId, read.error, delivery);
    // Two opens of one file may have raced while reading: the first one placed it.
    const raced = sessions.focusIfOpen(key);
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
      return placement.place(windowId, document, delivery, () => {});
    }
    const document: OpenedDocument = {
      text: read.text,
      name: displayName(path, platform),
      hasFile: true,
      edited: false,
      recoveredAt: null,
    };
    const outcome = placement.place(windowId, document, delivery, (session) => {
      bindFile(session, path, key, read.baseline);
    });
    recent.remember(path);
    return outcome;
  }
}
