import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBrowserDocuments } from '../../../renderer/src/platform/browserDocuments';
import { BrowserRecoveryStore, STORAGE_FULL_MESSAGE } from '../../../renderer/src/platform/browserRecovery';
import { LocalStorageRecovery } from '../../../renderer/src/platform/recoveryBackends';
import { serializeJourneyFile } from '../../../shared/file/serialize';
import { createStarterJourney } from '../../../shared/model/starter';
import { MemoryStorage } from './memoryStorage';

/**
 * The web app's Reload after an update (renderer/src/pwa): the page keeps its unsaved file in
 * its autosave and the reloaded page of the same tab opens it straight away; if the autosave
 * cannot be written, keepForReload refuses, so the prompt can say so instead of reloading.
 * Two createBrowserDocuments over the same storage are the page before and after the reload.
 */
const text = serializeJourneyFile({ ...createStarterJourney({ id: 'j', now: '2026-12-01T10:00:00.000Z' }), title: 'Workshop draft' });

describe('keeping the unsaved journey across an update reload', () => {
  let local: MemoryStorage;
  let session: MemoryStorage;
  beforeEach(() => {
    local = new MemoryStorage();
    session = new MemoryStorage();
    vi.stubGlobal('sessionStorage', session);
  });
  afterEach(() => vi.unstubAllGlobals());
  const page = () =>
    createBrowserDocuments(new BrowserRecoveryStore(new LocalStorageRecovery(local as unknown as Storage), undefined));

  it('the reloaded page opens the journey as it was, unsaved, and does not offer it again', async () => {
    const before = page();
    before.noteWindowState({ documentTitle: 'Untitled journey', edited: true });
    await before.keepForReload(text);
    const after = page();
    const start = await after.ready();
    expect(start.document).toMatchObject({ text, edited: true, hasFile: false });
    expect(start.document?.recoveredAt).toEqual(expect.any(String));
    expect(start.recovery).toEqual([]);
    // Once only: a later reload of this tab (without the update) offers it as usual instead.
    expect((await page().ready()).document).toBeNull();
  });

  it('nothing unsaved: nothing kept, the reloaded page starts as usual', async () => {
    await page().keepForReload(null);
    expect(session.getItem('cvj-studio.reload-restores')).toBeNull();
    expect((await page().ready()).document).toBeNull();
  });

  it('a full storage refuses, with the reason, and marks nothing for the reload', async () => {
    local.quota = 100;
    const before = page();
    before.noteWindowState({ documentTitle: 'Untitled journey', edited: true });
    await expect(before.keepForReload(text)).rejects.toThrow(STORAGE_FULL_MESSAGE);
    expect(session.getItem('cvj-studio.reload-restores')).toBeNull();
  });

  it('an autosave still being written when the journey is saved does not come back afterwards', async () => {
    const docs = page();
    docs.noteWindowState({ documentTitle: 'Untitled journey', edited: true });
    const writing = docs.writeRecovery({ text });
    // Saved meanwhile: the page is clean and its autosave dropped.
    docs.noteWindowState({ documentTitle: 'Workshop draft.cvj', edited: false });
    await writing;
    const store = new BrowserRecoveryStore(new LocalStorageRecovery(local as unknown as Storage), undefined);
    expect(await store.listLeftBehind()).toEqual([]);
  });
});
