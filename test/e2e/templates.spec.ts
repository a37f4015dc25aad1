import { expect, test } from '@playwright/test';
import { getDocument, openApp, viewportSettled } from './helpers';

/** Issue 14, point 1: File > New from Template… (the browser build replaces the page's journey). */
for (const size of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  test(`template gallery at ${size.width}x${size.height}: filter, pick SaaS, a full journey opens`, async ({ page }) => {
    await page.setViewportSize(size);
    await openApp(page);
    await page.getByRole('button', { name: 'More' }).click();
    await page.getByRole('button', { name: 'New from Template…' }).click();
    const gallery = page.getByRole('dialog', { name: 'New from Template' });
    await expect(gallery).toBeVisible();
    const items = gallery.getByRole('list', { name: 'Templates' }).getByRole('button');
    // Blank and at least seven templates, each with a thumbnail drawn by the exporter.
    await expect.poll(() => items.count()).toBeGreaterThanOrEqual(8);
    await expect(gallery.locator('img.cvj-gallery__thumb').first()).toHaveJSProperty('complete', true);
    await page.screenshot({ path: `test-results/screenshots/template-gallery-${size.width}.png` });

    await gallery.getByRole('searchbox', { name: 'Filter templates' }).fill('saas trial');
    await expect(items).toHaveCount(1);
    await items.first().click();
    await expect(gallery).toBeHidden();
    await viewportSettled(page);
    const doc = await getDocument(page);
    const stages = new Set(doc.tactics.map((t) => t.stage));
    expect(stages.size).toBe(8);
    expect(doc.connections.length).toBeGreaterThanOrEqual(8);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(doc.title);
    await page.screenshot({ path: `test-results/screenshots/template-saas-${size.width}.png` });

    // The Health panel finds no problem in it.
    await page.getByRole('button', { name: 'Health', exact: true }).click();
    const panel = page.getByRole('complementary', { name: 'Journey health' });
    await expect(panel.getByTestId('health-score')).toContainText('0 problems');
  });
}
