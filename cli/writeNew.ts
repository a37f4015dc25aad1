import { constants, copyFileSync, linkSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';

/** Codes a file system gives when it has no hard links (FAT, exFAT, some network shares). */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

/**
 * Writes a file that must not exist yet: whole or not at all, never over anything. The bytes go
 * to a temporary file of our own first (a random name: another process's temporary file is never
 * touched), then a hard link gives it its name, which fails with EEXIST if something is there,
 * even something created a moment ago. Where the file system has no hard links the temporary file
 * is copied with COPYFILE_EXCL (same refusal), and a partial copy is removed.
 */
export function writeNewFile(path: string, bytes: Uint8Array, link: (from: string, to: string) => void = linkSync): void {
  const temp = `${path}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(temp, bytes, { flag: 'wx' });
  try {
    try {
      link(temp, path);
    } catch (error) {
      if (!NO_HARD_LINKS.has((error as { code?: string }).code ?? '')) throw error;
      try {
        copyFileSync(temp, path, constants.COPYFILE_EXCL);
      } catch (copyError) {
        if ((copyError as { code?: string }).code !== 'EEXIST') rmSync(path, { force: true });
        throw copyError;
      }
    }
  } finally {
    rmSync(temp, { force: true });
  }
}
