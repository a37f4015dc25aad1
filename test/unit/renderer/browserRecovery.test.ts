import { describe, expect, it } from 'vitest';
import { RecoveryEntrySchema } from '../../../shared/ipc/contract';
import { BrowserRecoveryStore, isQuotaError, newRecoveryId } from '../../../renderer/src/platform/browserRecovery';
import { LocalStorageRecovery } from '../../../renderer/src/platform/recoveryBackends';
import { shortcutCommand } from '../../../renderer/src/platform/shortcuts';
import { suggestFileName } from '../../../renderer/src/platform/browserFileErrors';
import { formatWhen } from '../../../renderer/src/documents/wording';
import { MemoryStorage } from './memoryStorage';

const local = (storage: MemoryStorage) => new LocalStorageRecovery(storage as unknown as Storage);

const entry = (id: string, title: string, savedAt: string) => ({
  id,
  title,
  originalName: null,
  savedAt,
});

describe('browser recovery store (localStorage, where IndexedDB is refused)', () => {
  it('offers what other, closed pages left, newest first, never this page’s own', async () => {
    const storage = new MemoryStorage();
    const left = new BrowserRecoveryStore(local(storage), undefined);
    const a = newRecoveryId();
    const b = newRecoveryId();
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    await left.write(entry(a, 'Older', '2026-01-01T10:00:00.000Z'), 'text a');
    await left.write(entry(b, 'Newer', '2026-01-01T11:00:00.000Z'), 'text b');

    const next = new BrowserRecoveryStore(local(storage), undefined);
    expect((await next.listLeftBehind()).map((e) => e.title)).toEqual(['Newer', 'Older']);
    expect(await next.read(a)).toEqual({
      entry: entry(a, 'Older', '2026-01-01T10:00:00.000Z'),
      text: 'text a',
    });
    next.claim(a);
    expect((await next.listLeftBehind()).map((e) => e.title)).toEqual(['Newer']);
    await next.discard(b);
    expect(await next.listLeftBehind()).toEqual([]);
    expect(storage.items.has(`cvj-studio.recovery.${b}`)).toBe(false);
  });

  it('does not offer an autosave whose page still holds its lock (another open tab)', async () => {
    const storage = new MemoryStorage();
    const held: string[] = [];
    const locks = {
      request: (name: string) => {
        held.push(name);
        return new Promise(() => {});
      },
      query: async () => ({ held: held.map((name) => ({ name })), pending: [] }),
    } as unknown as LockManager;
    const otherTab = new BrowserRecoveryStore(local(storage), locks);
    const id = newRecoveryId();
    otherTab.claim(id);
    await otherTab.write(entry(id, 'Open elsewhere', '2026-01-01T10:00:00.000Z'), 'text');
    const thisTab = new BrowserRecoveryStore(local(storage), locks);
    expect(await thisTab.listLeftBehind()).toEqual([]);
  });

  it('a full storage throws a quota error and leaves no half-written entry', async () => {
    const storage = new MemoryStorage();
    const store = new BrowserRecoveryStore(local(storage), undefined);
    storage.quota = 50;
    const thrown: unknown = await store
      .write(entry(newRecoveryId(), 'Big', '2026-01-01T10:00:00.000Z'), 'x'.repeat(100))
      .catch((error: unknown) => error);
    expect(isQuotaError(thrown)).toBe(true);
    expect([...storage.items.keys()].filter((k) => !k.endsWith('index'))).toEqual([]);
  });

  it('offers only index entries the desktop’s RecoveryEntrySchema accepts', async () => {
    const storage = new MemoryStorage();
    const good = entry(newRecoveryId(), 'Kept', '2026-01-01T10:00:00.000Z');
    const badIds = ['ABC', `${'g'.repeat(32)}`, newRecoveryId(), newRecoveryId(), newRecoveryId()];
    const bad = [
      entry(badIds[0]!, 'Not an id', '2026-01-01T10:00:00.000Z'),
      entry(badIds[1]!, 'Not hex', '2026-01-01T10:00:00.000Z'),
      { ...entry(badIds[2]!, 'Extra field', '2026-01-01T10:00:00.000Z'), path: '/etc/passwd' },
      { id: badIds[3], originalName: null, savedAt: '2026-01-01T10:00:00.000Z' },
      { ...entry(badIds[4]!, 'Time as a number', ''), savedAt: 1 },
      'not an entry',
      null,
    ];
    for (const id of [good.id, ...badIds]) {
      storage.setItem(`cvj-studio.recovery.${id}`, JSON.stringify({ id, text: 'journey' }));
    }
    storage.setItem('cvj-studio.recovery.index', JSON.stringify([...bad, good]));
    const store = new BrowserRecoveryStore(local(storage), undefined);
    const offered = await store.listLeftBehind();
    expect(offered).toEqual([good]);
    expect(offered.every((e) => RecoveryEntrySchema.safeParse(e).success)).toBe(true);
    for (const id of badIds) expect(await store.read(id)).toBeNull();
    expect(await store.read(good.id)).toEqual({ entry: good, text: 'journey' });
  });

  it('does not restore a text stored under another autosave’s key', async () => {
    const storage = new MemoryStorage();
    const store = new BrowserRecoveryStore(local(storage), undefined);
    const id = newRecoveryId();
    await store.write(entry(id, 'Mine', '2026-01-01T10:00:00.000Z'), 'my text');
    storage.setItem(`cvj-studio.recovery.${id}`, JSON.stringify({ id: newRecoveryId(), text: 'x' }));
    expect(await store.read(id)).toBeNull();
    storage.setItem(`cvj-studio.recovery.${id}`, JSON.stringify({ id, text: 42 }));
    expect(await store.read(id)).toBeNull();
    storage.setItem(`cvj-studio.recovery.${id}`, '{torn');
    expect(await store.read(id)).toBeNull();
  });

  it('ignores a damaged index', async () => {
    const storage = new MemoryStorage();
    storage.setItem('cvj-studio.recovery.index', '{not json');
    expect(
      await new BrowserRecoveryStore(local(storage), undefined).listLeftBehind(),
    ).toEqual([]);
  });
});

