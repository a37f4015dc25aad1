import { createHash } from 'node:crypto';
import { dirname } from 'node:path';
import type { FileError } from '../../../shared/file/file-errors';
import { parseJourneyFile } from '../../../shared/file/parse';
import { MAX_FILE_BYTES } from '../../../shared/file/size';
import { atomicWrite, removeStaleTemps } from './atomic-write';
import type { BackupStore } from './backups';
import { fileErrorFrom, fileErrorFromParse, notCvjError, notUtf8Error } from './file-errors';
import { errorCode, readFileLimited, systemError, type FsPort, type StatLike } from './fs-port';
import { displayName, hasCvjExtension, hasImageExtension } from './paths';
import { readJourneyBytes } from '../../../shared/export/open';
import { serializeJourneySet } from '../../../shared/file/serialize';

/**
 * Reading and writing `.cvj` files: the size limit, parsing, conflict detection, backups and
 * the atomic replace. Electron-free and fs-injectable, so it is tested for real on temporary
 * folders. Results, not exceptions: every failure is a FileError with a message for people.
 */

/** What the file looked like when this window last read or wrote it. */
export interface Baseline {
  mtimeMs: number;
  size: number;
  sha256: string;
}

export type ReadResult =
  | {
      ok: true;
      path: string;
      text: string;
      title: string;
      baseline: Baseline;
      /** The journey came out of an exported PNG or SVG: it opens untitled, never bound to the image. */
      fromImage?: boolean;
    }
  | { ok: false; error: FileError };

export type WriteResult =
  | { ok: true; baseline: Baseline; savedAt: Date; backupPath: string | null }
  | { ok: false; conflict: { reason: 'modified' | 'deleted'; modifiedAt: Date | null } }
  | { ok: false; error: FileError };

export interface WriteOptions {
  /**
   * What the file was when last read or written. null means the caller has no claim on the
   * current content (Save As: the native dialog already asked before replacing).
   */
  baseline: Baseline | null;
  /** Write even if the file changed since `baseline` (the user chose to overwrite). */
  force?: boolean;
}

export interface DocumentFilesOptions {
  fs: FsPort;
  backups: BackupStore | null;
  maxBytes?: number;
  platform?: NodeJS.Platform;
  now?: () => Date;
  /** Things worth logging that did not stop the operation (a backup that failed). */
  onWarning?: (message: string, error?: unknown) => void;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export class DocumentFiles {
  private readonly fs: FsPort;
  private readonly backups: BackupStore | null;
  private readonly maxBytes: number;
  private readonly platform: NodeJS.Platform;
  private readonly now: () => Date;
  private readonly warn: (message: string, error?: unknown) => void;

  constructor(options: DocumentFilesOptions) {
    this.fs = options.fs;
    this.backups = options.backups;
    this.maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
    this.platform = options.platform ?? process.platform;
    this.now = options.now ?? (() => new Date());
    this.warn = options.onWarning ?? (() => {});
  }

  /**
   * Reads and checks a journey file: a `.cvj` name, a regular file, within the size limit
   * (checked from its size on disk before any byte is read), UTF-8, and a journey
   * `parseJourneyFile` accepts. The text is returned as read; the renderer parses it again.
   */
  async read(path: string, operation: 'open' | 'revert' = 'open'): Promise<ReadResult> {
    const name = displayName(path, this.platform);
    const image = hasImageExtension(path);
    if (!hasCvjExtension(path) && !image) return { ok: false, error: notCvjError(name) };
    let bytes: Uint8Array;
    let stat: StatLike;
    try {
      ({ bytes, stat } = await readFileLimited(this.fs, path, this.maxBytes));
    } catch (error) {
      return { ok: false, error: fileErrorFrom(error, operation, name) };
    }
    if (image) {
      const extracted = readJourneyBytes(bytes);
      if (!extracted.ok) {
        return { ok: false, error: fileErrorFromParse(extracted.error, operation, name) };
      }
      return {
        ok: true,
        path,
        // The journey as a .cvj text: what Save will write to a new .cvj file, never the image.
        // Every journey of the file the image was made from.
        text: serializeJourneySet(extracted.set, { extra: extracted.file }),
        title: extracted.journey.title,
        baseline: { mtimeMs: stat.mtimeMs, size: bytes.length, sha256: sha256(bytes) },
        fromImage: true,
      };
    }
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      return { ok: false, error: notUtf8Error(operation, name) };
    }
    const parsed = parseJourneyFile(text);
    if (!parsed.ok) return { ok: false, error: fileErrorFromParse(parsed.error, operation, name) };
    return {
      ok: true,
      path,
      text,
      title: parsed.journey.title,
      baseline: { mtimeMs: stat.mtimeMs, size: bytes.length, sha256: sha256(bytes) },
    };
  }

