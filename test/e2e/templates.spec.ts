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
    // The New button's menu: Blank journey, or New from Template….
    await page.getByRole('button', { name: 'New: blank or from a template' }).click();
    const newMenu = page.getByRole('group', { name: 'New journey' });
    await expect(newMenu.getByRole('button')).toHaveText(['Blank journey', 'New from Template…']);
    await page.screenshot({ path: `test-results/screenshots/new-menu-${size.width}.png` });
    await newMenu.getByRole('button', { name: 'New from Template…' }).click();
    const gallery = page.getByRole('dialog', { name: 'New from Template' });
    await expect(gallery).toBeVisible();
    const items = gallery.getByRole('list', { name: 'Templates' }).getByRole('button');
    // Blank and at least seven templates, each with a thumbnail drawn by the exporter.
    await expect.poll(() => items.count()).toBeGreaterThanOrEqual(8);
    // Every thumbnail decoded (an SVG the browser could not read stays 0 wide).
    const widths = () =>
      gallery.locator('img.cvj-gallery__thumb').evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).naturalWidth));
    await expect.poll(async () => (await widths()).filter((w) => w > 0).length).toBeGreaterThanOrEqual(7);
    expect(await widths()).not.toContain(0);
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

test('Save as Template, then New from it gives the same tactics; it can be removed', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page);
  const before = await getDocument(page);
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('button', { name: 'Save as Template…' }).click();
  const save = page.getByRole('dialog', { name: 'Save as Template' });
  await save.getByRole('textbox', { name: 'Template name' }).fill('Workshop base');
  await save.getByRole('button', { name: 'Save Template' }).click();
  await expect(save).toBeHidden();
  await expect(page.getByText('Saved as a template: “Workshop base”.')).toBeVisible();

  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('button', { name: 'New from Template…' }).click();
  const gallery = page.getByRole('dialog', { name: 'New from Template' });
  const mine = gallery.getByRole('list', { name: 'My templates' });
  await expect(mine.getByRole('button', { name: /^Workshop base/ })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/template-gallery-mine-1280.png' });
  await mine.getByRole('button', { name: /^Workshop base/ }).click();
  await expect(gallery).toBeHidden();
  const after = await getDocument(page);
  expect(after.id).not.toBe(before.id);
  expect(after.tactics).toEqual(before.tactics);
  expect(after.connections).toEqual(before.connections);

  // Removed from My templates (after asking).
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('button', { name: 'New from Template…' }).click();
  await mine.getByRole('button', { name: 'Remove template Workshop base' }).click();
  await page.getByRole('alertdialog', { name: /Remove the template/ }).getByRole('button', { name: 'Remove' }).click();
  await expect(gallery.getByRole('list', { name: 'My templates' })).toHaveCount(0);
});

test('the first start opens the gallery over the starter journey; a later start does not', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const gallery = page.getByRole('dialog', { name: 'New from Template' });
  await expect(gallery).toBeVisible();
  await expect(gallery.getByRole('searchbox', { name: 'Filter templates' })).toBeFocused();
  // Closing it leaves the starter journey.
  await gallery.getByRole('button', { name: 'Close' }).click();
  await expect(gallery).toBeHidden();
  expect((await getDocument(page)).tactics.length).toBeGreaterThan(0);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Aware stage' })).toBeAttached();
  await expect(gallery).toBeHidden();
});
