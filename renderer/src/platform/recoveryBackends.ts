import '../../../shared/file/zod-setup';
import { z } from 'zod';
import { createStore, delMany, getMany, keys, setMany, type UseStore } from 'idb-keyval';
import { RecoveryEntrySchema, type RecoveryEntry } from '../../../shared/ipc/contract';
import { STORAGE_REFUSED_MESSAGE, type Found, type RecoveryBackend } from './browserRecovery';

/**
 * Where a browser keeps autosaves (browserRecovery.ts says why): IndexedDB, with what earlier
 * versions left in localStorage moved over, or localStorage where IndexedDB is refused.
 */

const PREFIX = 'cvj-studio.recovery.';
const INDEX_KEY = `${PREFIX}index`;
export const RECOVERY_DB = 'cvj-studio';
export const RECOVERY_STORE = 'recovery';

/** One autosave's text, under its own key; the id guards against a key holding another's. */
const StoredTextSchema = z.object({ id: z.string(), text: z.string() });
type StoredText = z.infer<typeof StoredTextSchema>;

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

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
