import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { SaxesParser } from 'saxes';
import { readJourneyBytes } from '../../shared/export';
import { getDocument, openApp, watchForErrors } from './helpers';

/**
 * File > Export… in the browser build (the built renderer): the dialog's options, PNG and SVG
 * downloads checked byte by byte, and the round trip through File > Open. The desktop app runs
 * the same dialog; only the save (main's Save dialog over `file:export`) differs.
 */

const FIXTURES = join(import.meta.dirname, '../fixtures');
let dir: string;

test.beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cvj-export-'));
});
test.afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Export journey' });

async function openFile(page: Page, path: string): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await (await choosing).setFiles(path);
}

/** "5,120 × 1,928 px" → { width, height } */
async function statedSize(page: Page): Promise<{ width: number; height: number }> {
  const text = await dialog(page).getByTestId('export-size').innerText();
  const match = /^([\d,]+) × ([\d,]+) px$/.exec(text.trim());
  if (!match) throw new Error(`unexpected size text "${text}"`);
  return { width: Number(match[1]!.replace(/,/g, '')), height: Number(match[2]!.replace(/,/g, '')) };
}

async function exportDownload(page: Page): Promise<{ name: string; bytes: Uint8Array }> {
  const downloading = page.waitForEvent('download');
  await dialog(page).getByRole('button', { name: /^Export (PNG|SVG)/ }).click();
  const download = await downloading;
  const path = join(dir, `${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  await expect(dialog(page)).toBeHidden();
  return { name: download.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) };
}

function pngSizeOf(bytes: Uint8Array): { width: number; height: number } {
  expect([...bytes.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect(String.fromCharCode(...bytes.slice(12, 16))).toBe('IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Strict XML parse; returns element names and the root's attributes. */
function parseSvg(text: string): { elements: Set<string>; root: Record<string, string> } {
  const parser = new SaxesParser({ xmlns: true });
  const elements = new Set<string>();
  let root: Record<string, string> | null = null;
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    elements.add(tag.local ?? tag.name);
    if (!root) {
      root = Object.fromEntries(
        Object.values(tag.attributes).map((a) => [typeof a === 'string' ? a : a.local, typeof a === 'string' ? a : a.value]),
      );
    }
  });
  parser.write(text).close();
  return { elements, root: root ?? {} };
}

test.describe('export (browser)', () => {
  test('PNG and SVG at 2x, then the PNG reopens as the same journey', async ({ page }) => {
    const errors = watchForErrors(page);
    await openApp(page);
    await page.evaluate(() => localStorage.removeItem('cvj.export.options.v1'));
    await openFile(page, join(FIXTURES, 'v1/full.cvj'));
    await expect(page.getByTestId('document-status')).toContainText('full.cvj');
    const original = await getDocument(page);
    expect(original.connections.length).toBeGreaterThan(0);

    // Toolbar button; PNG at 2x (the default), with the preview and the size.
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(dialog(page)).toBeVisible();
    await dialog(page).getByRole('radio', { name: 'PNG image' }).check();
    await dialog(page).getByRole('radio', { name: '2x' }).check();
    await expect(dialog(page).getByTestId('export-preview')).toBeVisible();
    await expect
      .poll(() => dialog(page).getByTestId('export-preview').evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0);
    const size = await statedSize(page);
    expect(size.width).toBeGreaterThan(1000);

    mkdirSync('test-results/screenshots', { recursive: true });
    for (const [w, h] of [
      [1280, 800],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.screenshot({ path: `test-results/screenshots/export-dialog-${w}.png` });
    }
    await page.setViewportSize({ width: 1280, height: 800 });

    const png = await exportDownload(page);
    expect(png.name).toMatch(/\.png$/);
    expect(pngSizeOf(png.bytes)).toEqual(size);
    // Not blank: the rasterised journey has lanes, cards and text in many colours.
    const pixels = PNG.sync.read(Buffer.from(png.bytes));
    const colours = new Set<number>();
    for (let i = 0; i < pixels.data.length; i += 4 * 97) colours.add(pixels.data.readUInt32BE(i));
    expect(colours.size).toBeGreaterThan(50);
    (await import('node:fs')).writeFileSync('test-results/screenshots/export-2x.png', png.bytes);
    const fromPng = readJourneyBytes(png.bytes);
    if (!fromPng.ok) throw new Error(fromPng.error.message);
    expect(fromPng.source).toBe('png');
    expect(fromPng.journey).toEqual(original);

    // Ctrl+Shift+E; the dialog remembers PNG 2x; switch to SVG.
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+Shift+E');
    await expect(dialog(page)).toBeVisible();
    await expect(dialog(page).getByRole('radio', { name: '2x' })).toBeChecked();
    await dialog(page).getByRole('radio', { name: 'SVG (vector)' }).check();
    const svgSize = await statedSize(page);
    const svg = await exportDownload(page);
    expect(svg.name).toMatch(/\.svg$/);
    const svgText = new TextDecoder().decode(svg.bytes);
    const parsed = parseSvg(svgText);
    expect(parsed.elements.has('svg')).toBe(true);
    expect(parsed.elements.has('foreignObject')).toBe(false);
    expect(parsed.elements.has('style')).toBe(false);
    expect(Number(parsed.root.width)).toBeCloseTo(svgSize.width, -1);
    expect(Number(parsed.root.width)).toBeGreaterThan(0);
    const fromSvg = readJourneyBytes(svg.bytes);
    if (!fromSvg.ok) throw new Error(fromSvg.error.message);
    expect(fromSvg.journey).toEqual(original);

    // New, then open the exported PNG through the app: the same journey, untitled. full.cvj
    // opened with its cards moved into their lanes, so it is unsaved: New asks first.
    await page.getByRole('button', { name: 'New', exact: true }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Don’t save' }).click();
    await expect(page.locator('.react-flow__node')).toHaveCount(0);
    const pngPath = join(dir, 'reopen.png');
    (await import('node:fs')).writeFileSync(pngPath, png.bytes);
    await openFile(page, pngPath);
    await expect(page.locator('.react-flow__node').first()).toBeVisible();
    const reopened = await getDocument(page);
    expect(reopened.tactics).toEqual(original.tactics);
    expect(reopened.connections).toEqual(original.connections);
    expect(reopened).toEqual(original);
    await expect(page.getByTestId('document-status')).toContainText('Not saved yet');
    expect(errors).toEqual([]);
  });

  test('Copy as PNG and Copy as SVG put the image on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openApp(page);
    await page.evaluate(() => localStorage.removeItem('cvj.export.options.v1'));
    await page.keyboard.press('Control+Shift+E');
    await dialog(page).getByRole('button', { name: 'Copy as PNG' }).click();
    await expect(dialog(page).getByTestId('export-status')).toHaveText('Copied as PNG.');
    const png = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const blob = await item!.getType('image/png');
      return [...new Uint8Array(await blob.arrayBuffer())];
    });
    const size = await statedSize(page);
    expect(pngSizeOf(new Uint8Array(png))).toEqual({ width: size.width, height: size.height });

    await dialog(page).getByRole('button', { name: 'Copy as SVG' }).click();
    await expect(dialog(page).getByTestId('export-status')).toHaveText('Copied as SVG.');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(parseSvg(text).elements.has('svg')).toBe(true);
    expect(text).toContain((await getDocument(page)).tactics[0]!.title.replace(/&/g, '&amp;'));
  });

  test('embed off: the PNG holds no journey; one stage and the size limit', async ({ page }) => {
    const errors = watchForErrors(page);
    await openApp(page);
    await page.evaluate(() => localStorage.removeItem('cvj.export.options.v1'));
    await openFile(page, join(FIXTURES, 'v1/full.cvj'));
    await expect(page.getByTestId('document-status')).toContainText('full.cvj');
    await page.keyboard.press('Control+Shift+E');
    const d = dialog(page);
    await expect(d).toBeVisible();
    await d.getByRole('radio', { name: '1x' }).check();
    const whole = await statedSize(page);
    await d.getByRole('combobox', { name: 'Stage' }).selectOption('engage');
    await expect(d.getByRole('radio', { name: 'One stage' })).toBeChecked();
    const stage = await statedSize(page);
    expect(stage.width).toBeLessThan(whole.width);
    await d.getByRole('checkbox', { name: /Embed the journey/ }).uncheck();
    const png = await exportDownload(page);
    expect(pngSizeOf(png.bytes)).toEqual(stage);
    const read = readJourneyBytes(png.bytes);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.message).toContain('holds no CVJ Studio journey');

    // The choices were remembered, embed off included.
    await page.keyboard.press('Control+Shift+E');
    await expect(d.getByRole('checkbox', { name: /Embed the journey/ })).not.toBeChecked();
    await expect(d.getByRole('radio', { name: 'One stage' })).toBeChecked();
    await d.getByRole('checkbox', { name: /Embed the journey/ }).check();
    await d.getByRole('radio', { name: 'Whole journey' }).check();
    await d.getByRole('button', { name: 'Cancel' }).click();
    await expect(d).toBeHidden();
    expect(errors).toEqual([]);
  });
});
