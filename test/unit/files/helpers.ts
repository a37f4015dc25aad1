import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  nodeFs,
  systemError,
  type FileHandleLike,
  type FsPort,
} from '../../../electron/main/files/fs-port';

/**
 * Helpers for file-service tests on real temporary folders. Failures come two ways, and each
 * test says which it uses:
 *  - simulated: `faultyFs` wraps the real fs and makes one call fail (or stop part-way) with a
 *    Node-shaped error, everything else really happens on disk;
 *  - real: the OS itself refuses (a vanished folder, a file where a folder should be, and, when
 *    the tests run as root on Linux, a full or read-only tmpfs and an immutable folder).
 */

export const FIXTURES = new URL('../../fixtures/', import.meta.url);

export function fixture(path: string): string {
  return readFileSync(new URL(path, FIXTURES), 'utf8');
}

export function tempDir(prefix = 'cvj-files-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 });
}

/** Names in `dir` (for "no temp file left behind"). */
export function namesIn(dir: string): string[] {
  return readdirSync(dir).sort();
}

export const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

export interface Faults {
  /** Fails `open` of paths matching the predicate. */
  open?: { when?: (path: string, flags: string) => boolean; code: string };
  /** Lets this many bytes be written in total, then fails every write with `code`. */
  write?: { afterBytes: number; code: string };
  /** Fails fsync of files. */
  sync?: { code: string };
  /** Fails this many renames (Infinity: all) with `code`. */
  rename?: { code: string; times?: number };
  /** Fails mkdir with `code`. */
  mkdir?: { code: string };
}

export interface FaultyFs extends FsPort {
  calls: { read: number; write: number; rename: number; open: string[] };
}

/** The real fs with the failures asked for. Writes that are let through really hit the disk. */
export function faultyFs(faults: Faults = {}): FaultyFs {
  let written = 0;
  let renameFailures = 0;
  const calls = { read: 0, write: 0, rename: 0, open: [] as string[] };
  const wrapHandle = (handle: FileHandleLike): FileHandleLike => ({
    read: (buffer, offset, length, position) => {
      calls.read += 1;
      return handle.read(buffer, offset, length, position);
    },
    write: async (data, offset, length, position) => {
      calls.write += 1;
      if (faults.write) {
        const allowed = Math.max(0, faults.write.afterBytes - written);
        if (allowed === 0) throw systemError(faults.write.code, 'simulated write failure');
        // A short write first (as a disk filling up does), the failure on the next call.
        const result = await handle.write(data, offset, Math.min(length, allowed), position);
        written += result.bytesWritten;
        return result;
      }
      const result = await handle.write(data, offset, length, position);
      written += result.bytesWritten;
      return result;
    },
    stat: () => handle.stat(),
    sync: async () => {
      if (faults.sync) throw systemError(faults.sync.code, 'simulated fsync failure');
      await handle.sync();
    },
    close: () => handle.close(),
  });
  return {
    ...nodeFs,
    calls,
    open: async (path, flags, mode) => {
      calls.open.push(`${flags} ${path}`);
      if (faults.open && (faults.open.when?.(path, flags) ?? true)) {
        throw systemError(faults.open.code, `simulated open failure of ${path}`);
      }
      return wrapHandle(await nodeFs.open(path, flags, mode));
    },
    rename: async (from, to) => {
      calls.rename += 1;
      if (faults.rename && renameFailures < (faults.rename.times ?? Infinity)) {
        renameFailures += 1;
        throw systemError(faults.rename.code, `simulated rename failure ${from} -> ${to}`);
      }
      await nodeFs.rename(from, to);
    },
    mkdir: async (path) => {
      if (faults.mkdir) throw systemError(faults.mkdir.code, `simulated mkdir failure of ${path}`);
      await nodeFs.mkdir(path);
    },
  };
}

/**
 * Mounts a tmpfs at `dir` (Linux, root only): `size` in bytes, or read-only. Returns false when
 * this machine does not allow it; the real-failure test then skips and says why.
 */
export function tryMountTmpfs(
  dir: string,
  options: { size?: number; readOnly?: boolean },
): boolean {
  if (process.platform !== 'linux' || !isRoot) return false;
  const opts = [options.readOnly ? 'ro' : 'rw', `size=${options.size ?? 65536}`].join(',');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', opts, 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function unmount(dir: string): void {
  try {
    execFileSync('umount', [dir], { stdio: 'ignore' });
  } catch {
    // Not mounted.
  }
}

/** `chattr +i` (Linux, root): even root gets EPERM creating files in the folder. */
export function tryMakeImmutable(dir: string): boolean {
  if (process.platform !== 'linux' || !isRoot) return false;
  try {
    execFileSync('chattr', ['+i', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function makeMutable(dir: string): void {
  try {
    execFileSync('chattr', ['-i', dir], { stdio: 'ignore' });
  } catch {
    // Was never immutable.
  }
}

/** A fixed clock that moves forward by one second per call. */
export function steppingClock(start = Date.parse('2026-03-01T09:00:00.000Z')): () => Date {
  let t = start;
  return () => {
    const now = new Date(t);
    t += 1000;
    return now;
  };
}
