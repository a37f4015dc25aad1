import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as browserTest, type Page } from '@playwright/test';
import { rasteriseSvg } from '../../cli/rasterise';
import { embedJourneyInPng, readJourneyBytes, renderJourneySvg } from '../../shared/export';
import { serializeJourneyFile } from '../../shared/file/serialize';
import { createStarterJourney } from '../../shared/model/starter';
import { expect, test as desktopTest } from './bridge/fixture';
import {
  alert,
  dragFile,
  DROP_LABEL,
  dropBytes,
  fileStatus,
} from './bridge/documentsHelpers';
import { getDocument, openApp, watchForErrors, closeGalleryIfOpen } from './helpers';

/**
 * An exported PNG or SVG dropped on the window opens the journey inside it, as File > Open does:
 * untitled, so Save asks for a new .cvj name and never writes JSON over the image.
 */

const exportDialog = (page: Page) => page.getByRole('dialog', { name: 'Export journey' });

/** A journey exported as `cvj export` writes it: the shared SVG renderer, resvg, the journey embedded. */
function exportedImages(title: string) {
  const journey = { ...createStarterJourney({ id: 'j_image', now: '2026-01-01T00:00:00.000Z' }), title };
  const svg = renderJourneySvg(journey, {}).svg;
  const plainPng = rasteriseSvg(renderJourneySvg(journey, { embed: false }).svg, { scale: 1 });
  const png = embedJourneyInPng(plainPng, serializeJourneyFile(journey));
  return { journey, svg: new TextEncoder().encode(svg), png, plainPng };
}

let dir: string;
browserTest.beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cvj-drop-'));
});
browserTest.afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

browserTest('browser: a PNG exported by the app, dropped on the window, opens its journey', async ({ page }) => {
  const errors = watchForErrors(page);
  await openApp(page);
  await page.evaluate(() => localStorage.removeItem('cvj.export.options.v1'));
  const original = await getDocument(page);
  expect(original.tactics.length).toBeGreaterThan(0);

  // File > Export…: a PNG with the journey embedded (the default), downloaded.
  await page.keyboard.press('Control+Shift+E');
  await exportDialog(page).getByRole('radio', { name: 'PNG image' }).check();
  await exportDialog(page).getByRole('radio', { name: '1x' }).check();
  await expect(exportDialog(page).getByRole('checkbox', { name: /Embed the journey/ })).toBeChecked();
  const downloading = page.waitForEvent('download');
  await exportDialog(page).getByRole('button', { name: /^Export PNG/ }).click();
  const path = join(dir, 'exported.png');
  await (await downloading).saveAs(path);
  const png = new Uint8Array(readFileSync(path));
  expect(readJourneyBytes(png).ok).toBe(true);

  // A new, empty journey; then the image is dragged over the window and dropped.
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  const file = { name: 'Journey.png', type: 'image/png', bytes: png };
  await dropBytes(page, file, true);
  await expect(page.getByText(DROP_LABEL)).toBeVisible();
  mkdirSync('test-results/screenshots', { recursive: true });
  await page.screenshot({ path: 'test-results/screenshots/drop-image-overlay.png' });
  await dropBytes(page, file);
  await expect(page.getByText(DROP_LABEL)).toBeHidden();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  const opened = await getDocument(page);
  expect(opened.tactics).toEqual(original.tactics);
  expect(opened.connections).toEqual(original.connections);
  expect(opened).toEqual(original);
  // Untitled, as File > Open leaves a journey taken out of an image.
  await expect(fileStatus(page)).toContainText('Not saved yet');
  await expect(page).toHaveTitle('Untitled journey — CVJ Studio');

  // An exported SVG opens the same way, in place of the journey from the PNG.
  const fromSvg = exportedImages('From an SVG');
  await dropBytes(page, { name: 'Slides.svg', type: 'image/svg+xml', bytes: fromSvg.svg });
  await expect.poll(async () => (await getDocument(page)).title).toBe('From an SVG');
  expect((await getDocument(page)).tactics).toEqual(fromSvg.journey.tactics);
  await expect(fileStatus(page)).toContainText('Not saved yet');

  // A PNG without a journey inside is refused with the reason; the journey stays.
  await dropBytes(page, { name: 'Photo.png', type: 'image/png', bytes: fromSvg.plainPng });
  await expect(alert(page)).toContainText('holds no CVJ Studio journey');
  await alert(page).getByRole('button', { name: 'OK' }).click();
  expect((await getDocument(page)).title).toBe('From an SVG');
  expect(errors).toEqual([]);
});

desktopTest('desktop: an exported PNG dropped on the window opens its journey, untitled and unsaved', async ({
  page,
  desktop,
}) => {
  const errors = watchForErrors(page);
  await desktop.attach(page);
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Aware stage' })).toBeAttached();
  await expect(fileStatus(page)).toBeVisible();
  await closeGalleryIfOpen(page);

  const { journey, png } = exportedImages('Workshop export');
  writeFileSync(desktop.path('Workshop export.png'), png);
  await dragFile(page, 'dragover', 'Workshop export.png', desktop.path('Workshop export.png'));
  await expect(page.getByText(DROP_LABEL)).toBeVisible();
  await dragFile(page, 'drop', 'Workshop export.png', desktop.path('Workshop export.png'));
  await expect.poll(async () => (await getDocument(page)).title).toBe('Workshop export');
  expect((await getDocument(page)).tactics).toEqual(journey.tactics);
  expect((await getDocument(page)).connections).toEqual(journey.connections);
  // Main opens a journey from an image untitled and unsaved: Save will ask for a .cvj name.
  await expect(fileStatus(page)).toContainText('Not saved yet');
  await expect(fileStatus(page)).toContainText('Unsaved changes');
  await expect(alert(page)).toHaveCount(0);
  expect(readFileSync(desktop.path('Workshop export.png'))).toEqual(Buffer.from(png));
  expect(errors).toEqual([]);
});
