import type { Locator, Page } from 'playwright-core';

/** Page helpers shared by the bench (run.ts) and the profiler (profile.ts). */

/**
 * Opens the app's test build as a returning user: the first start's template gallery (a modal)
 * would sit over the canvas the bench measures. Hides the library panel, which takes width.
 */
export async function openBenchApp(page: Page, url: string): Promise<void> {
  await page.addInitScript(() => localStorage.setItem('cvj-studio.started', 'bench'));
  await page.goto(url);
  await page.waitForFunction(() => !!window.cvjBench);
  const hide = page.getByRole('button', { name: /hide library/i });
  if (await hide.count()) await hide.first().click();
}

export async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / 2 ** 20;
}

/** Empty canvas at the top of the view (the header band: no cards there in either page). */
export async function panPoint(page: Page) {
  const box = (await page.locator('.react-flow__pane').boundingBox())!;
  return { x: box.x + box.width * 0.6, y: box.y + 40 };
}

export async function centre(page: Page) {
  const box = (await page.locator('.react-flow__pane').boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The ids of the cards wholly inside the part of the pane the gestures use. */
export async function cardsOnScreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('.react-flow__node')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.left > pane.left + 40 && r.right < pane.right - 400 && r.top > pane.top + 140 && r.bottom < pane.bottom - 40;
      })
      .map((el) => el.dataset.id!);
  });
}

/** The centre of the nth card wholly on screen (selected ones first when `selected`). */
export async function visibleCard(page: Page, nth = 0, selected = false) {
  const point = await page.evaluate(
    ([n, sel]) => {
      const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
      const inside = [...document.querySelectorAll<HTMLElement>('.react-flow__node')]
        .filter((el) => !sel || el.classList.contains('selected'))
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.left > pane.left + 40 && r.right < pane.right - 400 && r.top > pane.top + 140 && r.bottom < pane.bottom - 40);
      const r = inside[n as number];
      return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
    },
    [nth, selected] as const,
  );
  if (!point) throw new Error('no card on screen to drag');
  return point;
}

export async function readViewport(page: Page) {
  return page.evaluate(() => {
    const m = getComputedStyle(document.querySelector('.react-flow__viewport')!).transform.match(/matrix\(([^)]+)\)/);
    const [a, , , , e, f] = (m?.[1] ?? '1,0,0,1,0,0').split(',').map(Number);
    return { x: e!, y: f!, zoom: a! };
  });
}

/**
 * Readies a click on a palette item as a user's hand does: the library open (the bench hides
 * it to give the canvas its width), the pointer on the item, the next click timed (armClick).
 */
export async function armPaletteItem(page: Page, name: string): Promise<Locator> {
  const show = page.getByRole('button', { name: 'Show library' });
  if (await show.count()) {
    await show.click();
    await page.waitForTimeout(400);
  }
  const item = page.getByRole('complementary', { name: 'Tactic library' }).getByRole('button', { name, exact: true });
  await item.hover();
  await page.waitForTimeout(300);
  await page.evaluate(() => window.cvjBench!.armClick());
  return item;
}

/**
 * Adds a card as a user does, by a click on its palette item (the press moves the focus there);
 * ms from the click until the card is painted.
 */
export async function clickPaletteItem(page: Page, name: string): Promise<number> {
  const item = await armPaletteItem(page, name);
  await item.click();
  return page.evaluate(() => window.cvjBench!.clicked());
}
