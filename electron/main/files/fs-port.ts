import { constants as fsConstants } from 'node:fs';
import * as fsp from 'node:fs/promises';

/**
 * The file-system calls the file service makes, as an interface so tests can make one of them
 * fail part-way (a write that stops after some bytes, a rename that fails) on real temporary
 * folders. `nodeFs` is the real thing; nothing else in main touches node:fs for documents.
 */

export interface StatLike {
  size: number;
  mtimeMs: number;
  mode: number;
  isFile(): boolean;
  isDirectory(): boolean;
}

export interface FileHandleLike {
  read(
    buffer: Uint8Array,
    offset: number,
    length: number,
    position: number,
  ): Promise<{ bytesRead: number }>;
  write(
    data: Uint8Array,
    offset: number,
    length: number,
    position: number,
  ): Promise<{ bytesWritten: number }>;
  stat(): Promise<StatLike>;
  /** fsync: the bytes are on the disk, not in a cache, when it resolves. */
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface FsPort {
  stat(path: string): Promise<StatLike>;
  /** 'r' to read; 'wx' creates a new file and fails if the name exists (temp files). */
  open(path: string, flags: 'r' | 'wx', mode?: number): Promise<FileHandleLike>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  mkdir(path: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
  realpath(path: string): Promise<string>;
  chmod(path: string, mode: number): Promise<void>;
  /**
   * Makes a rename inside `dir` durable (fsync of the directory). Best effort: Windows cannot
   * open a directory for syncing, and NTFS journals renames itself.
   */
  syncDir(dir: string): Promise<void>;
}

/**
 * Reading opens non-blocking where the OS has the flag. For a regular file it changes nothing;
 * for a FIFO (or a device) named like a journey it makes open() return at once instead of
 * waiting forever for a writer, holding one of libuv's four file threads each time, until every
 * save and autosave of the app hung behind it. readFileLimited then refuses it as no regular file.
 */
const READ_FLAGS = fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0);

export const nodeFs: FsPort = {
  stat: (path) => fsp.stat(path),
  open: (path, flags, mode) =>
    flags === 'r' ? fsp.open(path, READ_FLAGS) : fsp.open(path, flags, mode),
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
  mkdir: async (path) => {
    await fsp.mkdir(path, { recursive: true });
  },
  readdir: (path) => fsp.readdir(path),
  realpath: (path) => fsp.realpath(path),
  chmod: (path, mode) => fsp.chmod(path, mode),
  syncDir: async (dir) => {
    if (process.platform === 'win32') return;
    const handle = await fsp.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
};

/** The `code` of a Node system error ("ENOENT"…), or undefined. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/** Whether anything (file, folder, link target) is at `path`; any failure to look counts as no. */
export async function exists(fs: FsPort, path: string): Promise<boolean> {
  try {
    await fs.stat(path);
    return true;
  } catch {
    return false;
  }
}

/** An Error shaped like Node's system errors, for injected failures and internal checks. */
export function systemError(code: string, message: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: ${message}`);
  error.code = code;
  return error;
}

/** Reads a whole file, refusing (with code TOO_LARGE) anything over `maxBytes` before reading. */
export async function readFileLimited(
  fs: FsPort,
  path: string,
  maxBytes: number,
): Promise<{ bytes: Uint8Array; stat: StatLike }> {
  const handle = await fs.open(path, 'r');
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw systemError('EISDIR', `${path} is a directory`);
    if (!stat.isFile()) throw systemError('ENOTFILE', `${path} is not a regular file`);
    if (stat.size > maxBytes) throw tooLarge(stat.size);
    // One byte more than the limit, so a file that grew since the stat is caught too.
    const buffer = new Uint8Array(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > maxBytes) throw tooLarge(length);
      if (length === buffer.length) break;
    }
    return { bytes: buffer.subarray(0, length), stat };
  } finally {
    await handle.close().catch(() => {});
  }
}

function tooLarge(size: number): NodeJS.ErrnoException & { size: number } {
  return Object.assign(systemError('TOO_LARGE', `file of ${size} bytes`), { size });
}
