import { expect, test } from '@playwright/test';
import { serializeJourneyFile } from '../../shared/file';
import { syntheticJourney } from '../../scripts/bench/generate';
import { viewport, viewportSettled, watchForErrors, closeGalleryIfOpen } from './helpers';
import type {} from '../../renderer/src/benchHooks';

/**
 * The minimap (JourneyMinimap): the whole journey painted on one canvas, whatever its size, with
 * the view's frame over it; dragging in it pans the canvas and scrolling in it zooms.
 */
test('the minimap shows every card on one canvas and pans and zooms the view', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.goto('/');
  await page.waitForFunction(() => !!window.cvjBench);
  await closeGalleryIfOpen(page);
  await page.evaluate((t) => window.cvjBench!.loadText(t), serializeJourneyFile(syntheticJourney(5_000)));
  await page.keyboard.press('Control+0');
  await viewportSettled(page);

  const minimap = page.getByRole('img', { name: 'Overview of the journey' });
  await expect(minimap).toBeVisible();
  // No element per card: 5,000 cards are pixels on one canvas.
  await expect(page.locator('.react-flow__minimap-node')).toHaveCount(0);
  const painted = await page.locator('.cvj-minimap__cards').evaluate((canvas: HTMLCanvasElement) => {
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    // The journey is a tall strip (8 lanes, 625 cards deep): count the rows it paints.
    let rows = 0;
    for (let y = 0; y < canvas.height; y++) {
      for (let x = 0; x < canvas.width; x++) {
        if (data[(y * canvas.width + x) * 4 + 3]! > 0) {
          rows++;
          break;
        }
      }
    }
    return rows / canvas.height;
  });
  expect(painted).toBeGreaterThan(0.8);
  await page.screenshot({ path: 'test-results/screenshots/minimap-5000.png' });

  // Dragging in the minimap pans the canvas (down the journey: the view moves up).
  const before = await viewport(page);
  const box = (await minimap.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 10);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + 60, { steps: 8 });
  await page.mouse.up();
  await viewportSettled(page);
  const panned = await viewport(page);
  expect(panned.y).toBeLessThan(before.y - 1000);
  expect(panned.zoom).toBe(before.zoom);

  // Scrolling in the minimap zooms.
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, 200);
  await viewportSettled(page);
  expect((await viewport(page)).zoom).toBeLessThan(panned.zoom);
  expect(errors).toEqual([]);
});
