import type { Page } from 'playwright-core';
import { paced, startFrames, stopFrames, type FrameStats } from './frames';

/**
 * The scripted gestures, identical for the app and the bare React Flow baseline. Each returns
 * frame statistics over the gesture.
 */

/** A 2-second drag-pan: 120 pointer moves, starting on empty canvas at the top of the view. */
export async function pan(page: Page, at: { x: number; y: number }): Promise<FrameStats> {
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  await startFrames(page);
  await paced(120, 2000, async (i) => {
    const t = (i + 1) / 120;
    await page.mouse.move(at.x - 500 * Math.sin(Math.PI * t), at.y + 200 * Math.sin(2 * Math.PI * t));
  });
  const stats = await stopFrames(page);
  await page.mouse.up();
  return stats;
}

/** Zoom in then out around the centre: 60 wheel steps each way over 2 seconds. */
export async function zoom(page: Page, at: { x: number; y: number }): Promise<FrameStats> {
  await page.mouse.move(at.x, at.y);
  await startFrames(page);
  await paced(120, 2000, async (i) => {
    await page.mouse.wheel(0, i < 60 ? -40 : 40);
  });
  return stopFrames(page);
}

/** One card dragged across a lane and back: 60 moves over a second. */
export async function dragCard(page: Page, from: { x: number; y: number }, dx: number): Promise<FrameStats> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await startFrames(page);
  await paced(60, 1000, async (i) => {
    const t = (i + 1) / 60;
    await page.mouse.move(from.x + dx * Math.sin(Math.PI * t), from.y + 40 * t);
  });
  const stats = await stopFrames(page);
  await page.mouse.up();
  return stats;
}
