import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
// A complete IndexedDB in memory (it passes the W3C IndexedDB tests): the store under test
// runs on it exactly as on a browser's. test/e2e/pwa.spec.ts runs it in Chromium.
import { IDBFactory } from 'fake-indexeddb';
import { createStore, keys, set } from 'idb-keyval';
import { BrowserRecoveryStore, newRecoveryId } from '../../../renderer/src/platform/browserRecovery';
import {
  LocalStorageRecovery,
  openRecoveryBackend,
  RECOVERY_DB,
  RECOVERY_STORE,
} from '../../../renderer/src/platform/recoveryBackends';
import { MemoryStorage } from './memoryStorage';

const entry = (id: string, title: string, savedAt: string) => ({
  id,
  title,
  originalName: 'Launch.cvj',
  savedAt,
});

/** What an earlier version left in localStorage: one text key per autosave and an index. */
function legacyAutosave(storage: MemoryStorage, id: string, title: string, text: string): void {
  storage.setItem(`cvj-studio.recovery.${id}`, JSON.stringify({ id, text }));
  const index = JSON.parse(storage.getItem('cvj-studio.recovery.index') ?? '[]') as unknown[];
  index.push(entry(id, title, '2026-01-01T10:00:00.000Z'));
  storage.setItem('cvj-studio.recovery.index', JSON.stringify(index));
}

describe('browser recovery store (IndexedDB)', () => {
  beforeEach(() => {
    vi.stubGlobal('indexedDB', new IDBFactory());
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('moves what localStorage held into IndexedDB, then offers and restores it from there', async () => {
    const storage = new MemoryStorage();
    const id = newRecoveryId();
    legacyAutosave(storage, id, 'From before the update', '{"journey":"old"}');

    const store = new BrowserRecoveryStore(
      openRecoveryBackend(storage as unknown as Storage),
      undefined,
    );
    expect((await store.listLeftBehind()).map((e) => e.title)).toEqual(['From before the update']);
    expect(await store.read(id)).toEqual({
      entry: entry(id, 'From before the update', '2026-01-01T10:00:00.000Z'),
      text: '{"journey":"old"}',
    });
    // Gone from localStorage (its index is empty), in IndexedDB instead.
    expect(storage.items.has(`cvj-studio.recovery.${id}`)).toBe(false);
    expect(JSON.parse(storage.getItem('cvj-studio.recovery.index') ?? '[]')).toEqual([]);
    expect((await keys(createStore(RECOVERY_DB, RECOVERY_STORE))).sort()).toEqual([
      `entry:${id}`,
      `text:${id}`,
    ]);

    // A second page finds it in IndexedDB alone.
    const next = new BrowserRecoveryStore(
      openRecoveryBackend(storage as unknown as Storage),
      undefined,
    );
    expect((await next.listLeftBehind()).map((e) => e.id)).toEqual([id]);
  });

  it('keeps a journey of 10,000 tactics (5 million characters), more than localStorage holds', async () => {
    const storage = new MemoryStorage();
    storage.quota = 5_000_000;
    const text = JSON.stringify({ tactics: 'x'.repeat(5_200_000) });
    const id = newRecoveryId();
    const store = new BrowserRecoveryStore(
      openRecoveryBackend(storage as unknown as Storage),
      undefined,
    );
    await store.write(entry(id, 'Big', '2026-01-01T10:00:00.000Z'), text);
    const next = new BrowserRecoveryStore(
      openRecoveryBackend(storage as unknown as Storage),
      undefined,
    );
    expect((await next.read(id))?.text.length).toBe(text.length);
    // localStorage could not have: the same write there fails with the quota error.
    await expect(
      new LocalStorageRecovery(storage as unknown as Storage).write(entry(id, 'Big', ''), text),
    ).rejects.toThrow();
  });

  it('offers newest first, never an entry without its text or one the schema refuses', async () => {
    const db = createStore(RECOVERY_DB, RECOVERY_STORE);
    const store = new BrowserRecoveryStore(openRecoveryBackend(null), undefined);
    const [a, b, lonely, bad] = [
      newRecoveryId(),
      newRecoveryId(),
      newRecoveryId(),
      newRecoveryId(),
    ];
    await store.write(entry(a, 'Older', '2026-01-01T10:00:00.000Z'), 'a');
    await store.write(entry(b, 'Newer', '2026-01-02T10:00:00.000Z'), 'b');
    await set(`entry:${lonely}`, entry(lonely, 'No text', '2026-01-03T10:00:00.000Z'), db);
    await set(
      `entry:${bad}`,
      { ...entry(bad, 'Extra', '2026-01-03T10:00:00.000Z'), path: '/etc' },
      db,
    );
    await set(`text:${bad}`, { id: bad, text: 'x' }, db);
    // A text stored under another autosave's id is not this one's.
    await set(`text:${a}`, { id: b, text: 'b' }, db);
    const next = new BrowserRecoveryStore(openRecoveryBackend(null), undefined);
    expect((await next.listLeftBehind()).map((e) => e.title)).toEqual(['Newer', 'Older']);
    expect(await next.read(a)).toBeNull();
    expect(await next.read(bad)).toBeNull();
    expect((await next.read(b))?.text).toBe('b');
    await next.discard(b);
    expect((await next.listLeftBehind()).map((e) => e.title)).toEqual(['Older']);
  });

  it('falls back to localStorage where the browser refuses IndexedDB', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const storage = new MemoryStorage();
    const store = new BrowserRecoveryStore(
      openRecoveryBackend(storage as unknown as Storage),
      undefined,
    );
    const id = newRecoveryId();
    await store.write(entry(id, 'Kept anyway', '2026-01-01T10:00:00.000Z'), 'text');
    expect(storage.items.has(`cvj-studio.recovery.${id}`)).toBe(true);
    const refused = new BrowserRecoveryStore(openRecoveryBackend(null), undefined);
    await expect(refused.write(entry(id, 'Nowhere', ''), 'text')).rejects.toThrow(
      /does not let CVJ Studio store anything/,
    );
  });
});
