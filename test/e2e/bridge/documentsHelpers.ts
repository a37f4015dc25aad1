import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { parseJourneyFile } from '../../../shared/file/parse';
import type { Journey } from '../../../shared/model/types';

/** Helpers shared by the document specs (desktop through the bridge, and the browser fallback). */

/** The toolbar's file status: the file's name and, when edited, "Unsaved changes". */
export const fileStatus = (page: Page): Locator => page.getByRole('status', { name: 'File' });

/** Adds a library tactic to its stage with a click in the palette (a real edit). */
export async function addTactic(page: Page, name: string): Promise<void> {
  await page
    .getByRole('complementary', { name: 'Tactic library' })
    .getByRole('button', { name, exact: true })
    .click();
  // The new card is selected and the inspector opens: back to the canvas.
  await page.keyboard.press('Escape');
}

/** Parses a .cvj file on disk; fails the test with the parser's message if it is not a journey. */
export function readJourney(path: string): Journey {
  return parseText(readFileSync(path, 'utf8'));
}

export function parseText(text: string): Journey {
  const parsed = parseJourneyFile(text);
  if (!parsed.ok) throw new Error(`not a journey: ${parsed.error.message}`);
  return parsed.journey;
}

/** Screenshots at 1280×800 and 1920×1080 into test-results/screenshots/. */
export async function shoot(page: Page, name: string): Promise<void> {
  const size = page.viewportSize() ?? { width: 1280, height: 800 };
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: `test-results/screenshots/${name}-1280.png` });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: `test-results/screenshots/${name}-1920.png` });
  await page.setViewportSize(size);
}

/** The open message or question dialog (they are alertdialogs). */
export const alert = (page: Page): Locator => page.getByRole('alertdialog');

export async function expectClean(page: Page, name: string): Promise<void> {
  await expect(fileStatus(page)).toContainText(name);
  await expect(fileStatus(page)).not.toContainText('Unsaved changes');
}
