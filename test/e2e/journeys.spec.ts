import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { getDocument, openApp, viewport, viewportSettled, watchForErrors, withoutFileSystemAccess } from './helpers';

const V1_FULL = 'test/fixtures/v1/full.cvj';
const SHOTS = 'test-results/screenshots';

async function openFile(page: Page, path: string): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await (await choosing).setFiles(path);
}

const tabs = (page: Page) => page.getByRole('tablist', { name: 'Journeys in this file' }).getByRole('tab');

async function selectCard(page: Page, title: string): Promise<string> {
  const card = page.locator('.react-flow__node').filter({ hasText: title }).first();
  await card.click();
  return (await card.getAttribute('data-id')) ?? '';
}

test('several journeys in one file: template tab, rename, persona, undo per tab, copy across tabs, save, reopen, compare', async ({ page }, testInfo) => {
  const errors = watchForErrors(page);
  await withoutFileSystemAccess(page);
  await openApp(page);
  await openFile(page, V1_FULL);
  await expect(tabs(page)).toHaveText(['Acme Coffee Roasters — customer value journey']);
  const today = await getDocument(page);

  // A second journey from a template: it opens in a new tab, the first one is untouched.
  await page.getByRole('button', { name: 'Add journey' }).click();
  await page.getByRole('group', { name: 'Add a journey' }).getByRole('button', { name: 'From a template…' }).click();
  const gallery = page.getByRole('dialog', { name: 'Add a journey from a template' });
  await gallery.getByRole('searchbox', { name: 'Filter templates' }).fill('saas trial');
  await gallery.getByRole('list', { name: 'Templates' }).getByRole('button').first().click();
  await expect(gallery).toBeHidden();
  await expect(tabs(page)).toHaveCount(2);
  await expect(tabs(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  const target = await getDocument(page);
  expect(target.id).not.toBe(today.id);
  expect(target.tactics.length).toBeGreaterThan(8);

  // Rename in place (double-click the tab), then a persona from the tab menu.
  await tabs(page).nth(1).dblclick();
  const rename = page.getByRole('textbox', { name: 'Journey title' });
  await expect(rename).toBeFocused();
  await rename.fill('Target — SaaS trial');
  await rename.press('Enter');
  await expect(tabs(page).nth(1)).toHaveText('Target — SaaS trial');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Target — SaaS trial');

  await page.getByRole('button', { name: 'Journey menu' }).click();
  await page.getByRole('group', { name: 'This journey' }).getByRole('button', { name: 'Persona…' }).click();
  const persona = page.getByRole('dialog', { name: /Persona of/ });
  await persona.getByRole('textbox', { name: 'Name' }).fill('IT buyer');
  await persona.getByRole('textbox', { name: 'Who they are' }).fill('Signs off on tools; wants security answers first.');
  await persona.getByRole('radio', { name: 'Icon building' }).check();
  await persona.screenshot({ path: `${SHOTS}/journeys-persona-dialog.png` });
  await persona.getByRole('button', { name: 'Save' }).click();
  await expect(persona).toBeHidden();
  await expect(tabs(page).nth(1).getByRole('img', { name: 'persona IT buyer:' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/journeys-tabs-1280.png` });

  // Edit both journeys; undo in one leaves the other alone.
  const removedFromTarget = target.tactics[0]!;
  await selectCard(page, removedFromTarget.title);
  await page.keyboard.press('Delete');
  await expect.poll(async () => (await getDocument(page)).tactics.length).toBe(target.tactics.length - 1);

  await tabs(page).nth(0).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(today.title);
  await selectCard(page, 'Instagram ads');
  await page.keyboard.press('Delete');
  await expect.poll(async () => (await getDocument(page)).tactics.length).toBe(today.tactics.length - 1);
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await getDocument(page)).tactics.length).toBe(today.tactics.length);
  // Nothing left to undo here: the target's delete is not in this tab's history.
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await getDocument(page)).tactics.length).toBe(today.tactics.length);
  await page.keyboard.press('Control+PageDown');
  await expect(tabs(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  expect((await getDocument(page)).tactics.length).toBe(target.tactics.length - 1);
  expect((await getDocument(page)).tactics.some((t) => t.id === removedFromTarget.id)).toBe(false);

  // Copy a card from "today" into the target.
  await page.keyboard.press('Control+PageUp');
  await expect(tabs(page).nth(0)).toHaveAttribute('aria-selected', 'true');
  await selectCard(page, 'Brewing guides');
  await page.keyboard.press('Control+C');
  await page.keyboard.press('Control+PageDown');
  await expect(tabs(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  // Pasted at the pointer: over the Engage lane, where it was in the other journey.
  const engage = await page.getByRole('region', { name: 'Engage stage' }).boundingBox();
  if (!engage) throw new Error('Engage lane not on screen');
  await page.mouse.click(engage.x + engage.width / 2, engage.y + engage.height - 40);
  await page.keyboard.press('Control+V');
  await expect.poll(async () => (await getDocument(page)).tactics.filter((t) => t.title === 'Brewing guides').length).toBe(1);

  // Save, then reopen: two tabs, the same content.
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  const saved = testInfo.outputPath('two-journeys.cvj');
  await (await downloading).saveAs(saved);
  // As saved (the save stamps the open journey's updatedAt).
  const targetEdited = await getDocument(page);
  const file = JSON.parse(readFileSync(saved, 'utf8')) as { version: number; journeys: { title: string; persona?: { name: string } }[] };
  expect(file.version).toBe(2);
  expect(file.journeys.map((j) => j.title)).toEqual([today.title, 'Target — SaaS trial']);
  expect(file.journeys[1]!.persona?.name).toBe('IT buyer');
  // The first save in the new format says so, once.
  await expect(page.getByText(/older versions of CVJ Studio cannot open it/)).toBeVisible();

  await page.getByRole('button', { name: 'New', exact: true }).click();
  await expect(tabs(page)).toHaveCount(1);
  await openFile(page, saved);
  await expect(tabs(page)).toHaveText([today.title, /Target — SaaS trial/]);
  await expect(tabs(page).nth(0)).toHaveAttribute('aria-selected', 'true');
  expect(await getDocument(page)).toEqual(today);
  await tabs(page).nth(1).click();
  await viewportSettled(page);
  expect(await getDocument(page)).toEqual(targetEdited);
  await page.screenshot({ path: `${SHOTS}/journeys-reopened-1280.png` });

  // Compare: the copied card is in both, the rest are differences.
  await page.getByRole('button', { name: 'Journey menu' }).click();
  await page.getByRole('group', { name: 'This journey' }).getByRole('button', { name: 'Compare with…' }).click();
  const compare = page.getByRole('dialog', { name: 'Compare journeys' });
  await expect(compare).toBeVisible();
  const copied = compare.locator('[data-mark="same"][data-title="Brewing guides"]');
  await expect(copied).toHaveCount(2);
  await expect(compare.getByTestId('compare-summary')).toContainText('= 1 in both');
  await expect(compare.getByTestId('compare-summary')).toContainText(`− ${targetEdited.tactics.length - 1} only in A`);
  await expect(compare.getByTestId('compare-summary')).toContainText(`+ ${today.tactics.length - 1} only in B`);
  await page.screenshot({ path: `${SHOTS}/journeys-compare-1280.png` });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: `${SHOTS}/journeys-compare-1920.png` });
  await page.keyboard.press('Escape');
  await expect(compare).toBeHidden();
  await page.screenshot({ path: `${SHOTS}/journeys-tabs-1920.png` });
  expect(errors).toEqual([]);
});

test('a file of two personas: tabs show each persona; Compare shows the forecast difference; readable in every theme at both sizes', async ({ page }) => {
  const errors = watchForErrors(page);
  await openApp(page);
  await openFile(page, 'test/fixtures/v2/full.cvj');
  await expect(tabs(page)).toHaveText(['Acme Coffee Roasters — customer value journey', 'Home brewer — target journey']);
  await expect(tabs(page).nth(0).getByRole('img', { name: 'persona Café owner:' })).toBeVisible();
  await expect(tabs(page).nth(1).getByRole('img', { name: 'persona Home brewer:' })).toBeVisible();
  // The persona is in the tab's tooltip, with who they are.
  await expect(tabs(page).nth(0)).toHaveAttribute('title', /Persona: Café owner — Buys beans wholesale/);

  for (const theme of ['light', 'dark', 'projector']) {
    await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
    for (const size of [
      { width: 1280, height: 800 },
      { width: 1920, height: 1080 },
    ]) {
      await page.setViewportSize(size);
      // Tab titles are page text (no canvas zoom): their CSS size is their size on screen.
      const tabSizes = await tabs(page).locator('.cvj-tab__title').evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
      expect(Math.min(...tabSizes)).toBeGreaterThanOrEqual(14);
      await page.screenshot({ path: `${SHOTS}/journeys-personas-${theme}-${size.width}.png` });
    }
  }
  // Ctrl+Shift+PageDown / PageUp move the open tab; the order is the file's order.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('Control+Shift+PageDown');
  await expect(tabs(page)).toHaveText(['Home brewer — target journey', 'Acme Coffee Roasters — customer value journey']);
  await expect(tabs(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Control+Shift+PageUp');
  await expect(tabs(page)).toHaveText(['Acme Coffee Roasters — customer value journey', 'Home brewer — target journey']);

  // Drag a tab onto another to reorder.
  await tabs(page).nth(1).dragTo(tabs(page).nth(0));
  await expect(tabs(page)).toHaveText(['Home brewer — target journey', 'Acme Coffee Roasters — customer value journey']);
  await tabs(page).nth(0).dragTo(tabs(page).nth(1));
  await expect(tabs(page)).toHaveText(['Acme Coffee Roasters — customer value journey', 'Home brewer — target journey']);

  // Each tab keeps its own viewport.
  await tabs(page).nth(0).click();
  await page.getByRole('button', { name: 'Zoom In' }).click();
  await page.getByRole('button', { name: 'Zoom In' }).click();
  await viewportSettled(page);
  const zoomedIn = await viewport(page);
  await tabs(page).nth(1).click();
  await viewportSettled(page);
  expect((await viewport(page)).zoom).not.toBeCloseTo(zoomedIn.zoom, 2);
  await tabs(page).nth(0).click();
  await viewportSettled(page);
  expect(await viewport(page)).toEqual(zoomedIn);

  // Delete a journey, then Undo in the notice: back in its place, with its cards.
  await tabs(page).nth(1).click();
  const brewer = await getDocument(page);
  await page.getByRole('button', { name: 'Journey menu' }).click();
  await page.getByRole('group', { name: 'This journey' }).getByRole('button', { name: 'Delete journey' }).click();
  await expect(tabs(page)).toHaveText(['Acme Coffee Roasters — customer value journey']);
  await page.getByRole('button', { name: 'Undo', exact: true }).and(page.locator('.cvj-notice__action')).click();
  await expect(tabs(page)).toHaveText(['Acme Coffee Roasters — customer value journey', 'Home brewer — target journey']);
  await tabs(page).nth(1).click();
  expect(await getDocument(page)).toEqual(brewer);
  await tabs(page).nth(0).click();

  await page.getByRole('button', { name: 'Journey menu' }).click();
  await page.getByRole('group', { name: 'This journey' }).getByRole('button', { name: 'Compare with…' }).click();
  const compare = page.getByRole('dialog', { name: 'Compare journeys' });
  await expect(compare.getByRole('heading', { name: 'Forecast: B against A' })).toBeVisible();
  await expect(compare.getByTestId('compare-totals')).toContainText('Total');
  await page.screenshot({ path: `${SHOTS}/journeys-compare-projector-1920.png` });
  await compare.getByRole('heading', { name: 'Forecast: B against A' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/journeys-compare-forecast-projector-1920.png` });
  expect(errors).toEqual([]);
});

test('Export › All journeys: one image per journey, named after it, each with its persona and the whole file inside', async ({ page }, testInfo) => {
  const errors = watchForErrors(page);
  await withoutFileSystemAccess(page);
  await openApp(page);
  await openFile(page, 'test/fixtures/v2/full.cvj');
  await expect(tabs(page)).toHaveCount(2);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export journey' });
  await dialog.getByRole('radio', { name: 'SVG (vector)' }).check();
  await expect(dialog.getByRole('radio', { name: /^This journey/ })).toBeChecked();
  await dialog.getByRole('radio', { name: 'All 2 journeys, one file each' }).check();
  // The selection belongs to one journey: not offered for all of them.
  await expect(dialog.getByRole('radio', { name: /^Selection/ })).toBeDisabled();
  await page.screenshot({ path: `${SHOTS}/journeys-export-all-1280.png` });

  const downloads: { name: string; text: string }[] = [];
  page.on('download', async (download) => {
    const path = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(path);
    downloads.push({ name: download.suggestedFilename(), text: readFileSync(path, 'utf8') });
  });
  await dialog.getByRole('button', { name: 'Export 2 SVG Files…' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => downloads.length).toBe(2);
  downloads.sort((a, b) => a.name.localeCompare(b.name));
  expect(downloads.map((d) => d.name)).toEqual(['Acme Coffee Roasters — customer value journey.svg', 'Home brewer — target journey.svg']);
  expect(downloads[0]!.text).toContain('Persona: Café owner — Buys beans wholesale');
  expect(downloads[1]!.text).toContain('Persona: Home brewer — Brews at home on weekends');
  expect(downloads[1]!.text).toContain('>Sample pack, $9</tspan>');
  expect(downloads[1]!.text).not.toContain('Instagram ads</tspan>');
  // Each image carries the whole file: File > Open on either gives back both journeys.
  for (const d of downloads) expect(d.text).toContain('cvj:journey');
  // The fixture opened with cards moved into their lanes (unsaved): Open asks first.
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Don’t save' }).click();
  await (await choosing).setFiles(testInfo.outputPath(downloads[1]!.name));
  await expect(tabs(page)).toHaveText(['Acme Coffee Roasters — customer value journey', 'Home brewer — target journey']);
  expect(errors).toEqual([]);
});
