import { expect, test } from '@playwright/test';
import { serializeJourneyFile } from '../../shared/file';
import { syntheticJourney } from '../../scripts/bench/generate';
import { watchForErrors } from './helpers';
import type {} from '../../renderer/src/benchHooks';

test('a 10,000-tactic journey opens as an overview, zooms into real cards, and stays editable', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.goto('/?bench');
  await page.waitForFunction(() => !!window.cvjBench);
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
