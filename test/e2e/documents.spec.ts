import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { serializeJourneyFile } from '../../shared/file/serialize';
import { createStarterJourney } from '../../shared/model/starter';
import { newRecoveryId } from '../../electron/main/files/recovery-store';
import { expect, test, type DesktopBridge } from './bridge/fixture';
import {
  addTactic,
  alert,
  dragFile,
  DROP_LABEL,
  expectClean,
  fileStatus,
  readJourney,
  shoot,
  expectSavedFrom,
} from './bridge/documentsHelpers';
import { getDocument, watchForErrors, closeGalleryIfOpen } from './helpers';

/**
 * Files in the desktop app, through the test bridge: the real preload API in the page, main's
 * real IPC gate, DocumentManager and file service in the test process, on a temporary folder.
 * Native dialogs answer what the test queued (FakeMain.answer…).
 */

const FIXTURES = join(import.meta.dirname, '../fixtures');

async function startWindow(desktop: DesktopBridge, page: Page): Promise<number> {
  const id = await desktop.attach(page);
  // Not openApp: only the first start has cards (later starts open an empty journey).
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Aware stage' })).toBeAttached();
  await expect(fileStatus(page)).toBeVisible();
  await closeGalleryIfOpen(page);
  return id;
}

/** Save As through the native menu, the dialog answering `name` in the temp folder. */
async function saveAs(desktop: DesktopBridge, page: Page, id: number, name: string): Promise<void> {
  desktop.main.answerSaveDialog(desktop.path(name));
  desktop.menu(id, 'file:save-as');
  await expectClean(page, name);
}

