import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers';

/**
 * Key states compared with committed reference images, so a layout regression (a panel that
 * moved, a card drawn in the wrong lane, a header covering titles) fails CI instead of waiting
 * for someone to look. Other specs still write screenshots to test-results/screenshots for a
 * person to look at; these are the ones checked by the machine. After an intended change to
 * what these states look like: `npx playwright test visual --update-snapshots`, look at the new
 * images in test/e2e/__screenshots__, and commit them.
 */

const FULL = join(import.meta.dirname, '../fixtures/v1/full.cvj');

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;

async function openFull(page: Page): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await (await choosing).setFiles(FULL);
  await expect(page.getByRole('status', { name: 'File' })).toContainText('full.cvj');
  await expect(page.locator('.react-flow__node')).toHaveCount(12);
}

for (const size of SIZES) {
  test.describe(`at ${size.width}x${size.height}`, () => {
    test.use({ viewport: size });

    test('first start', async ({ page }) => {
      await openApp(page);
      await expect(page).toHaveScreenshot(`first-start-${size.width}.png`);
    });

    test('a full journey opened from a file', async ({ page }) => {
      await openApp(page);
      await openFull(page);
      await expect(page).toHaveScreenshot(`full-journey-${size.width}.png`);
    });

    test('the inspector on a card', async ({ page }) => {
      await openApp(page);
      await page.locator('.react-flow__node').nth(2).click();
      const inspector = page.getByRole('complementary', { name: 'Inspector' });
      await expect(inspector.getByLabel('Title')).toBeVisible();
      await expect(page).toHaveScreenshot(`inspector-${size.width}.png`);
    });

    test('the export dialog', async ({ page }) => {
      await openApp(page);
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      await expect
        .poll(() => dialog.getByTestId('export-preview').evaluate((img: HTMLImageElement) => img.naturalWidth))
        .toBeGreaterThan(0);
      await expect(page).toHaveScreenshot(`export-dialog-${size.width}.png`);
    });
  });
}
