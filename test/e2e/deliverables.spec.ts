import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openApp, watchForErrors, withoutFileSystemAccess } from './helpers';

/** Issue 17 in the app: File > Export… › "PDF report" / "PowerPoint (.pptx)", checked by other tools. */

async function openFile(page: Page, path: string): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await (await choosing).setFiles(path);
}

for (const [format, label, button, ext] of [
  ['pdf', 'PDF report', 'Export PDF…', 'pdf'],
  ['pptx', 'PowerPoint (.pptx)', 'Export PPTX…', 'pptx'],
] as const) {
  test(`export dialog: ${label} of both journeys, opened again by File > Open`, async ({ page }, testInfo) => {
    const errors = watchForErrors(page);
    await withoutFileSystemAccess(page);
    await openApp(page);
    await openFile(page, 'test/fixtures/v2/full.cvj');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export journey' });
    await dialog.getByRole('radio', { name: label }).check();
    await dialog.getByRole('radio', { name: /^All 2 journeys in one/ }).check();
    await page.screenshot({ path: `test-results/screenshots/export-dialog-${format}-1280.png` });
    const downloading = page.waitForEvent('download');
    await dialog.getByRole('button', { name: button }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`Acme Coffee Roasters.${ext}`);
    const path = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(path);
    await expect(dialog).toBeHidden();
    if (format === 'pdf') {
      const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
      expect(info).toContain('Title:           Acme Coffee Roasters');
      expect(spawnSync('qpdf', ['--check', path]).status).toBe(0);
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain('Home brewer — target journey');
      expect(text).toContain('Which roast are you? quiz');
      for (const line of execFileSync('pdffonts', [path], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean)) {
        expect(line).toMatch(/\syes\s+yes\s+yes\s/);
      }
    } else {
      expect([...readFileSync(path).subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    }
    // File > Open takes the report or the deck back: both journeys.
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Don’t save' }).click();
    await (await choosing).setFiles(path);
    await expect(page.getByRole('tablist', { name: 'Journeys in this file' }).getByRole('tab')).toHaveText([
      'Acme Coffee Roasters — customer value journey',
      'Home brewer — target journey',
    ]);
    expect(errors).toEqual([]);
  });
}