  /**
   * Saves `text` at `path`:
   *  1. reads what is on disk now; if it is not what `baseline` says (another program or a
   *     sync client changed or removed it), stops with a conflict unless `force`;
   *  2. copies the current version to the backups folder (best effort: a failed backup is
   *     logged and does not block the save, which is itself atomic);
   *  3. replaces the file atomically (see atomicWrite), keeping its permissions, through a
   *     symlink to its real location;
   *  4. removes temp files an earlier save of this file left when it was killed mid-write.
   * On any failure the file on disk is as it was.
   */
  async write(path: string, text: string, options: WriteOptions): Promise<WriteResult> {
    const name = displayName(path, this.platform);
    const data = new TextEncoder().encode(text);
    try {
      if (data.length > this.maxBytes) throw systemError('TOO_LARGE', `${data.length} bytes`);
      const target = await this.realTarget(path);
      const current = await this.readCurrent(target);
      if (options.baseline !== null && options.force !== true) {
        if (current === null) {
          return { ok: false, conflict: { reason: 'deleted', modifiedAt: null } };
        }
        if (current.bytes === null || sha256(current.bytes) !== options.baseline.sha256) {
          return {
            ok: false,
            conflict: { reason: 'modified', modifiedAt: new Date(current.stat.mtimeMs) },
          };
        }
      }
      let backupPath: string | null = null;
      if (current?.bytes && this.backups) {
        try {
          backupPath = await this.backups.save(path, current.bytes);
        } catch (error) {
          this.warn(`Could not back up ${name} before saving`, error);
        }
      }
      await atomicWrite(this.fs, target, data, {
        ...(current ? { mode: current.stat.mode & 0o7777 } : {}),
        retryRename: this.platform === 'win32',
      });
      const written = await this.fs.stat(target);
      // Ages are measured on the file system's clock (the file just written), not this
      // machine's: on a shared or synced folder the two can differ by more than the threshold.
      await removeStaleTemps(this.fs, target, written.mtimeMs);
      return {
        ok: true,
        baseline: { mtimeMs: written.mtimeMs, size: data.length, sha256: sha256(data) },
        savedAt: this.now(),
        backupPath,
      };
    } catch (error) {
      return { ok: false, error: fileErrorFrom(error, 'save', name) };
    }
  }

  /** Where the bytes of `path` live (through symlinks), or `path` itself for a new file. */
  private async realTarget(path: string): Promise<string> {
    try {
      return await this.fs.realpath(path);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return path;
      throw error;
    }
  }

  /** The file as it is now: null if absent; bytes null if it is too large to compare. */
  private async readCurrent(
    target: string,
  ): Promise<{ stat: StatLike; bytes: Uint8Array | null } | null> {
    try {
      const { bytes, stat } = await readFileLimited(this.fs, target, this.maxBytes);
      return { stat, bytes };
    } catch (error) {
      const code = errorCode(error);
      // The file is gone but its folder is there: a new file, or one deleted behind our back.
      // A folder that is gone too is an error (ENOENT), not a conflict: there is nowhere to write.
      if (code === 'ENOENT') {
        const folder = await this.fs.stat(dirname(target));
        if (!folder.isDirectory())
          throw systemError('ENOTDIR', `${dirname(target)} is not a folder`);
        return null;
      }
      if (code === 'TOO_LARGE') return { stat: await this.fs.stat(target), bytes: null };
      throw error;
    }
  }
}
