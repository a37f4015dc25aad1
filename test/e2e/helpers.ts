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

/** Hides the File System Access API, as Firefox and Safari do: Save becomes a download. */
export async function withoutFileSystemAccess(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'showSaveFilePicker', { value: undefined, configurable: true });
  });
}

export async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Aware stage' })).toBeAttached();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await closeFirstStartGallery(page);
}

/** Closes the first-start template gallery if it is open (a journey loaded at start closes it). */
export async function closeGalleryIfOpen(page: Page): Promise<void> {
  const gallery = page.getByRole('dialog', { name: 'New from Template' });
  if (await gallery.isVisible()) {
    await page.keyboard.press('Escape');
    await expect(gallery).toBeHidden();
  }
}

/** The first start opens the template gallery over the starter journey: close it (Escape). */
export async function closeFirstStartGallery(page: Page): Promise<void> {
  const gallery = page.getByRole('dialog', { name: 'New from Template' });
  await expect(gallery).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(gallery).toBeHidden();
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

/** Waits until the canvas stops moving (a reveal or fit pans with an animation). */
export async function viewportSettled(page: Page): Promise<void> {
  let last = '';
  await expect
    .poll(
      async () => {
        const now = JSON.stringify(await viewport(page));
        const same = now === last;
        last = now;
        return same;
      },
      { intervals: [120] },
    )
    .toBe(true);
}

declare global {
  interface Window {
    cvjDebug?: { getDocument(): Journey; historySize(): number; selection(): string[] };
  }
}

/** Screen centre of a card. */
export async function cardCentre(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox();
  if (!box) throw new Error(`card ${id} not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drags with intermediate mouse moves, as React Flow needs to see a real drag. */
export async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

/** Draws a connection from one card's output handle to another card's input handle. */
export async function connectCards(page: Page, sourceId: string, targetId: string): Promise<void> {
  const source = await page.locator(`.react-flow__node[data-id="${sourceId}"] .react-flow__handle.source`).boundingBox();
  const target = await page.locator(`.react-flow__node[data-id="${targetId}"] .react-flow__handle.target`).boundingBox();
  if (!source || !target) throw new Error('handles not on screen');
  await drag(
    page,
    { x: source.x + source.width / 2, y: source.y + source.height / 2 },
    { x: target.x + target.width / 2, y: target.y + target.height / 2 },
  );
}

/** Screen point inside a lane, `down` pixels below the top of the lane's header band. */
export async function pointInLane(page: Page, stageLabel: string, down: number): Promise<{ x: number; y: number }> {
  const lane = await page.getByRole('region', { name: `${stageLabel} stage` }).boundingBox();
  if (!lane) throw new Error(`${stageLabel} lane not on screen`);
  return { x: lane.x + lane.width / 2, y: lane.y + down };
}

/** Starts from an empty journey. */
export async function newJourney(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
}

/** Ids selected in the app (cards off screen are not in the DOM, so count them here). */
export async function selectedIds(page: Page): Promise<string[]> {
  return page.evaluate(() => window.cvjDebug!.selection());
}

/**
 * Zooms in with the wheel over a card until cards show their details (icon, badges): below
 * DETAIL_ZOOM they show their title alone, larger, for a room to read.
 */
export async function zoomToDetails(page: Page, id: string): Promise<void> {
  const card = page.locator(`.react-flow__node[data-id="${id}"]`);
  for (let i = 0; i < 10 && (await viewport(page)).zoom < 0.8; i++) {
    const box = (await card.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -250);
    await page.waitForTimeout(120);
  }
  await viewportSettled(page);
  await expect(card.locator('.cvj-card__icon')).toBeVisible();
}

/**
 * A screen point where a click lands on this connection and nothing else: cards, labels and
 * other edges can cover parts of its path, so walk along it and ask the page what is on top.
 */
export async function edgePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const point = await page
    .locator(`.react-flow__edge[data-id="${id}"] path.react-flow__edge-path`)
    .evaluate((el, edgeId) => {
      const path = el as SVGPathElement;
      const m = path.getScreenCTM();
      if (!m) return null;
      const length = path.getTotalLength();
      // From the middle outwards: the middle is where people aim.
      for (const f of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.15, 0.85, 0.1, 0.9, 0.06, 0.94]) {
        const p = path.getPointAtLength(length * f);
        const x = p.x * m.a + p.y * m.c + m.e;
        const y = p.x * m.b + p.y * m.d + m.f;
        const hit = document.elementFromPoint(x, y)?.closest<SVGElement>('.react-flow__edge');
        if (hit?.dataset.id === edgeId) return { x, y };
      }
      return null;
    }, id);
  if (!point) throw new Error(`no clickable point on connection ${id}`);
  return point;
}

/**
 * Titles of the autosaves in this origin's IndexedDB (database "cvj-studio", store "recovery",
 * keys entry:<id>), read the way any page of the origin could: what a reload will find.
 */
export async function autosavedTitles(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('cvj-studio');
        open.onupgradeneeded = () => open.result.createObjectStore('recovery');
        open.onerror = () => reject(open.error ?? new Error('IndexedDB refused'));
        open.onsuccess = () => {
          const db = open.result;
          const titles: string[] = [];
          const cursor = db.transaction('recovery').objectStore('recovery').openCursor();
          cursor.onerror = () => reject(cursor.error ?? new Error('cursor failed'));
          cursor.onsuccess = () => {
            const at = cursor.result;
            if (!at) {
              db.close();
              resolve(titles);
              return;
            }
            if (String(at.key).startsWith('entry:')) titles.push((at.value as { title: string }).title);
            at.continue();
          };
        };
      }),
  );
}

/**
 * The presenter's controls fade 2.5 s after the pointer last moved and take no clicks then (a
 * slow run can pass that before its next click). Moves the pointer, as a presenter does before
 * reaching for them, and waits until they are shown again.
 */
export async function wakePresenterControls(page: Page): Promise<void> {
  const size = page.viewportSize() ?? { width: 1280, height: 800 };
  await page.mouse.move(size.width / 2, size.height / 2);
  await page.mouse.move(size.width / 2 + 5, size.height / 2 + 5);
  await expect(page.getByRole('toolbar', { name: 'Presenter controls' })).not.toHaveClass(/cvj-present__controls--hidden/);
}
