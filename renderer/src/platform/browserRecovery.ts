import type { RecoveryEntry } from '../../../shared/ipc/contract';

/**
 * Autosave in a plain browser. Each page load autosaves under its own id: the journey's text,
 * and a small entry (title, original name, time) so the recovery offer reads no journeys. The
 * stores themselves are in recoveryBackends.ts, loaded after the first paint with the schema
 * that checks what they read back.
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

const LOCK_PREFIX = 'cvj-studio.autosave.';

export const STORAGE_FULL_MESSAGE =
  'Autosave is off: this browser’s storage for CVJ Studio is full, so unsaved changes are not kept for recovery. Save your journey to a file to keep it safe.';
export const STORAGE_REFUSED_MESSAGE =
  'Autosave is off: this browser does not let CVJ Studio store anything (a private window or a site setting), so unsaved changes are not kept for recovery. Save your journey to a file to keep it safe.';

export type Found = { entry: RecoveryEntry; text: string };

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

export class BrowserRecoveryStore {
  /** Autosaves this page owns (its own, and one it restored): never offered, never discarded. */
  private readonly owned = new Set<string>();
  private readonly backend: Promise<RecoveryBackend>;

  constructor(
    backend: RecoveryBackend | Promise<RecoveryBackend>,
    private readonly locks: LockManager | undefined,
  ) {
    this.backend = Promise.resolve(backend);
    // A store that cannot open says so on each use (the autosave problem in the toolbar).
    this.backend.catch(() => {});
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
