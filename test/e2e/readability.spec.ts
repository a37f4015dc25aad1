import { expect, test, type Page } from '@playwright/test';
import { openApp, viewport, viewportSettled } from './helpers';

/**
 * Issue 13, point 1: a journey a room can read while it is being edited. On first start (the
 * starter journey fitted, the library open), card titles measure at least 12 px on screen at
 * 1280 × 800 and 16 px at 1920 × 1080, on-screen size being the title's CSS font size times the
 * canvas zoom.
 */

/** CSS font size × canvas zoom of every card title on the canvas, smallest first. */
async function titleSizesOnScreen(page: Page): Promise<number[]> {
  const { zoom } = await viewport(page);
  const sizes = await page
    .locator('.react-flow__node .cvj-card__title')
    .evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
  return sizes.map((px) => px * zoom).sort((a, b) => a - b);
}

for (const { width, height, least } of [
  { width: 1280, height: 800, least: 12 },
  { width: 1920, height: 1080, least: 16 },
]) {
  test(`first start at ${width}x${height}: every card title is at least ${least} px on screen`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openApp(page);
    await viewportSettled(page);
    await expect(page.getByRole('button', { name: 'Hide library' })).toBeVisible();
    const cards = await page.locator('.react-flow__node').count();
    expect(cards).toBeGreaterThan(0);
    const sizes = await titleSizesOnScreen(page);
    expect(sizes).toHaveLength(cards);
    expect(sizes[0]).toBeGreaterThanOrEqual(least);
    // Every title shown whole or clamped with an ellipsis, never cut by the card's edge.
    const overflowing = await page
      .locator('.react-flow__node .cvj-card__line')
      .evaluateAll((els) => els.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent));
    expect(overflowing).toEqual([]);
    await page.screenshot({ path: `test-results/screenshots/readable-first-start-${width}.png` });
    console.log(`first start ${width}x${height}: zoom ${(await viewport(page)).zoom.toFixed(3)}, smallest title ${sizes[0]!.toFixed(1)} px on screen`);
  });
}

test('closer in, cards show their details again (icon, badges) at their normal title size', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page);
  await viewportSettled(page);
  await expect(page.locator('.react-flow__node .cvj-card__icon')).toHaveCount(0);
  // Zoom in with the wheel over the first card, as a user would, past the detail level.
  const box = (await page.locator('.react-flow__node').first().boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 8 && (await viewport(page)).zoom < 0.8; i++) {
    await page.mouse.wheel(0, -300);
    await page.waitForTimeout(150);
  }
  await viewportSettled(page);
  const { zoom } = await viewport(page);
  expect(zoom).toBeGreaterThanOrEqual(0.75);
  await expect(page.locator('.react-flow__node .cvj-card__icon').first()).toBeVisible();
  const sizes = await titleSizesOnScreen(page);
  expect(sizes[0]).toBeCloseTo(22 * zoom, 5);
  expect(sizes[0]).toBeGreaterThanOrEqual(16);
});
