import { expect, test } from '@playwright/test';
import { serializeJourneyFile } from '../../shared/file';
import { syntheticJourney } from '../../scripts/bench/generate';
import { viewport, watchForErrors, closeGalleryIfOpen, openApp } from './helpers';
import type {} from '../../renderer/src/benchHooks';

test('a 10,000-tactic journey opens as an overview, zooms into real cards, and stays editable', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.goto('/');
  await page.waitForFunction(() => !!window.cvjBench);
  await closeGalleryIfOpen(page);
  const text = serializeJourneyFile(syntheticJourney(10_000));
  const openMs = await page.evaluate((t) => window.cvjBench!.loadText(t), text);
  expect(openMs).toBeLessThan(20_000); // a sanity bound only; speed is measured by `npm run bench`

  // Fitted, the whole journey is drawn on the overview canvas, not as 10,000 DOM cards.
  await expect(page.locator('canvas.cvj-overview')).toBeVisible();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screenshots/overview-10000.png' });

  // At actual size only the cards on screen are in the page.
  await page.keyboard.press('Control+0');
  await expect(page.locator('canvas.cvj-overview')).toHaveCount(0);
  const rendered = await page.locator('.react-flow__node').count();
  expect(rendered).toBeGreaterThan(0);
  expect(rendered).toBeLessThan(200);
  await page.screenshot({ path: 'test-results/screenshots/overview-10000-zoomed.png' });

  // Still editable: rename a card and undo.
  const ids = await page.evaluate(() => window.cvjBench!.tacticIds());
  await page.evaluate((id) => window.cvjBench!.rename(id, 'Renamed'), ids[0]!);
  await page.evaluate(() => window.cvjBench!.undo());
  expect(errors).toEqual([]);
});

test('the keyboard reaches a card from the overview: it is zoomed to 100% and focused', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await page.waitForFunction(() => !!window.cvjBench);
  await closeGalleryIfOpen(page);
  await page.evaluate((t) => window.cvjBench!.loadText(t), serializeJourneyFile(syntheticJourney(1_000)));
  await expect(page.locator('canvas.cvj-overview')).toBeVisible();
  expect((await viewport(page)).zoom).toBeLessThan(0.3);
  // Cards zooming in will show are mounted ahead while the page is idle, hidden: none is seen,
  // clicked or tabbed to in the overview.
  await expect.poll(() => page.locator('.react-flow__node').count()).toBeGreaterThan(0);
  await expect(page.locator('.react-flow__node:visible')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screenshots/overview-1000.png' });

  // Tab to the canvas, then an arrow key: the first card in reading order takes focus.
  await page.locator('.react-flow__pane').focus();
  await page.keyboard.press('ArrowRight');
  const focused = page.locator('.react-flow__node:focus');
  await expect(focused).toHaveCount(1);
  await expect(page.locator('canvas.cvj-overview')).toHaveCount(0);
  await expect.poll(async () => (await viewport(page)).zoom).toBe(1);
  const first = await focused.getAttribute('data-id');
  const box = (await focused.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(1280);

  // From there, arrows walk on from card to card.
  await page.keyboard.press('ArrowDown');
  await expect(focused).toHaveCount(1);
  expect(await focused.getAttribute('data-id')).not.toBe(first);
  await page.screenshot({ path: 'test-results/screenshots/keyboard-from-overview.png' });
  expect(errors).toEqual([]);
});

test('from the overview of a small journey (its cards mounted ahead, hidden) the keyboard still reaches a card', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page);
  for (let i = 0; i < 8 && (await viewport(page)).zoom >= 0.2; i++) await page.getByRole('button', { name: 'Zoom Out' }).click();
  await expect(page.locator('canvas.cvj-overview')).toBeVisible();
  await expect.poll(() => page.locator('.react-flow__node').count()).toBe(8);
  await expect(page.locator('.react-flow__node:visible')).toHaveCount(0);
  await page.locator('.react-flow__pane').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.react-flow__node:focus')).toHaveCount(1);
  await expect.poll(async () => (await viewport(page)).zoom).toBe(1);
  await expect(page.locator('.react-flow__node:focus')).toBeVisible();
  expect(errors).toEqual([]);
});
