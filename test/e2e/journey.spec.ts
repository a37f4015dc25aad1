import { expect, test, type Page } from '@playwright/test';
import { STAGES } from '../../shared/model/stages';
import {
  connectCards,
  drag,
  getDocument,
  newJourney,
  openApp,
  pointInLane,
  viewportSettled,
  watchForErrors,
  zoomToDetails,
} from './helpers';

/** One library tactic per stage, by the name the palette shows. */
const PICKS = ['SEO', 'Infographics', 'Lead magnet', 'Webinar', 'Onboarding', 'Upsell', 'Review sites', 'Affiliate program'];

const palette = (page: Page) => page.getByRole('complementary', { name: 'Tactic library' });
const card = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/${name}-1280.png` });
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: 1920, height: 1080 });
  if (name === 'full-journey') {
    await page.getByRole('button', { name: 'Fit view' }).click();
    await page.waitForTimeout(400);
  }
  await page.screenshot({ path: `test-results/screenshots/${name}-1920.png` });
  await page.setViewportSize(size);
}

test('a strategist builds a whole journey with the mouse', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const errors = watchForErrors(page);
  await openApp(page);
  await newJourney(page);

  // One tactic into each of the eight lanes, dragged from the library.
  for (const [i, stage] of STAGES.entries()) {
    const lane = page.getByRole('region', { name: `${stage.label} stage` });
    const box = (await lane.boundingBox())!;
    const drop = await pointInLane(page, stage.label, 260);
    await palette(page)
      .getByRole('button', { name: PICKS[i], exact: true })
      .dragTo(lane, { targetPosition: { x: drop.x - box.x, y: drop.y - box.y }, force: true });
    await page.keyboard.press('Escape');
    // The new card was panned into sight beside the inspector: drop the next one once it is still.
    await viewportSettled(page);
  }
  let doc = await getDocument(page);
  expect(doc.tactics.map((t) => t.stage)).toEqual(STAGES.map((s) => s.id));
  expect(doc.tactics.map((t) => t.title)).toEqual(PICKS);

  // Connect them in journey order, with the whole journey in view (each drop panned its card
  // into sight beside the inspector, so the first lanes went off the left edge).
  await page.getByRole('button', { name: 'Fit view' }).click();
  await page.waitForTimeout(400);
  await expect(page.locator('.react-flow__node')).toHaveCount(8);
  for (let i = 0; i < 7; i++) await connectCards(page, doc.tactics[i]!.id, doc.tactics[i + 1]!.id);
  doc = await getDocument(page);
  expect(doc.connections.map((c) => [c.source, c.target])).toEqual(
    doc.tactics.slice(0, 7).map((t, i) => [t.id, doc.tactics[i + 1]!.id]),
  );
  await expect(page.locator('.react-flow__edge')).toHaveCount(7);
  await expect(page.locator('.cvj-edge-label--flagged')).toHaveCount(0);

  // Edit a card in the inspector: the canvas shows it as it is typed.
  const webinar = doc.tactics[3]!;
  await card(page, webinar.id).click();
  const inspector = page.getByRole('complementary', { name: /inspector/i });
  const title = inspector.getByLabel('Title');
  await title.fill('Monthly webinar');
  await inspector.getByLabel('Status').selectOption('live');
  await expect(card(page, webinar.id)).toContainText('Monthly webinar');
  await zoomToDetails(page, webinar.id);
  await expect(card(page, webinar.id).locator('.cvj-badge--live')).toBeVisible();
  await shoot(page, 'inspector');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Fit view' }).click();
  await viewportSettled(page);

  // Move a card to another lane: its stage follows.
  const seo = doc.tactics[0]!;
  const target = await pointInLane(page, 'Engage', 420);
  const from = (await card(page, seo.id).boundingBox())!;
  await drag(page, { x: from.x + from.width / 2, y: from.y + from.height / 2 }, target);
  expect((await getDocument(page)).tactics.find((t) => t.id === seo.id)!.stage).toBe('engage');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Z');
  expect((await getDocument(page)).tactics.find((t) => t.id === seo.id)!.stage).toBe('aware');

  // Delete, then undo.
  const before = await getDocument(page);
  await card(page, doc.tactics[5]!.id).click();
  await page.keyboard.press('Escape'); // back from the inspector's reach: focus stays on the canvas
  await card(page, doc.tactics[5]!.id).click();
  await page.locator('.react-flow__pane').focus().catch(() => undefined);
  await page.keyboard.press('Delete');
  expect((await getDocument(page)).tactics).toHaveLength(7);
  expect((await getDocument(page)).connections).toHaveLength(5);
  await page.keyboard.press('Control+Z');
  expect(await getDocument(page)).toEqual(before);

  // Copy and paste.
  await card(page, doc.tactics[2]!.id).click();
  await page.keyboard.press('Control+C');
  const spot = await pointInLane(page, 'Subscribe', 460);
  await page.mouse.move(spot.x, spot.y);
  const countBefore = (await getDocument(page)).tactics.length;
  await page.keyboard.press('Control+V');
  await expect.poll(async () => (await getDocument(page)).tactics.length).toBe(countBefore + 1);
  const pasted = (await getDocument(page)).tactics.at(-1)!;
  expect(pasted).toMatchObject({ title: 'Lead magnet', stage: 'subscribe' });
  expect(pasted.id).not.toBe(doc.tactics[2]!.id);

  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Fit view' }).click();
  await page.waitForTimeout(400); // the fit animates for 200 ms
  await shoot(page, 'full-journey');
  expect(errors).toEqual([]);
});

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, matches: (el: Element) => boolean, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate(`(${matches.toString()})(document.activeElement)`);
    if (hit) return;
  }
  throw new Error('focus never reached the target');
}

test('the same journey without touching the mouse', async ({ page }) => {
  const errors = watchForErrors(page);
  await openApp(page);
  await tabTo(page, (el) => el.textContent?.trim() === 'New' && el.tagName === 'BUTTON');
  await page.keyboard.press('Enter');
  await expect(page.locator('.react-flow__node')).toHaveCount(0);

  // The library's search: type, Enter adds the best hit to its stage.
  await tabTo(page, (el) => el.getAttribute('aria-label') === 'Search tactics' || (el as HTMLInputElement).type === 'search');
  for (const name of PICKS) {
    await page.keyboard.press('Control+A');
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
  }
  let doc = await getDocument(page);
  expect(doc.tactics.map((t) => t.stage)).toEqual(STAGES.map((s) => s.id));

  // To the cards: Tab reaches them; arrows move focus from card to card.
  await tabTo(page, (el) => el.classList.contains('react-flow__node'));
  // The last card added is still selected: Escape clears it, so arrows move focus, not cards.
  await page.keyboard.press('Escape');
  // Shift+1 fits the whole journey, so every card is on screen (and in the page) to walk through.
  await page.keyboard.press('Shift+Digit1');
  await page.waitForTimeout(400);
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowLeft');
  await expect(card(page, doc.tactics[0]!.id)).toBeFocused();

  // Connect each card to the next: Enter opens the inspector, "Leads to" takes the next stage.
  for (let i = 0; i < 7; i++) {
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Title')).toBeFocused();
    await tabTo(page, (el) => el.tagName === 'SELECT' && el.closest('.cvj-field')?.textContent?.includes('Leads to') === true);
    await page.keyboard.type(String(i + 2));
    await expect.poll(async () => (await getDocument(page)).connections.length).toBe(i + 1);
    await page.keyboard.press('Escape'); // back to the card
    await expect(card(page, doc.tactics[i]!.id)).toBeFocused();
    await page.keyboard.press('Escape'); // clear the selection: arrows move focus again
    await page.keyboard.press('Shift+Digit1'); // the inspector has closed: fit everything again
    await page.waitForTimeout(400);
    await page.keyboard.press('ArrowRight');
    await expect(card(page, doc.tactics[i + 1]!.id)).toBeFocused();
  }
  doc = await getDocument(page);
  expect(doc.connections.map((c) => [c.source, c.target])).toEqual(
    doc.tactics.slice(0, 7).map((t, i) => [t.id, doc.tactics[i + 1]!.id]),
  );

  // Edit the focused (Promote) card: Enter, type a new title, Escape back.
  await page.keyboard.press('Enter');
  await page.keyboard.type('Partner affiliates');
  await page.keyboard.press('Escape');
  expect((await getDocument(page)).tactics[7]!.title).toBe('Partner affiliates');

  // Move it one lane left with the arrow key (it is selected): its stage changes; undo.
  await page.keyboard.press('ArrowLeft');
  expect((await getDocument(page)).tactics[7]!.stage).toBe('advocate');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Control+Z');
  await page.keyboard.press('Control+Z');
  expect((await getDocument(page)).tactics[7]!.stage).toBe('promote');

  // Copy, paste (below the original), delete, undo.
  await page.keyboard.press('Control+C');
  await page.keyboard.press('Control+V');
  await expect.poll(async () => (await getDocument(page)).tactics.length).toBe(9);
  await page.keyboard.press('Delete');
  expect((await getDocument(page)).tactics).toHaveLength(8);
  await page.keyboard.press('Control+Z');
  expect((await getDocument(page)).tactics).toHaveLength(9);

  // Quick-add from the keyboard, and the shortcuts sheet.
  await page.keyboard.press('n');
  const quick = page.getByRole('dialog', { name: /^Add to / });
  await expect(quick).toBeVisible();
  await page.keyboard.type('coupon');
  await page.keyboard.press('Enter');
  expect((await getDocument(page)).tactics.at(-1)!.title).toBe('Coupon');
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  expect(errors).toEqual([]);
});