describe('browser file shortcuts and names', () => {
  const key = (k: string, mods: Partial<KeyboardEvent> = {}) =>
    ({
      key: k,
      ctrlKey: false,
      metaKey: false,
      altKey: false,
      shiftKey: false,
      ...mods,
    }) as KeyboardEvent;

  it('Ctrl/Cmd+S saves, with Shift saves as; Ctrl/Cmd+O opens', () => {
    expect(shortcutCommand(key('s', { ctrlKey: true }), false)).toBe('file:save');
    expect(shortcutCommand(key('S', { ctrlKey: true, shiftKey: true }), false)).toBe(
      'file:save-as',
    );
    expect(shortcutCommand(key('o', { ctrlKey: true }), false)).toBe('file:open');
    expect(shortcutCommand(key('s', { metaKey: true }), true)).toBe('file:save');
    expect(shortcutCommand(key('s', { ctrlKey: true }), true)).toBeNull();
    expect(shortcutCommand(key('s'), false)).toBeNull();
  });

  it('F5 presents (Cmd+Enter on a Mac), as the desktop menu does', () => {
    expect(shortcutCommand(key('F5'), false)).toBe('view:present');
    expect(shortcutCommand(key('F5'), true)).toBe('view:present');
    expect(shortcutCommand(key('Enter', { metaKey: true }), true)).toBe('view:present');
    expect(shortcutCommand(key('Enter', { ctrlKey: true }), false)).toBeNull();
    expect(shortcutCommand(key('F5', { ctrlKey: true }), false)).toBeNull();
    expect(shortcutCommand(key('Enter'), true)).toBeNull();
  });

  it('suggests a file name from the title, like main', () => {
    expect(suggestFileName('Q3 launch')).toBe('Q3 launch.cvj');
    expect(suggestFileName('a/b: c?')).toBe('a b c.cvj');
    expect(suggestFileName('  ')).toBe('Untitled journey.cvj');
    expect(suggestFileName('CON')).toBe('Untitled journey.cvj');
  });

  it('shows a time today without the date, another day with it', () => {
    const now = new Date('2026-03-03T15:00:00');
    expect(formatWhen(new Date('2026-03-03T14:32:00').toISOString(), now, 'en-GB')).toBe('14:32');
    expect(formatWhen(new Date('2026-03-01T09:05:00').toISOString(), now, 'en-GB')).toBe(
      '1 Mar 2026, 09:05',
    );
  });
});
