import { createHmac, randomBytes } from 'node:crypto';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { RecentEntry } from '../../../shared/ipc/contract';
import { list, text } from '../../../shared/file/zod-setup';
import { errorCode, type FsPort } from './fs-port';
import { readJson, writeJson } from './json-store';
import { KeyedQueue } from './serial';
import { caseInsensitive, displayName, folderName } from './paths';

/**
 * The recently opened or saved journeys: userData/recent.json, newest first, at most `max`,
 * one entry per file. Paths stay in main: the renderer gets each entry with an opaque id (an
 * HMAC of the path under a key made fresh each run), and sends only the id back.
 */

/** Bounds for the stored list (the app keeps far fewer entries; paths are at most 32,767). */
const MAX_STORED_PATH = 32_767;
const MAX_STORED_ENTRIES = 1_000;

const StoredSchema = z.object({
  version: z.literal(1),
  entries: list(z.object({ path: text(MAX_STORED_PATH, 1), openedAt: text(64) }), MAX_STORED_ENTRIES),
});
type Stored = z.infer<typeof StoredSchema>['entries'][number];

export interface RecentListOptions {
  fs: FsPort;
  file: string;
  max?: number;
  platform?: NodeJS.Platform;
  now?: () => Date;
  /** Per-run secret for ids; random by default. */
  secret?: Uint8Array;
  onWarning?: (message: string, error?: unknown) => void;
}

export class RecentList {
  private readonly fs: FsPort;
  private readonly file: string;
  private readonly max: number;
  private readonly platform: NodeJS.Platform;
  private readonly now: () => Date;
  private readonly secret: Uint8Array;
  private readonly warn: (message: string, error?: unknown) => void;
  private readonly queue = new KeyedQueue();
  private entries: Stored[] | null = null;

  constructor(options: RecentListOptions) {
    this.fs = options.fs;
    this.file = options.file;
    this.max = options.max ?? 10;
    this.platform = options.platform ?? process.platform;
    this.now = options.now ?? (() => new Date());
    this.secret = options.secret ?? randomBytes(32);
    this.warn = options.onWarning ?? (() => {});
  }

  /** The opaque id of `path` for this run. */
  idFor(path: string): string {
    return createHmac('sha256', this.secret).update(this.key(path)).digest('hex').slice(0, 32);
  }

  /** Puts `path` first (moving it up if it is already listed). */
  add(path: string): Promise<void> {
    return this.queue.run('list', async () => {
      const entries = await this.load();
      const key = this.key(path);
      const rest = entries.filter((entry) => this.key(entry.path) !== key);
      await this.store([{ path, openedAt: this.now().toISOString() }, ...rest].slice(0, this.max));
    });
  }

  /** Entries whose file still exists; vanished ones are dropped from the list for good. */
  list(): Promise<RecentEntry[]> {
    return this.queue.run('list', async () => {
      const entries = await this.load();
      const kept: Stored[] = [];
      for (const entry of entries) if (!(await this.vanished(entry.path))) kept.push(entry);
      if (kept.length !== entries.length) await this.store(kept);
      return kept.map((entry) => ({
        id: this.idFor(entry.path),
        name: displayName(entry.path, this.platform),
        folder: folderName(entry.path, this.platform),
        openedAt: entry.openedAt,
      }));
    });
  }

  /** The path behind an id from `list`, or null (unknown id, or the entry was removed). */
  resolve(id: string): Promise<string | null> {
    return this.queue.run('list', async () => {
      const entries = await this.load();
      return entries.find((entry) => this.idFor(entry.path) === id)?.path ?? null;
    });
  }

  remove(path: string): Promise<void> {
    return this.queue.run('list', async () => {
      const key = this.key(path);
      const entries = await this.load();
      await this.store(entries.filter((entry) => this.key(entry.path) !== key));
    });
  }

  clear(): Promise<void> {
    return this.queue.run('list', () => this.store([]));
  }

  /** Resolves when every queued change has been written. */
  settle(): Promise<void> {
    return this.queue.settle();
  }

  private key(path: string): string {
    return caseInsensitive(this.platform) ? path.toLowerCase() : path;
  }

  private async load(): Promise<Stored[]> {
    if (this.entries) return this.entries;
    const read = await readJson(this.fs, this.file);
    let entries: Stored[] = [];
    if (read.ok) {
      const parsed = StoredSchema.safeParse(read.value);
      if (parsed.success) entries = parsed.data.entries.slice(0, this.max);
      else this.warn(`Ignoring a malformed recent list at ${this.file}`);
    } else if (read.reason === 'unreadable') {
      this.warn(`Ignoring an unreadable recent list at ${this.file}`, read.error);
    }
    this.entries = entries;
    return entries;
  }

  private async store(entries: Stored[]): Promise<void> {
    this.entries = entries;
    try {
      await writeJson(this.fs, dirname(this.file), this.file, { version: 1, entries });
    } catch (error) {
      // The list in memory still works for this run; losing it on disk loses no work.
      this.warn(`Could not write the recent list at ${this.file}`, error);
    }
  }

  /** Gone for sure; a drive that is merely unreachable (EACCES, EIO…) keeps its entries. */
  private async vanished(path: string): Promise<boolean> {
    try {
      return !(await this.fs.stat(path)).isFile();
    } catch (error) {
      const code = errorCode(error);
      return code === 'ENOENT' || code === 'ENOTDIR';
    }
  }
}
