import { z } from 'zod';
import { createStore, delMany, getMany, keys, setMany, type UseStore } from 'idb-keyval';
import { RecoveryEntrySchema, type RecoveryEntry } from '../../../shared/ipc/contract';

/**
 * Autosave in a plain browser. Each page load autosaves under its own id: the journey's text,
 * and a small entry (title, original name, time) so the recovery offer reads no journeys.
 *
 * Where: IndexedDB (a share of the disk: hundreds of megabytes), so a 10,000-tactic journey
 * (about 5 million characters) and several open journeys fit. Earlier versions used
 * localStorage (about 5 million characters a site in all); its entries move to IndexedDB the
 * first time a page opens the store, and leave localStorage only once IndexedDB holds them.
 * A browser that refuses IndexedDB (some privacy modes) autosaves in localStorage as before.
 *
 * Which autosaves are "left behind": each page holds a Web Lock named after its autosave for
 * as long as it lives, and the browser releases it when the page goes (closed, reloaded,
 * crashed). An autosave whose lock is held belongs to a page that is still open, in this tab
 * or another, and is not offered. Without Web Locks (an insecure http origin) every autosave
 * but this page's own is offered.
 */

const PREFIX = 'cvj-studio.recovery.';
const INDEX_KEY = `${PREFIX}index`;
const LOCK_PREFIX = 'cvj-studio.autosave.';
export const RECOVERY_DB = 'cvj-studio';
export const RECOVERY_STORE = 'recovery';

export const STORAGE_FULL_MESSAGE =
  'Autosave is off: this browser’s storage for CVJ Studio is full, so unsaved changes are not kept for recovery. Save your journey to a file to keep it safe.';
export const STORAGE_REFUSED_MESSAGE =
  'Autosave is off: this browser does not let CVJ Studio store anything (a private window or a site setting), so unsaved changes are not kept for recovery. Save your journey to a file to keep it safe.';

/** One autosave's text, under its own key; the id guards against a key holding another's. */
const StoredTextSchema = z.object({ id: z.string(), text: z.string() });
type StoredText = z.infer<typeof StoredTextSchema>;
type Found = { entry: RecoveryEntry; text: string };

export function newRecoveryId(): string {
  return crypto.randomUUID().replaceAll('-', '');
}

export function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

/** Where autosaves are kept: every method may reject with the storage's own error. */
export interface RecoveryBackend {
  /** Writes (replaces) an autosave: its entry and its text, both or neither. */
  write(entry: RecoveryEntry, text: string): Promise<void>;
  read(id: string): Promise<Found | null>;
  discard(id: string): Promise<void>;
  /** Every stored entry that has its text, each checked with the schema. */
  entries(): Promise<RecoveryEntry[]>;
}

/**
 * An entry as stored, checked with the schema main checks desktop recovery entries with:
 * storage is shared with anything on this origin, so a damaged entry is skipped, not trusted.
 */
function checkedEntry(value: unknown): RecoveryEntry | null {
  const entry = RecoveryEntrySchema.safeParse(value);
  return entry.success ? entry.data : null;
}

/** localStorage: one key per autosave's text and one index of entries. */
export class LocalStorageRecovery implements RecoveryBackend {
  constructor(private readonly storage: Storage | null) {}

  async write(entry: RecoveryEntry, text: string): Promise<void> {
    if (!this.storage) throw new Error(STORAGE_REFUSED_MESSAGE);
    const stored: StoredText = { id: entry.id, text };
    this.storage.setItem(`${PREFIX}${entry.id}`, JSON.stringify(stored));
    const index = this.readIndex().filter((e) => e.id !== entry.id);
    index.push(entry);
    try {
      this.storage.setItem(INDEX_KEY, JSON.stringify(index));
    } catch (error) {
      // Without its index entry the text could never be offered: take it back out.
      this.storage.removeItem(`${PREFIX}${entry.id}`);
      throw error;
    }
  }

  async read(id: string): Promise<Found | null> {
    return this.readNow(id);
  }

  readNow(id: string): Found | null {
    const entry = this.readIndex().find((e) => e.id === id);
    const raw = this.storage?.getItem(`${PREFIX}${id}`);
    if (!entry || raw === null || raw === undefined) return null;
    const stored = StoredTextSchema.safeParse(parseJson(raw));
    return stored.success && stored.data.id === id ? { entry, text: stored.data.text } : null;
  }

  async discard(id: string): Promise<void> {
    if (!this.storage) return;
    this.storage.removeItem(`${PREFIX}${id}`);
    const index = this.readIndex();
    const kept = index.filter((e) => e.id !== id);
    if (kept.length !== index.length) this.storage.setItem(INDEX_KEY, JSON.stringify(kept));
  }

  async entries(): Promise<RecoveryEntry[]> {
    return this.readIndex().filter(
      (e) => (this.storage?.getItem(`${PREFIX}${e.id}`) ?? null) !== null,
    );
  }

  private readIndex(): RecoveryEntry[] {
    const parsed = parseJson(this.storage?.getItem(INDEX_KEY) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed.flatMap((value) => checkedEntry(value) ?? []);
  }
}

/** IndexedDB (database "cvj-studio", store "recovery"): keys entry:<id> and text:<id>. */
export class IndexedDbRecovery implements RecoveryBackend {
  constructor(private readonly store: UseStore) {}

  write(entry: RecoveryEntry, text: string): Promise<void> {
    // One transaction: both records are written, or neither is.
    return setMany(
      [
        [`text:${entry.id}`, { id: entry.id, text } satisfies StoredText],
        [`entry:${entry.id}`, entry],
      ],
      this.store,
    );
  }

