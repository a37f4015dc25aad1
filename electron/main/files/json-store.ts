import { atomicWrite } from './atomic-write';
import { errorCode, readFileLimited, type FsPort } from './fs-port';

/** Small JSON files in the app's data folder (the recent list), read leniently, written atomically. */

const MAX_STORE_BYTES = 1024 * 1024;

export type JsonRead =
  { ok: true; value: unknown } | { ok: false; reason: 'missing' | 'unreadable'; error?: unknown };

export async function readJson(fs: FsPort, path: string, maxBytes = MAX_STORE_BYTES): Promise<JsonRead> {
  try {
    const { bytes } = await readFileLimited(fs, path, maxBytes);
    return { ok: true, value: JSON.parse(new TextDecoder().decode(bytes)) as unknown };
  } catch (error) {
    return errorCode(error) === 'ENOENT'
      ? { ok: false, reason: 'missing' }
      : { ok: false, reason: 'unreadable', error };
  }
}

export async function writeJson(
  fs: FsPort,
  dir: string,
  path: string,
  value: unknown,
): Promise<void> {
  await fs.mkdir(dir);
  await atomicWrite(fs, path, new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`));
}
