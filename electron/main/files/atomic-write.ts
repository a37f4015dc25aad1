import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { errorCode, systemError, type FileHandleLike, type FsPort } from './fs-port';

/**
 * Replaces `target` with `data` so that, whatever happens, the file holds either all of its old
 * bytes or all of the new ones:
 *
 *  1. write a temp file in the same folder (same disk, so step 3 is a rename, not a copy),
 *     created exclusively ('wx') under a random name, with the old file's permissions;
 *  2. fsync it, so the bytes are on disk before the name points at them (without this a power
 *     cut after the rename can leave an empty file on ext4/APFS);
 *  3. rename it over the target (atomic on POSIX and on NTFS via MoveFileEx);
 *  4. fsync the folder, so the rename itself survives a power cut.
 *
 * Any failure before step 3 removes the temp file and leaves the target untouched. Not
 * write-file-atomic: its fs is not injectable (tests must fail the write and the rename
 * part-way), and it does not fsync the folder.
 */

export interface AtomicWriteOptions {
  /** Permission bits for the new file (the replaced file's, to keep them). */
  mode?: number;
  /** Windows: antivirus and indexers hold files briefly, so a rename may need a retry. */
  retryRename?: boolean;
}

const RENAME_RETRIES = [50, 150, 400];
const TEMP_SUFFIX = '.tmp';

/** `.Q3 launch.cvj.5f2c….tmp`: hidden, and never matching a `.cvj` filter. */
export function tempPathFor(target: string): string {
  return join(
    dirname(target),
    `.${basename(target)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`,
  );
}

export function isTempName(name: string): boolean {
  return name.startsWith('.') && name.endsWith(TEMP_SUFFIX);
}

/** Older than this, a temp file of ours is left over from a save that died (power cut, kill). */
export const STALE_TEMP_MS = 10 * 60 * 1000;

/**
 * Removes the temp files that saves of `target` left behind when they were killed before the
 * rename (SIGKILL, power cut): `.name.cvj.<12 hex>.tmp` next to it, older than STALE_TEMP_MS so
 * a save in progress in another window is left alone. `now` is on the file system's clock (the
 * mtime of a file just written). Best effort: never throws.
 */
export async function removeStaleTemps(fs: FsPort, target: string, now: number): Promise<number> {
  const folder = dirname(target);
  const prefix = `.${basename(target)}.`;
  let removed = 0;
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !/^[0-9a-f]{12}\.tmp$/.test(name.slice(prefix.length))) continue;
    const path = join(folder, name);
    try {
      const stat = await fs.stat(path);
      if (!stat.isFile() || now - stat.mtimeMs < STALE_TEMP_MS) continue;
      await fs.unlink(path);
      removed += 1;
    } catch {
      // Gone already, or not ours to remove: either way nothing to do.
    }
  }
  return removed;
}

export async function atomicWrite(
  fs: FsPort,
  target: string,
  data: Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const temp = tempPathFor(target);
  let handle: FileHandleLike | undefined;
  let tempExists = false;
  try {
    handle = await fs.open(temp, 'wx', options.mode ?? 0o666);
    tempExists = true;
    // open() applies the umask; the replaced file's own bits are restored exactly.
    if (options.mode !== undefined) await fs.chmod(temp, options.mode).catch(() => {});
    let offset = 0;
    while (offset < data.length) {
      const { bytesWritten } = await handle.write(data, offset, data.length - offset, offset);
      if (bytesWritten <= 0) throw systemError('EIO', `no progress writing ${temp}`);
      offset += bytesWritten;
    }
    await handle.sync();
    const closing = handle;
    handle = undefined;
    await closing.close();
    await renameWithRetry(fs, temp, target, options.retryRename ?? false);
    tempExists = false;
  } catch (error) {
    if (handle) await handle.close().catch(() => {});
    if (tempExists) await fs.unlink(temp).catch(() => {});
    throw error;
  }
  await fs.syncDir(dirname(target)).catch(() => {});
}

async function renameWithRetry(
  fs: FsPort,
  from: string,
  to: string,
  retry: boolean,
): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const code = errorCode(error);
      const delay = RENAME_RETRIES[attempt];
      if (
        !retry ||
        delay === undefined ||
        (code !== 'EPERM' && code !== 'EBUSY' && code !== 'EACCES')
      ) {
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
