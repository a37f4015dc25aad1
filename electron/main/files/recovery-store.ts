import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { OPAQUE_ID, OpaqueIdSchema } from '../../../shared/ipc/contract';
import { MAX_FILE_BYTES } from '../../../shared/file/size';
import { atomicWrite, isTempName } from './atomic-write';
import type { Baseline } from './document-files';
import { errorCode, readFileLimited, type FsPort } from './fs-port';
import { KeyedQueue } from './serial';

/**
 * Autosaved unsaved work, in userData/recovery: one `<id>.json` per window that has unsaved
 * changes, replaced atomically on each autosave and deleted when the work is saved, discarded
 * or reverted, or the window closes cleanly. Whatever is left when the app starts was left by
 * a crash, a kill or a power cut: it is offered back. A file that cannot be read back (torn by
 * a disk failure, edited by hand) is skipped with a warning, never a crash.
 */

const RECORD_FORMAT = 'cvj-recovery';

const BaselineSchema = z.object({ mtimeMs: z.number(), size: z.number(), sha256: z.string() });
const RecordSchema = z.object({
  format: z.literal(RECORD_FORMAT),
  version: z.literal(1),
  id: OpaqueIdSchema,
  savedAt: z.string(),
  title: z.string(),
  originalPath: z.string().nullable(),
  baseline: BaselineSchema.nullable(),
  text: z.string(),
});
export type RecoveryRecord = z.infer<typeof RecordSchema>;

export interface RecoverySnapshot {
  text: string;
  title: string;
  /** The file the journey belongs to, if any, and what it looked like when read. */
  originalPath: string | null;
  baseline: Baseline | null;
}

export interface RecoveryStoreOptions {
  fs: FsPort;
  dir: string;
  now?: () => Date;
  onWarning?: (message: string, error?: unknown) => void;
}

export function newRecoveryId(): string {
  return randomBytes(16).toString('hex');
}

export class RecoveryStore {
  readonly dir: string;
  private readonly fs: FsPort;
  private readonly now: () => Date;
  private readonly warn: (message: string, error?: unknown) => void;
  private readonly queue = new KeyedQueue();

  constructor(options: RecoveryStoreOptions) {
    this.fs = options.fs;
    this.dir = options.dir;
    this.now = options.now ?? (() => new Date());
    this.warn = options.onWarning ?? (() => {});
  }

  private pathOf(id: string): string {
    if (!OPAQUE_ID.test(id)) throw new Error('Invalid recovery id.');
    return join(this.dir, `${id}.json`);
  }

  /** Stores the latest unsaved state of one journey; writes for one id never overlap. */
  write(id: string, snapshot: RecoverySnapshot): Promise<RecoveryRecord> {
    const path = this.pathOf(id);
    return this.queue.run(id, async () => {
      const record: RecoveryRecord = {
        format: RECORD_FORMAT,
        version: 1,
        id,
        savedAt: this.now().toISOString(),
        title: snapshot.title,
        originalPath: snapshot.originalPath,
        baseline: snapshot.baseline,
        text: snapshot.text,
      };
      await this.fs.mkdir(this.dir);
      await atomicWrite(this.fs, path, new TextEncoder().encode(JSON.stringify(record)));
      return record;
    });
  }

  /** Every readable record, newest first. Unreadable ones are skipped (and reported). */
  async list(): Promise<RecoveryRecord[]> {
    let names: string[];
    try {
      names = await this.fs.readdir(this.dir);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw error;
    }
    const records: RecoveryRecord[] = [];
    for (const name of names) {
      const id = name.endsWith('.json') ? name.slice(0, -'.json'.length) : '';
      if (!OPAQUE_ID.test(id)) continue;
      const record = await this.read(id);
      if (record) records.push(record);
    }
    return records.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
  }

  /** One record, or null if it is gone or unreadable. */
  read(id: string): Promise<RecoveryRecord | null> {
    const path = this.pathOf(id);
    return this.queue.run(id, async () => {
      let text: string;
      try {
        // Room for the JSON envelope and escaping around a journey of the largest size.
        const { bytes } = await readFileLimited(this.fs, path, MAX_FILE_BYTES * 2 + 64 * 1024);
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch (error) {
        if (errorCode(error) !== 'ENOENT')
          this.warn(`Skipping unreadable recovery file ${path}`, error);
        return null;
      }
      try {
        const parsed = RecordSchema.safeParse(JSON.parse(text));
        if (parsed.success && parsed.data.id === id) return parsed.data;
      } catch {
        // Falls through to the warning: a torn or hand-edited file.
      }
      this.warn(`Skipping damaged recovery file ${path}`);
      return null;
    });
  }

  /** Deletes a record for good (after queued writes of it). Absent is fine. */
  discard(id: string): Promise<void> {
    const path = this.pathOf(id);
    return this.queue.run(id, async () => {
      try {
        await this.fs.unlink(path);
      } catch (error) {
        if (errorCode(error) !== 'ENOENT') throw error;
      }
    });
  }

  /** Removes temp files a crash left in the middle of an autosave. Call once at startup. */
  async removeStaleTempFiles(): Promise<void> {
    let names: string[];
    try {
      names = await this.fs.readdir(this.dir);
    } catch {
      return;
    }
    for (const name of names) {
      if (isTempName(name)) await this.fs.unlink(join(this.dir, name)).catch(() => {});
    }
  }

  /** Resolves when every queued write and discard has finished. */
  settle(): Promise<void> {
    return this.queue.settle();
  }
}
