import { expect, type ConsoleMessage, type Page } from '@playwright/test';
import type { Journey } from '../../shared/model/types';

/** Collects console errors, page errors and CSP violations for the test to assert on. */
export function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg: ConsoleMessage) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  return errors;
}

export async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Aware stage' })).toBeAttached();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
}

export async function getDocument(page: Page): Promise<Journey> {
  return page.evaluate(() => {
    const handle = window.cvjDebug;
    if (!handle) throw new Error('debug handle missing');
    return handle.getDocument();
  });
}

/** The canvas viewport transform: [x, y, zoom]. */
export async function viewport(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  const transform = await page.locator('.react-flow__viewport').evaluate((el) => getComputedStyle(el).transform);
  const m = /matrix\(([^)]+)\)/.exec(transform);
  if (!m?.[1]) throw new Error(`unexpected transform: ${transform}`);
  const [a, , , , e, f] = m[1].split(',').map(Number);
  return { x: e as number, y: f as number, zoom: a as number };
}

declare global {
  interface Window {
    cvjDebug?: { getDocument(): Journey; historySize(): number };
  }
}
