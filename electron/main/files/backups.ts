import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { atomicWrite } from './atomic-write';
import { errorCode, exists, type FsPort } from './fs-port';
import { caseInsensitive, displayName } from './paths';

/**
 * Previous versions of saved files, in the app's data folder (userData/backups), never next to
 * the user's file: a `.bak` beside every journey clutters shared and synced folders, gets
 * synced and mailed around, and cannot be written where only the file itself is writable.
 *
 * Layout: `backups/<name>-<hash of the path>/<time>.cvj`, newest `keep` versions per file.
 * The folder name starts with the file's name so a person can find a backup by hand; the hash
 * keeps two "Plan.cvj" in different folders apart.
 */

export interface BackupStoreOptions {
  fs: FsPort;
  dir: string;
  /** Versions kept per file. */
  keep?: number;
  platform?: NodeJS.Platform;
  now?: () => Date;
}

export class BackupStore {
  readonly dir: string;
  private readonly fs: FsPort;
  private readonly keep: number;
  private readonly platform: NodeJS.Platform;
  private readonly now: () => Date;

  constructor(options: BackupStoreOptions) {
    this.fs = options.fs;
    this.dir = options.dir;
    this.keep = options.keep ?? 5;
    this.platform = options.platform ?? process.platform;
    this.now = options.now ?? (() => new Date());
  }

  /** The folder that holds the backups of the file at `originalPath`. */
  folderFor(originalPath: string): string {
    const key = caseInsensitive(this.platform) ? originalPath.toLowerCase() : originalPath;
    const hash = createHash('sha256').update(key).digest('hex').slice(0, 12);
    const stem = displayName(originalPath, this.platform)
      .replace(/\.cvj$/i, '')
      .replace(/[^\p{L}\p{N} _.-]+/gu, '_')
      .slice(0, 60);
    return join(this.dir, `${stem}-${hash}`);
  }

  /** Stores `bytes` as the newest backup of `originalPath`; returns its path. */
  async save(originalPath: string, bytes: Uint8Array): Promise<string> {
    const folder = this.folderFor(originalPath);
    await this.fs.mkdir(folder);
    // ISO time without colons (not allowed on Windows), so names sort by time.
    const stamp = this.now().toISOString().replace(/:/g, '-');
    // A counter keeps two saves in the same millisecond apart and still sorting by time.
    let n = 0;
    const nameAt = (i: number): string =>
      join(folder, `${stamp}-${String(i).padStart(2, '0')}.cvj`);
    while (await exists(this.fs, nameAt(n))) n += 1;
    const path = nameAt(n);
    await atomicWrite(this.fs, path, bytes);
    await this.prune(folder);
    return path;
  }

  /** Backups of `originalPath`, newest first. */
  async list(originalPath: string): Promise<string[]> {
    const folder = this.folderFor(originalPath);
    let names: string[];
    try {
      names = await this.fs.readdir(folder);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw error;
    }
    return names
      .filter((name) => name.endsWith('.cvj') && !name.startsWith('.'))
      .sort()
      .reverse()
      .map((name) => join(folder, name));
  }

  private async prune(folder: string): Promise<void> {
    const names = (await this.fs.readdir(folder))
      .filter((name) => name.endsWith('.cvj') && !name.startsWith('.'))
      .sort();
    for (const name of names.slice(0, Math.max(0, names.length - this.keep))) {
      await this.fs.unlink(join(folder, name)).catch(() => {});
    }
  }
}
