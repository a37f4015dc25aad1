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

/**
 * What a save wrote: the journey as it was edited, stamped with the time of the save
 * (`meta.updatedAt`, later than before), and nothing else changed.
 */
export function expectSavedFrom(saved: Journey, edited: Journey): void {
  expect({ ...saved, meta: { ...saved.meta, updatedAt: edited.meta.updatedAt } }).toEqual(edited);
  expect(Date.parse(saved.meta.updatedAt)).toBeGreaterThan(Date.parse(edited.meta.updatedAt));
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

/** The highlight while a file is dragged over the window. */
export const DROP_LABEL = 'Drop a .cvj journey or an exported PNG or SVG to open it';

/**
 * An OS file drag over the canvas in the desktop app: `name` stands for the file at `path` (what
 * Electron's webUtils.getPathForFile answers; main reads the file from there).
 */
export async function dragFile(
  page: Page,
  type: 'dragover' | 'drop',
  name: string,
  path: string,
): Promise<void> {
  await page.evaluate(
    ({ type, name, path }) => {
      const w = window as unknown as { __cvjDropPaths?: Record<string, string> };
      w.__cvjDropPaths = { ...w.__cvjDropPaths, [name]: path };
      const data = new DataTransfer();
      data.items.add(new File(['(main reads the file from its path)'], name));
      const target = document.querySelector('.react-flow__pane')!;
      const events = type === 'drop' ? ['drop'] : ['dragenter', 'dragover'];
      for (const event of events) {
        target.dispatchEvent(
          new DragEvent(event, { dataTransfer: data, bubbles: true, cancelable: true }),
        );
      }
    },
    { type, name, path },
  );
}

/** A file with these bytes dragged over the canvas in a browser, then dropped unless `hover`. */
export async function dropBytes(
  page: Page,
  file: { name: string; type: string; bytes: Uint8Array },
  hover = false,
): Promise<void> {
  await page.evaluate(
    ({ name, type, bytes, hover }) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], name, { type }));
      const pane = document.querySelector('.react-flow__pane')!;
      for (const event of hover ? ['dragenter', 'dragover'] : ['dragenter', 'dragover', 'drop']) {
        pane.dispatchEvent(
          new DragEvent(event, { dataTransfer: data, bubbles: true, cancelable: true }),
        );
      }
    },
    { name: file.name, type: file.type, bytes: [...file.bytes], hover },
  );
}
