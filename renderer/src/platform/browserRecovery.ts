import { z } from 'zod';
import { RecoveryEntrySchema, type RecoveryEntry } from '../../../shared/ipc/contract';

/**
 * Autosave in a plain browser: localStorage, one key per page load holding the journey's text,
 * and a small index (title, original name, time) so the recovery offer reads no journeys.
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

export const STORAGE_FULL_MESSAGE =
  'Autosave is off: this browser’s storage for CVJ Studio is full, so unsaved changes are not kept for recovery. Save your journey to a file to keep it safe.';

/** One autosave's text, under its own key; the id guards against a key holding another's. */
const StoredTextSchema = z.object({ id: z.string(), text: z.string() });
type StoredText = z.infer<typeof StoredTextSchema>;

export function newRecoveryId(): string {
  return crypto.randomUUID().replaceAll('-', '');
}

export function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

export class BrowserRecoveryStore {
  /** Autosaves this page owns (its own, and one it restored): never offered, never discarded. */
  private readonly owned = new Set<string>();

  constructor(
    private readonly storage: Storage | null,
    private readonly locks: LockManager | undefined,
  ) {}

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

  /** Writes (replaces) an autosave. Throws the storage's error (QuotaExceededError…). */
  write(entry: RecoveryEntry, text: string): void {
    if (!this.storage)
      throw new Error('Autosave is off: this browser does not let CVJ Studio store anything.');
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

  read(id: string): { entry: RecoveryEntry; text: string } | null {
    const entry = this.readIndex().find((e) => e.id === id);
    const raw = this.storage?.getItem(`${PREFIX}${id}`);
    if (!entry || raw === null || raw === undefined) return null;
    const stored = StoredTextSchema.safeParse(parseJson(raw));
    return stored.success && stored.data.id === id ? { entry, text: stored.data.text } : null;
  }

  discard(id: string): void {
    if (!this.storage) return;
    this.storage.removeItem(`${PREFIX}${id}`);
    const index = this.readIndex();
    const kept = index.filter((e) => e.id !== id);
    if (kept.length !== index.length) this.storage.setItem(INDEX_KEY, JSON.stringify(kept));
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
    return this.readIndex()
      .filter((e) => !this.owned.has(e.id) && !held.has(`${LOCK_PREFIX}${e.id}`))
      .filter((e) => (this.storage?.getItem(`${PREFIX}${e.id}`) ?? null) !== null)
      .sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
  }

  /**
   * The index, each entry checked with the schema main checks desktop recovery entries with:
   * storage is shared with anything on this origin, so a damaged entry is skipped, not trusted.
   */
  private readIndex(): RecoveryEntry[] {
    const parsed = parseJson(this.storage?.getItem(INDEX_KEY) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed.flatMap((value) => {
      const entry = RecoveryEntrySchema.safeParse(value);
      return entry.success ? [entry.data] : [];
    });
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
