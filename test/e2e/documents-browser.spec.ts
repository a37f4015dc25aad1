import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { serializeJourneyFile } from '../../shared/file/serialize';
import { createStarterJourney } from '../../shared/model/starter';
import { reconcileLayout } from '../../shared/model/reconcile';
import {
  addTactic,
  alert,
  expectClean,
  fileStatus,
  parseText,
  readJourney,
  shoot,
  expectSavedFrom,
} from './bridge/documentsHelpers';
import {
  autosavedTitles,
  getDocument,
  openApp,
  watchForErrors,
  closeGalleryIfOpen,
  withoutFileSystemAccess,
} from './helpers';

/**
 * The same file flows in a plain browser (no preload): Open through a file input, Save as a
 * download, autosave in IndexedDB, the browser's own prompt before leaving with unsaved
 * changes. Chromium has the File System Access API, so most tests switch it off to take the
 * download path every browser has; one test drives the API through an in-page stand-in.
 */

const FIXTURES = join(import.meta.dirname, '../fixtures');
let dir: string;

test.beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cvj-browser-'));
});
test.afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Ctrl+S (or a button), the download it starts, saved to `dir` and parsed. */
async function saveByDownload(page: Page, press: () => Promise<void>) {
  const downloading = page.waitForEvent('download');
  await press();
  const download = await downloading;
  const path = join(dir, `${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  return { name: download.suggestedFilename(), journey: readJourney(path), path };
}

/** Open (toolbar or Ctrl+O), then choose `path` in the browser's file chooser. */
async function openWithChooser(
  page: Page,
  path: string,
  press: () => Promise<void>,
): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await press();
  const chooser = await choosing;
  expect(chooser.isMultiple()).toBe(false);
  await chooser.setFiles(path);
}

test.describe('documents (browser fallback)', () => {
  test('Save downloads the journey; Open through the file input loads it back', async ({
    page,
  }) => {
    const errors = watchForErrors(page);
    await withoutFileSystemAccess(page);
    await openApp(page);
    await expect(page).toHaveTitle('Untitled journey — CVJ Studio');
    await addTactic(page, 'SEO');
    await expect(page).toHaveTitle('• Untitled journey — CVJ Studio');

    const first = await saveByDownload(page, () => page.keyboard.press('Control+S'));
    expect(first.name).toBe('My first journey.cvj');
    const saved = await getDocument(page);
    expect(first.journey).toEqual(saved);
    await expectClean(page, 'My first journey.cvj');
    await expect(page).toHaveTitle('My first journey.cvj — CVJ Studio');

    // Edit and save again: the same name, the new content.
    await addTactic(page, 'Webinar');
    await expect(fileStatus(page)).toContainText('Unsaved changes');
    const second = await saveByDownload(page, () =>
      page.getByRole('button', { name: 'Save', exact: true }).click(),
    );
    expect(second.name).toBe('My first journey.cvj');
    const edited = await getDocument(page);
    expect(second.journey).toEqual(edited);
    await expectClean(page, 'My first journey.cvj');

    // A new journey, then open the download again.
    await page.getByRole('button', { name: 'New', exact: true }).click();
    await expect(page.locator('.react-flow__node')).toHaveCount(0);
    await openWithChooser(page, second.path, () => page.keyboard.press('Control+O'));
    await expectClean(page, second.path.split('/').pop()!);
    expect(await getDocument(page)).toEqual(edited);
    expect(errors).toEqual([]);
  });

  test('opening over unsaved work asks Save / Don’t save / Cancel first', async ({ page }) => {
    await withoutFileSystemAccess(page);
    await openApp(page);
    await addTactic(page, 'SEO');
    const mine = await getDocument(page);
    // A file already in order opens clean (full.cvj would open repaired, hence unsaved).
    const full = join(FIXTURES, 'export/eight-stages.cvj');

    await page.getByRole('button', { name: 'Open', exact: true }).click();
    const question = alert(page);
    await expect(question).toHaveAccessibleName('Save changes to “Untitled journey”?');
    await expect(question.getByRole('button', { name: 'Save', exact: true })).toBeFocused();
    await question.getByRole('button', { name: 'Cancel' }).click();
    expect(await getDocument(page)).toEqual(mine);

    // Save: a download, then the file chooser.
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    const choosing = page.waitForEvent('filechooser');
    const saved = await saveByDownload(page, () =>
      alert(page).getByRole('button', { name: 'Save', exact: true }).click(),
    );
    expectSavedFrom(saved.journey, mine);
    await (await choosing).setFiles(full);
    await expectClean(page, 'eight-stages.cvj');
    expect(await getDocument(page)).toEqual(readJourney(full));

    // Don't save: replaced without saving.
    await addTactic(page, 'Webinar');
    await openWithChooser(page, join(FIXTURES, 'v1/starter.cvj'), async () => {
      await page.getByRole('button', { name: 'Open', exact: true }).click();
      await alert(page).getByRole('button', { name: 'Don’t save' }).click();
    });
    // starter.cvj comes from older lane geometry: it opens with its cards moved into their lanes.
    await expect(fileStatus(page)).toContainText('starter.cvj');
    expect(await getDocument(page)).toEqual(
      reconcileLayout(readJourney(join(FIXTURES, 'v1/starter.cvj'))).journey,
    );
  });

  test('a broken file or a newer version gives the same messages; the journey stays', async ({
    page,
  }) => {
    await openApp(page);
    const before = await getDocument(page);
    await openWithChooser(page, join(FIXTURES, 'broken/unknown-stage.cvj'), () =>
      page.keyboard.press('Control+O'),
    );
    await expect(alert(page)).toHaveAccessibleName('This journey file is damaged');
    await expect(alert(page)).toContainText('Couldn’t open “unknown-stage.cvj”.');
    await expect(alert(page)).toContainText('journey.tactics[2].stage');
    await alert(page).getByRole('button', { name: 'OK' }).click();
    expect(await getDocument(page)).toEqual(before);

    await openWithChooser(page, join(FIXTURES, 'broken/version-too-new.cvj'), () =>
      page.keyboard.press('Control+O'),
    );
    await expect(alert(page)).toContainText('made by a newer version of CVJ Studio');
    await alert(page).getByRole('button', { name: 'OK' }).click();

    // A file that is not a journey at all, dropped on the window: refused by its name.
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(['GIF89a'], 'photo.gif', { type: 'image/gif' }));
      document
        .querySelector('.react-flow__pane')!
        .dispatchEvent(
          new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
        );
    });
    await expect(alert(page)).toContainText(
      'Couldn’t open “photo.gif”: CVJ Studio opens journey files (.cvj) and the PNG and SVG images',
    );
    await alert(page).getByRole('button', { name: 'OK' }).click();
    expect(await getDocument(page)).toEqual(before);
  });

  test('a .cvj file dropped on the window opens', async ({ page }) => {
    await openApp(page);
    const journey = {
      ...createStarterJourney({ id: 'j_drop', now: '2026-01-01T00:00:00.000Z' }),
      title: 'Dropped in',
    };
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.cvj'));
      const pane = document.querySelector('.react-flow__pane')!;
      for (const type of ['dragenter', 'dragover', 'drop']) {
        pane.dispatchEvent(
          new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }),
        );
      }
    }, serializeJourneyFile(journey));
    await expectClean(page, 'dropped.cvj');
    expect(await getDocument(page)).toEqual(journey);
  });

  test('autosave to browser storage; after a reload the journey is offered back', async ({
    page,
  }) => {
    await withoutFileSystemAccess(page);
    await openApp(page);
    await addTactic(page, 'SEO');
    await addTactic(page, 'Webinar');
    const edited = await getDocument(page);
    // Within a few seconds of the last change, the journey is in the browser's storage (IndexedDB).
    await expect
      .poll(() => autosavedTitles(page), { timeout: 10_000 })
      .toContain('My first journey');

    // Leaving with unsaved changes: the browser asks; accept it to reload.
    page.once('dialog', (dialog) => {
      expect(dialog.type()).toBe('beforeunload');
      void dialog.accept();
    });
    await page.reload();
    const offer = page.getByRole('dialog', { name: 'Restore your unsaved journey?' });
    await expect(offer).toBeVisible();
    await expect(offer.getByRole('listitem')).toContainText('My first journey');
    await expect(offer.getByRole('listitem')).toContainText('Never saved');
    await shoot(page, 'documents-browser-recovery');
    await offer.getByRole('button', { name: 'Restore My first journey' }).click();
    await expect(offer).toBeHidden();
    await expect(fileStatus(page)).toContainText('Unsaved changes');
    expect(await getDocument(page)).toEqual(edited);

    // Saving drops the autosave: the next load offers nothing.
    await saveByDownload(page, () => page.keyboard.press('Control+S'));
    await expectClean(page, 'My first journey.cvj');
    await expect.poll(() => autosavedTitles(page)).toEqual([]);
    await page.reload();
    await expect(page.getByRole('region', { name: 'Aware stage' })).toBeAttached();
    await page.waitForTimeout(500);
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('an autosave an earlier version left in localStorage moves to IndexedDB and is offered back', async ({
    page,
  }) => {
    const errors = watchForErrors(page);
    await withoutFileSystemAccess(page);
    await openApp(page);
    // What the previous version wrote: the text under its own key and an index entry.
    const starter = reconcileLayout(createStarterJourney({ id: 'j-old', now: new Date('2026-11-01T10:00:00Z') })).journey;
    const journey = { ...starter, title: 'Left by the old version' };
    const text = serializeJourneyFile(journey);
    const id = 'a'.repeat(32);
    await page.evaluate(
      ({ id, text }) => {
        localStorage.setItem(`cvj-studio.recovery.${id}`, JSON.stringify({ id, text }));
        localStorage.setItem(
          'cvj-studio.recovery.index',
          JSON.stringify([{ id, title: 'Left by the old version', originalName: 'Old.cvj', savedAt: '2026-11-01T10:05:00.000Z' }]),
        );
      },
      { id, text },
    );
    await page.reload();
    const offer = page.getByRole('dialog', { name: 'Restore your unsaved journey?' });
    await expect(offer.getByRole('listitem')).toContainText('Left by the old version');
    // Moved: in IndexedDB now, gone from localStorage.
    expect(await autosavedTitles(page)).toEqual(['Left by the old version']);
    expect(
      await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('cvj-studio.recovery.') && !k.endsWith('index'))),
    ).toEqual([]);
    await offer.getByRole('button', { name: 'Restore Left by the old version' }).click();
    await expect(offer).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Left by the old version');
    expect((await getDocument(page)).tactics).toEqual(journey.tactics);
    expect(errors).toEqual([]);
  });

  test('Discard in the recovery offer asks, then deletes the autosave', async ({ page }) => {
    await openApp(page);
    await addTactic(page, 'SEO');
    await expect
      .poll(() => autosavedTitles(page), { timeout: 10_000 })
      .toContain('My first journey');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.reload();
    const offer = page.getByRole('dialog', { name: 'Restore your unsaved journey?' });
    await offer.getByRole('button', { name: 'Discard My first journey' }).click();
    await alert(page).getByRole('button', { name: 'Discard' }).click();
    await expect(offer).toBeHidden();
    expect(await autosavedTitles(page)).toEqual([]);
  });

  test('closing the tab with unsaved changes: the browser asks first', async ({
    page,
    context,
  }) => {
    await openApp(page);
    // Clean: the tab just closes.
    const clean = await context.newPage();
    await clean.goto('/');
    await closeGalleryIfOpen(clean);
    await clean.getByRole('button', { name: 'Fit view' }).click();
    await clean.close({ runBeforeUnload: true });
    await expect.poll(() => clean.isClosed()).toBe(true);

    await addTactic(page, 'SEO');
    let asked = 0;
    page.on('dialog', (dialog) => {
      asked += 1;
      expect(dialog.type()).toBe('beforeunload');
      void dialog.dismiss();
    });
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => asked).toBe(1);
    expect(page.isClosed()).toBe(false);
  });

  test('New with unsaved changes asks first; Don’t save gives an empty journey', async ({
    page,
  }) => {
    await openApp(page);
    await addTactic(page, 'SEO');
    await page.getByRole('button', { name: 'New', exact: true }).click();
    await expect(alert(page)).toHaveAccessibleName('Save changes to “Untitled journey”?');
    await alert(page).getByRole('button', { name: 'Don’t save' }).click();
    await expect(page.locator('.react-flow__node')).toHaveCount(0);
    await expect(fileStatus(page)).toContainText('Not saved yet');
    await expect(fileStatus(page)).not.toContainText('Unsaved changes');
  });

  test('with the File System Access API: Save writes the file in place and notices changes by others', async ({
    page,
  }) => {
    // An in-memory stand-in for showSaveFilePicker and its file handles.
    await page.addInitScript(() => {
      const files: Record<string, { text: string; lastModified: number }> = {};
      let clock = Date.now();
      const handle = (name: string) => ({
        kind: 'file',
        name,
        async getFile() {
          const file = files[name];
          if (!file) throw new DOMException('gone', 'NotFoundError');
          return new File([file.text], name, { lastModified: file.lastModified });
        },
        async createWritable() {
          let text = '';
          return {
            async write(chunk: string) {
              text += chunk;
            },
            async close() {
              files[name] = { text, lastModified: (clock += 1000) };
            },
            async abort() {},
          };
        },
      });
      Object.assign(window, {
        __files: files,
        __touch: (name: string, text: string) =>
          (files[name] = { text, lastModified: (clock += 1000) }),
        showSaveFilePicker: async ({ suggestedName }: { suggestedName: string }) =>
          handle(suggestedName),
      });
    });
    await openApp(page);
    await addTactic(page, 'SEO');
    await page.keyboard.press('Control+S');
    await expectClean(page, 'My first journey.cvj');
    const fileText = () =>
      page.evaluate(
        () =>
          (window as unknown as { __files: Record<string, { text: string }> }).__files[
            'My first journey.cvj'
          ]?.text ?? '',
      );
    expect(parseText(await fileText())).toEqual(await getDocument(page));

    await addTactic(page, 'Webinar');
    await page.keyboard.press('Control+S');
    await expectClean(page, 'My first journey.cvj');
    expect(parseText(await fileText())).toEqual(await getDocument(page));

    // Another program changes the file: Save asks; Overwrite writes ours.
    await addTactic(page, 'Demo');
    const theirs = serializeJourneyFile({
      ...createStarterJourney({ id: 'j_x', now: '2026-01-01T00:00:00.000Z' }),
      title: 'Theirs',
    });
    await page.evaluate(
      (text) =>
        (window as unknown as { __touch(n: string, t: string): void }).__touch(
          'My first journey.cvj',
          text,
        ),
      theirs,
    );
    await page.keyboard.press('Control+S');
    await expect(alert(page)).toContainText(
      '“My first journey.cvj” was changed by another program',
    );
    await alert(page).getByRole('button', { name: 'Overwrite' }).click();
    await expectClean(page, 'My first journey.cvj');
    expect(parseText(await fileText())).toEqual(await getDocument(page));

    // The file is in the recent list for this session.
    await page.getByRole('button', { name: 'More' }).click();
    await expect(page.getByRole('button', { name: 'My first journey.cvj' })).toBeVisible();
  });
});
