import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBrowserTemplates, MAX_BROWSER_TEMPLATE_CHARS } from '../../../renderer/src/platform/browserTemplates';
import { MemoryStorage } from './memoryStorage';

const text = readFileSync(new URL('../../fixtures/v1/starter.cvj', import.meta.url), 'utf8');
const KEY = 'cvj.templates.v1';

function setup() {
  const storage = new MemoryStorage();
  let tick = 0;
  const store = createBrowserTemplates(() => new Date(Date.UTC(2026, 0, 1, 0, 0, ++tick)), () => storage as unknown as Storage);
  return { storage, store };
}

describe('My templates in the web build (browser storage)', () => {
  it('keeps templates, newest first, and removes one', async () => {
    const { store } = setup();
    const a = await store.save({ name: 'Agency', text });
    const b = await store.save({ name: 'Clinic', text });
    expect((await store.list()).map((t) => [t.id, t.name])).toEqual([
      [b, 'Clinic'],
      [a, 'Agency'],
    ]);
    await store.remove(a);
    expect((await store.list()).map((t) => t.name)).toEqual(['Clinic']);
  });

  it('keeps an entry it cannot read when it writes the list again (a newer version may read it)', async () => {
    const { storage, store } = setup();
    const future = { id: 'ffffffffffffffff', name: 'From a newer version', savedAt: '2027-01-01T00:00:00Z', text: '{"format":"cvj","version":9}' };
    storage.setItem(KEY, JSON.stringify([future]));
    expect(await store.list()).toEqual([]);
    const id = await store.save({ name: 'Mine', text });
    await store.remove('0000000000000000');
    const kept = JSON.parse(storage.getItem(KEY)!) as { id: string }[];
    expect(kept.map((t) => t.id)).toEqual([future.id, id]);
  });

  it('leaves room for autosave: refuses templates past their share of the storage, saying what to do', async () => {
    const { storage, store } = setup();
    // A journey of 400 cards with long notes: about 400,000 characters.
    const doc = JSON.parse(text) as { journey: { tactics: { id: string; notes: string }[]; connections: unknown[] } };
    const card = doc.journey.tactics[0]!;
    doc.journey.tactics = Array.from({ length: 400 }, (_, i) => ({ ...card, id: `big-${i}`, notes: 'x'.repeat(900) }));
    doc.journey.connections = [];
    const big = JSON.stringify(doc);
    expect(big.length).toBeGreaterThan(400_000);
    const saved: string[] = [];
    await expect(
      (async () => {
        for (let i = 0; i < 10; i++) saved.push(await store.save({ name: `Big ${i}`, text: big }));
      })(),
    ).rejects.toThrow('Templates in this browser are full (they share its storage with autosave): remove a template, or save the journey as a file instead.');
    expect(storage.getItem(KEY)!.length).toBeLessThanOrEqual(MAX_BROWSER_TEMPLATE_CHARS);
    expect((await store.list()).length).toBe(saved.length);
    // Removing one makes room again.
    await store.remove(saved[0]!);
    await store.save({ name: 'Again', text: big });
  });

  it('says so when the browser refuses storage or it is full', async () => {
    const { storage, store } = setup();
    storage.quota = 100;
    await expect(store.save({ name: 'Mine', text })).rejects.toThrow("This browser's storage for the page is full");
    const none = createBrowserTemplates(undefined, () => null);
    await expect(none.save({ name: 'Mine', text })).rejects.toThrow('does not let the page keep templates');
    expect(await none.list()).toEqual([]);
  });
});
