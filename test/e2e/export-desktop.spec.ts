import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { SaxesParser } from 'saxes';
import { readJourneyBytes } from '../../shared/export';
import { expect, test, type DesktopBridge } from './bridge/fixture';
import { addTactic, fileStatus } from './bridge/documentsHelpers';
import { getDocument, watchForErrors, closeGalleryIfOpen } from './helpers';

/**
 * Export in the desktop app, through the test bridge (the real preload API in the page, main's
 * real IPC gate and export code in the test process): Export… goes through main's Save dialog
 * and atomic write; Copy as PNG / SVG goes to main, which writes the system clipboard (here a
 * recording stand-in for Electron's clipboard; the page itself has no clipboard permission).
 */

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Export journey' });

async function startWindow(desktop: DesktopBridge, page: Page): Promise<number> {
  const id = await desktop.attach(page);
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Aware stage' })).toBeAttached();
  await expect(fileStatus(page)).toBeVisible();
  await closeGalleryIfOpen(page);
  await page.evaluate(() => localStorage.removeItem('cvj.export.options.v1'));
  return id;
}

function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const png = PNG.sync.read(Buffer.from(bytes));
  return { width: png.width, height: png.height };
}

function svgElements(text: string): Set<string> {
  const parser = new SaxesParser({ xmlns: true });
  const names = new Set<string>();
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => void names.add(tag.local ?? tag.name));
  parser.write(text).close();
  return names;
}

test.describe('export (desktop, through the bridge)', () => {
  test('Export… saves through main’s Save dialog; Copy as PNG and SVG reach the clipboard through main', async ({
    page,
    desktop,
  }) => {
    const errors = watchForErrors(page);
    const win = await startWindow(desktop, page);
    await addTactic(page, 'SEO');
    await addTactic(page, 'Webinar');
    const journey = await getDocument(page);

    // File > Export… (the native menu), PNG at 2x; main asks where, suggesting a name.
    desktop.menu(win, 'file:export');
    await expect(dialog(page)).toBeVisible();
    await dialog(page).getByRole('radio', { name: 'PNG image' }).check();
    await dialog(page).getByRole('radio', { name: '2x' }).check();
    desktop.main.answerSaveDialog(desktop.path('slides.png'));
    await dialog(page).getByRole('button', { name: /^Export PNG/ }).click();
    await expect(dialog(page)).toBeHidden();
    const exportCall = desktop.main.dialogCalls.find((c) => c.kind === 'export');
    expect(exportCall).toMatchObject({ kind: 'export', format: 'png' });
    expect(exportCall && 'defaultPath' in exportCall && exportCall.defaultPath).toMatch(/\.png$/);
    const saved = new Uint8Array(readFileSync(desktop.path('slides.png')));
    expect(pngSize(saved).width).toBeGreaterThan(1000);
    const fromFile = readJourneyBytes(saved);
    expect(fromFile.ok && fromFile.journey).toEqual(journey);

    // Copy as PNG: an image/png on the clipboard, the same size the dialog states.
    desktop.menu(win, 'file:export');
    await dialog(page).getByRole('button', { name: 'Copy as PNG' }).click();
    await expect(dialog(page).getByTestId('export-status')).toContainText('Copied as PNG.');
    const png = desktop.main.clipboard.at(-1)!;
    expect([...png.keys()]).toEqual(['image/png']);
    expect(pngSize(png.get('image/png')!)).toEqual(pngSize(saved));
    const fromPng = readJourneyBytes(new Uint8Array(png.get('image/png')!));
    expect(fromPng.ok && fromPng.journey).toEqual(journey);

    // Copy as SVG: image/svg+xml for drawing programs, the same markup as text.
    await dialog(page).getByRole('button', { name: 'Copy as SVG' }).click();
    await expect(dialog(page).getByTestId('export-status')).toContainText('Copied as SVG.');
    const svg = desktop.main.clipboard.at(-1)!;
    expect([...svg.keys()].sort()).toEqual(['image/svg+xml', 'text/plain']);
    const markup = svg.get('image/svg+xml')!.toString('utf8');
    expect(svg.get('text/plain')!.toString('utf8')).toBe(markup);
    const names = svgElements(markup);
    expect(names.has('svg')).toBe(true);
    expect(names.has('foreignObject')).toBe(false);
    expect(markup).toContain('Webinar');
    expect(desktop.main.warnings).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('main refuses clipboard bytes that are not the image they claim, or a window not in front', async ({
    page,
    desktop,
  }) => {
    const win = await startWindow(desktop, page);
    const copy = (format: 'png' | 'svg', text: string) =>
      page.evaluate(
        async ({ format, text }) => {
          const api = (window as unknown as { cvj: { copyImage(r: unknown): Promise<void> } }).cvj;
          try {
            await api.copyImage({ format, bytes: new TextEncoder().encode(text) });
            return 'copied';
          } catch (error) {
            return String(error);
          }
        },
        { format, text },
      );
    expect(await copy('png', '<svg></svg>')).toMatch(/not a png image/);
    expect(await copy('svg', '<!-- paste me into a terminal --><svg></svg>')).toMatch(/not a svg image/);
    // The user switched to another window: this one may not write the clipboard any more.
    desktop.main.unfocused.add(win);
    expect(await copy('svg', '<svg xmlns="http://www.w3.org/2000/svg"></svg>')).not.toBe('copied');
    expect(desktop.main.clipboard).toEqual([]);
    desktop.main.unfocused.delete(win);
    expect(await copy('svg', '<svg xmlns="http://www.w3.org/2000/svg"></svg>')).toBe('copied');
    expect(desktop.main.clipboard).toHaveLength(1);
  });
});