test.describe('documents (desktop, through the bridge)', () => {
  test('Save As, edit, Save, then open it again in a new window: the same journey', async ({
    page,
    context,
    desktop,
  }) => {
    const errors = watchForErrors(page);
    const win = await startWindow(desktop, page);
    await expect(fileStatus(page)).toContainText('Not saved yet');
    expect(desktop.title(win)).toBe('Untitled journey — CVJ Studio');

    await addTactic(page, 'SEO');
    await expect(fileStatus(page)).toContainText('Unsaved changes');
    await expect.poll(() => desktop.title(win)).toBe('• Untitled journey — CVJ Studio');

    await saveAs(desktop, page, win, 'a.cvj');
    const saveDialog = desktop.main.dialogCalls.find((c) => c.kind === 'save');
    // Main suggested a name from the journey's title, in the documents folder.
    expect(saveDialog).toEqual({ kind: 'save', defaultPath: desktop.path('My first journey.cvj') });
    expect(readJourney(desktop.path('a.cvj'))).toEqual(await getDocument(page));
    await expect.poll(() => desktop.title(win)).toBe('a.cvj — CVJ Studio');

    // An edit marks it unsaved (in the toolbar and in the title), Save writes it.
    await addTactic(page, 'Webinar');
    await expect(fileStatus(page)).toContainText('Unsaved changes');
    await expect.poll(() => desktop.title(win)).toBe('• a.cvj — CVJ Studio');
    await shoot(page, 'documents-unsaved-marker');
    desktop.menu(win, 'file:save');
    await expectClean(page, 'a.cvj');
    const saved = await getDocument(page);
    expect(readJourney(desktop.path('a.cvj'))).toEqual(saved);
    expect(saved.tactics.map((t) => t.title)).toContain('Webinar');
    // Undo back past the save: unsaved again; redo to the saved state: clean again. (Ctrl+Z is
    // a native menu accelerator on the desktop, so it arrives as a menu command.)
    desktop.menu(win, 'edit:undo');
    await expect(fileStatus(page)).toContainText('Unsaved changes');
    await expect.poll(() => desktop.title(win)).toBe('• a.cvj — CVJ Studio');
    desktop.menu(win, 'edit:redo');
    await expectClean(page, 'a.cvj');
    await expect.poll(() => desktop.title(win)).toBe('a.cvj — CVJ Studio');

    // Close the window (clean: no question), open the file in a new one.
    expect(await desktop.close(win)).toBe(true);
    await page.close();
    const page2 = await context.newPage();
    const win2 = await startWindow(desktop, page2);
    await page2.getByRole('button', { name: 'More' }).click();
    await expect(page2.getByRole('button', { name: /^a\.cvj/ })).toBeVisible();
    await page2.keyboard.press('Escape');
    desktop.main.answerOpenDialog(desktop.path('a.cvj'));
    await page2.getByRole('button', { name: 'Open', exact: true }).click();
    await expectClean(page2, 'a.cvj');
    expect(await getDocument(page2)).toEqual(saved);
    await expect.poll(() => desktop.title(win2)).toBe('a.cvj — CVJ Studio');
    expect(errors).toEqual([]);
  });

  test('a broken file gives a message naming it and where it is wrong; the journey stays', async ({
    page,
    desktop,
  }) => {
    const win = await startWindow(desktop, page);
    await addTactic(page, 'SEO');
    const before = await getDocument(page);
    copyFileSync(join(FIXTURES, 'broken/unknown-stage.cvj'), desktop.path('unknown-stage.cvj'));

    desktop.main.answerOpenDialog(desktop.path('unknown-stage.cvj'));
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    const message = alert(page);
    await expect(message).toBeVisible();
    await expect(message).toHaveAccessibleName('This journey file is damaged');
    await expect(message).toContainText('“unknown-stage.cvj”');
    await expect(message).toContainText('journey.tactics[2].stage');
    await expect(message).toContainText('"awareness" is not one of the eight stages');
    await message.getByText(/^Details/).click();
    await expect(message.getByRole('listitem')).toHaveCount(1);
    await shoot(page, 'documents-broken-file');
    await message.getByRole('button', { name: 'OK' }).click();
    await expect(message).toBeHidden();
    expect(await getDocument(page)).toEqual(before);
    await expect(fileStatus(page)).toContainText('Unsaved changes');

    // A file from a newer version is refused, saying so.
    copyFileSync(join(FIXTURES, 'broken/version-too-new.cvj'), desktop.path('future.cvj'));
    desktop.main.answerOpenDialog(desktop.path('future.cvj'));
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await expect(alert(page)).toContainText('newer version of CVJ Studio');
    await expect(alert(page)).toContainText('“future.cvj”');
    await alert(page).getByRole('button', { name: 'OK' }).click();
    expect(await getDocument(page)).toEqual(before);

    // Double-clicked in the file manager (main pushes the failure): the same message.
    await desktop.main.manager.openPaths([desktop.path('unknown-stage.cvj')], win);
    await expect(alert(page)).toContainText('journey.tactics[2].stage');
    await alert(page).getByRole('button', { name: 'OK' }).click();
    expect(await getDocument(page)).toEqual(before);
  });

  test('opening never replaces unsaved work: it goes to a new window', async ({
    page,
    desktop,
  }) => {
    const win = await startWindow(desktop, page);
    writeFileSync(
      desktop.path('other.cvj'),
      serializeJourneyFile(
        createStarterJourney({ id: 'j_other', now: '2026-01-01T00:00:00.000Z' }),
      ),
    );
    await addTactic(page, 'SEO');
    const before = await getDocument(page);
    desktop.main.answerOpenDialog(desktop.path('other.cvj'));
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await expect.poll(() => desktop.main.createdWindows.length).toBe(1);
    expect(await getDocument(page)).toEqual(before);

    // File > New opens a window too, and leaves this one as it is.
    await page.getByRole('button', { name: 'New', exact: true }).click();
    await expect.poll(() => desktop.main.createdWindows.length).toBe(2);
    expect(await getDocument(page)).toEqual(before);
    expect(win).toBe(1);
  });

  test('a file dropped on the window opens (an untouched window takes it)', async ({
    page,
    desktop,
  }) => {
    await startWindow(desktop, page);
    const journey = createStarterJourney({ id: 'j_dropped', now: '2026-01-01T00:00:00.000Z' });
    writeFileSync(
      desktop.path('dropped.cvj'),
      serializeJourneyFile({ ...journey, title: 'Dropped journey' }),
    );
    await dragFile(page, 'dragover', 'dropped.cvj', desktop.path('dropped.cvj'));
    await expect(page.getByText(DROP_LABEL)).toBeVisible();
    await dragFile(page, 'drop', 'dropped.cvj', desktop.path('dropped.cvj'));
    await expect(page.getByText(DROP_LABEL)).toBeHidden();
    await expectClean(page, 'dropped.cvj');
    expect((await getDocument(page)).title).toBe('Dropped journey');

    // Not a journey: a clear message, nothing opened.
    await dragFile(page, 'drop', 'photo.gif', desktop.path('photo.gif'));
    await expect(alert(page)).toContainText(
      'Couldn’t open “photo.gif”: CVJ Studio opens journey files (.cvj) and the PNG and SVG images',
    );
    await alert(page).getByRole('button', { name: 'OK' }).click();
    expect((await getDocument(page)).title).toBe('Dropped journey');
  });

  test('saving over a file another program changed asks first; Overwrite writes', async ({
    page,
    desktop,
  }) => {
    const win = await startWindow(desktop, page);
    await saveAs(desktop, page, win, 'shared.cvj');
    await addTactic(page, 'Webinar');

    // Someone else edits the file meanwhile (a colleague, a sync client).
    const theirs = createStarterJourney({ id: 'j_theirs', now: '2026-01-01T00:00:00.000Z' });
    writeFileSync(
      desktop.path('shared.cvj'),
      serializeJourneyFile({ ...theirs, title: 'Their version' }),
    );

    desktop.menu(win, 'file:save');
    const question = alert(page);
    await expect(question).toHaveAccessibleName('The file was changed elsewhere');
    await expect(question).toContainText('“shared.cvj” was changed by another program (at ');
    await expect(question.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await shoot(page, 'documents-conflict');
    // Cancel leaves both as they are.
    await question.getByRole('button', { name: 'Cancel' }).click();
    expect(readJourney(desktop.path('shared.cvj')).title).toBe('Their version');
    await expect(fileStatus(page)).toContainText('Unsaved changes');

    desktop.menu(win, 'file:save');
    await alert(page).getByRole('button', { name: 'Overwrite' }).click();
    await expectClean(page, 'shared.cvj');
    expect(readJourney(desktop.path('shared.cvj'))).toEqual(await getDocument(page));
  });

  test('a failed save says why and keeps the journey open and unsaved', async ({
    page,
    desktop,
  }) => {
    const win = await startWindow(desktop, page);
    mkdirSync(desktop.path('Clients'));
    desktop.main.answerSaveDialog(join(desktop.path('Clients'), 'b.cvj'));
    desktop.menu(win, 'file:save-as');
    await expectClean(page, 'b.cvj');
    await addTactic(page, 'Webinar');
    const doc = await getDocument(page);

    // The folder vanishes (a USB stick pulled, a share disconnected).
    rmSync(desktop.path('Clients'), { recursive: true });
    desktop.menu(win, 'file:save');
    const message = alert(page);
    await expect(message).toHaveAccessibleName('Your journey was not saved');
    await expect(message).toContainText('Couldn’t save “b.cvj”: its folder no longer exists');
    await expect(message).toContainText('still open and unsaved');
    await shoot(page, 'documents-save-failed');
    await message.getByRole('button', { name: 'OK' }).click();
    await expect(fileStatus(page)).toContainText('Unsaved changes');
    expect(await getDocument(page)).toEqual(doc);

    // Save As somewhere that works.
    await saveAs(desktop, page, win, 'b-rescued.cvj');
    expectSavedFrom(readJourney(desktop.path('b-rescued.cvj')), doc);
  });

  test('closing with unsaved changes: main asks, Save saves (Save As when untitled) and closes', async ({
    page,
    desktop,
  }) => {
    const win = await startWindow(desktop, page);
    await addTactic(page, 'SEO');

    // Cancel: nothing happens.
    desktop.main.answerUnsavedPrompt('cancel');
    expect(await desktop.close(win)).toBe(false);
    expect(desktop.main.dialogCalls.at(-1)).toEqual({
      kind: 'ask-to-save',
      documentName: 'Untitled journey',
      reason: 'close',
    });

    // Save, then cancel the Save dialog: the window stays, still unsaved.
    desktop.main.answerUnsavedPrompt('save');
    desktop.main.answerSaveDialog(null);
    expect(await desktop.close(win)).toBe(false);
    await expect(fileStatus(page)).toContainText('Unsaved changes');

    // Save, choose a file: saved, then closed.
    desktop.main.answerUnsavedPrompt('save');
    desktop.main.answerSaveDialog(desktop.path('closing.cvj'));
    expect(await desktop.close(win)).toBe(true);
    expect(readJourney(desktop.path('closing.cvj'))).toEqual(await getDocument(page));
    expect(desktop.main.closedWindows).toContain(win);
  });

  test('autosave, reload, and the recovery offer: Restore loads it unsaved; Discard asks and deletes', async ({
    page,
    desktop,
  }) => {
    // Two journeys left behind by a crash, written by the real recovery store.
    const older = {
      ...createStarterJourney({ id: 'j_old', now: '2026-01-01T00:00:00.000Z' }),
      title: 'Spring campaign',
    };
    const newer = {
      ...createStarterJourney({ id: 'j_new', now: '2026-01-01T00:00:00.000Z' }),
      title: 'Q3 launch',
    };
    const olderId = newRecoveryId();
    const newerId = newRecoveryId();
    await desktop.main.recovery.write(olderId, {
      text: serializeJourneyFile(older),
      title: older.title,
      originalPath: null,
      baseline: null,
    });
    await desktop.main.recovery.write(newerId, {
      text: serializeJourneyFile(newer),
      title: newer.title,
      originalPath: desktop.path('Q3 launch.cvj'),
      baseline: null,
    });

    await startWindow(desktop, page);
    const offer = page.getByRole('dialog', { name: /^Restore .*unsaved journeys?\?$/ });
    await expect(offer).toHaveAccessibleName('Restore 2 unsaved journeys?');
    const items = offer.getByRole('listitem');
    await expect(items).toHaveCount(2);
    await expect(items.nth(0)).toContainText('Q3 launch');
    await expect(items.nth(0)).toContainText('Q3 launch.cvj');
    await expect(items.nth(1)).toContainText('Spring campaign');
    await expect(items.nth(1)).toContainText('Never saved');
    await expect(items.nth(0).locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);
    await expect(items.nth(0).locator('time')).toHaveText(/\d{1,2}[:.]\d\d/);
    await shoot(page, 'documents-recovery');

    // Discard asks first; Cancel keeps it.
    await offer.getByRole('button', { name: 'Discard Spring campaign' }).click();
    await expect(alert(page)).toHaveAccessibleName('Discard “Spring campaign”?');
    await alert(page).getByRole('button', { name: 'Cancel' }).click();
    await expect(items).toHaveCount(2);
    await offer.getByRole('button', { name: 'Discard Spring campaign' }).click();
    await alert(page).getByRole('button', { name: 'Discard' }).click();
    await expect(items).toHaveCount(1);
    expect((await desktop.main.recovery.list()).map((r) => r.id)).toEqual([newerId]);

    // Restore: the journey is back, marked unsaved, under its file's name.
    await offer.getByRole('button', { name: 'Restore Q3 launch' }).click();
    await expect(offer).toBeHidden();
    await expect(fileStatus(page)).toContainText('Q3 launch.cvj');
    await expect(fileStatus(page)).toContainText('Unsaved changes');
    expect(await getDocument(page)).toEqual(newer);

    // This window's edits are autosaved within seconds, and a reload offers them back.
    await addTactic(page, 'Webinar');
    const edited = await getDocument(page);
    await expect
      .poll(
        async () => (await desktop.main.recovery.list()).find((r) => r.id === newerId)?.text ?? '',
        { timeout: 10_000 },
      )
      .toContain('"Webinar"');
    await page.reload();
    await expect(page.getByRole('dialog', { name: 'Restore your unsaved journey?' })).toBeVisible();
    await page.getByRole('button', { name: 'Restore Q3 launch' }).click();
    await expect(fileStatus(page)).toContainText('Unsaved changes');
    expect(await getDocument(page)).toEqual(edited);

    // Saving drops the autosave.
    desktop.menu(1, 'file:save');
    await expectClean(page, 'Q3 launch.cvj');
    await expect.poll(async () => (await desktop.main.recovery.list()).length).toBe(0);
    expect(existsSync(desktop.path('Q3 launch.cvj'))).toBe(true);
    expect(
      readdirSync(join(desktop.main.userData, 'recovery')).filter((n) => n.endsWith('.json')),
    ).toEqual([]);
    expect(readFileSync(desktop.path('Q3 launch.cvj'), 'utf8')).toContain('"Webinar"');
  });
});