  async read(id: string): Promise<Found | null> {
    const [rawEntry, rawText] = await getMany([`entry:${id}`, `text:${id}`], this.store);
    const entry = checkedEntry(rawEntry);
    const stored = StoredTextSchema.safeParse(rawText);
    if (!entry || entry.id !== id || !stored.success || stored.data.id !== id) return null;
    return { entry, text: stored.data.text };
  }

  discard(id: string): Promise<void> {
    return delMany([`entry:${id}`, `text:${id}`], this.store);
  }

  async entries(): Promise<RecoveryEntry[]> {
    const all = new Set((await keys(this.store)).map(String));
    const ids = [...all]
      .filter((k) => k.startsWith('entry:') && all.has(`text:${k.slice(6)}`))
      .map((k) => k.slice(6));
    const stored = await getMany(
      ids.map((id) => `entry:${id}`),
      this.store,
    );
    return stored.flatMap((value, i) => {
      const entry = checkedEntry(value);
      return entry && entry.id === ids[i] ? [entry] : [];
    });
  }
}

/**
 * IndexedDB with what localStorage held moved into it, or localStorage where IndexedDB is
 * refused. An entry leaves localStorage only after IndexedDB has it; one that cannot move
 * (IndexedDB full) stays where it is, and is still offered from there.
 */
export async function openRecoveryBackend(storage: Storage | null): Promise<RecoveryBackend> {
  const legacy = new LocalStorageRecovery(storage);
  let idb: IndexedDbRecovery;
  try {
    // Throws where there is no IndexedDB; its first read rejects where it is refused.
    idb = new IndexedDbRecovery(createStore(RECOVERY_DB, RECOVERY_STORE));
    await idb.entries();
  } catch {
    return legacy;
  }
  const old = await legacy.entries();
  const left: RecoveryEntry[] = [];
  for (const entry of old) {
    const found = legacy.readNow(entry.id);
    if (!found) continue;
    try {
      await idb.write(found.entry, found.text);
      await legacy.discard(entry.id);
    } catch {
      left.push(entry);
    }
  }
  return left.length === 0 ? idb : new MergedRecovery(idb, legacy, left);
}

/** IndexedDB for new autosaves, with the few localStorage ones that could not move. */
class MergedRecovery implements RecoveryBackend {
  private readonly legacyIds: Set<string>;
  constructor(
    private readonly idb: RecoveryBackend,
    private readonly legacy: RecoveryBackend,
    left: RecoveryEntry[],
  ) {
    this.legacyIds = new Set(left.map((e) => e.id));
  }
  async write(entry: RecoveryEntry, text: string): Promise<void> {
    await this.idb.write(entry, text);
    if (this.legacyIds.delete(entry.id)) await this.legacy.discard(entry.id);
  }
  async read(id: string): Promise<Found | null> {
    return (await this.idb.read(id)) ?? (this.legacyIds.has(id) ? this.legacy.read(id) : null);
  }
  async discard(id: string): Promise<void> {
    await this.idb.discard(id);
    if (this.legacyIds.delete(id)) await this.legacy.discard(id);
  }
  async entries(): Promise<RecoveryEntry[]> {
    const fresh = await this.idb.entries();
    const ids = new Set(fresh.map((e) => e.id));
    const old = (await this.legacy.entries()).filter(
      (e) => this.legacyIds.has(e.id) && !ids.has(e.id),
    );
    return [...fresh, ...old];
  }
}

export class BrowserRecoveryStore {
  /** Autosaves this page owns (its own, and one it restored): never offered, never discarded. */
  private readonly owned = new Set<string>();
  private readonly backend: Promise<RecoveryBackend>;

  constructor(
    backend: RecoveryBackend | Promise<RecoveryBackend>,
    private readonly locks: LockManager | undefined,
  ) {
    this.backend = Promise.resolve(backend);
  }

  /** Marks `id` as this page's for as long as the page lives. */
  claim(id: string): void {
    if (this.owned.has(id)) return;
    this.owned.add(id);
    // The callback's promise never settles: the lock is released only when the page goes.
    void this.locks
      ?.request(`${LOCK_PREFIX}${id}`, () => new Promise<void>(() => {}))
      .catch(() => {});
  }

  release(id: string): void {
    this.owned.delete(id);
  }

  /** Writes (replaces) an autosave. Rejects with the storage's error (QuotaExceededError…). */
  async write(entry: RecoveryEntry, text: string): Promise<void> {
    await (await this.backend).write(entry, text);
  }

  async read(id: string): Promise<Found | null> {
    return (await this.backend).read(id);
  }

  async discard(id: string): Promise<void> {
    await (await this.backend).discard(id);
  }

  /** Autosaves no open page owns, newest first. */
  async listLeftBehind(): Promise<RecoveryEntry[]> {
    let held = new Set<string>();
    try {
      const snapshot = await this.locks?.query();
      held = new Set((snapshot?.held ?? []).map((lock) => lock.name ?? ''));
    } catch {
      // No lock information: offer everything this page does not own.
    }
    let all: RecoveryEntry[];
    try {
      all = await (await this.backend).entries();
    } catch {
      return [];
    }
    return all
      .filter((e) => !this.owned.has(e.id) && !held.has(`${LOCK_PREFIX}${e.id}`))
      .sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** localStorage, or null where the browser refuses it (some privacy modes throw on access). */
export function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
