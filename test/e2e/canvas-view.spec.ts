import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { STAGES } from '../../shared/model/stages';
import { openApp, pointInLane, watchForErrors } from './helpers';

/**
 * What the canvas shows in a 1600×1000 window, where the inspector opens over the last two
 * lanes: a card just added or selected stays in sight beside it, and a file whose positions
 * disagree with its stages opens with every card in its own lane, below the stage headers.
 */

test.use({ viewport: { width: 1600, height: 1000 } });

const SHOTS = 'test-results/screenshots';
const FULL = join(import.meta.dirname, '../fixtures/v1/full.cvj');

const inspector = (page: Page): Locator => page.getByRole('complementary', { name: 'Inspector' });
const cards = (page: Page): Locator => page.locator('.react-flow__node');

/** The card's box lies left of the inspector's and inside the window (the pan is animated). */
async function expectBesideInspector(page: Page, card: Locator): Promise<void> {
  await expect(inspector(page)).toBeVisible();
  await expect
    .poll(async () => {
      const box = await card.boundingBox();
      const panel = (await inspector(page).boundingBox())!;
      const size = page.viewportSize()!;
      if (!box) return 'not drawn';
      if (box.x + box.width > panel.x) return `right edge ${box.x + box.width} over the panel at ${panel.x}`;
      if (box.x < 0 || box.y < 0 || box.y + box.height > size.height) return `outside: ${JSON.stringify(box)}`;
      return 'in sight';
    })
    .toBe('in sight');
}

async function laneCard(page: Page, stageLabel: string): Promise<Locator> {
  const card = page.locator(`.react-flow__node[aria-label$=", ${stageLabel} stage"]`).first();
  await expect(card).toBeVisible();
  return card;
}

test.describe('the inspector does not hide where you work', () => {
  test('a tactic dropped on Promote stays in sight beside the inspector', async ({ page }) => {
    const errors = watchForErrors(page);
    await openApp(page);
    const lane = page.getByRole('region', { name: 'Promote stage' });
    const laneBox = (await lane.boundingBox())!;
    const drop = await pointInLane(page, 'Promote', 420);
    await page
      .getByRole('complementary', { name: 'Tactic library' })
      .getByRole('button', { name: 'Case studies', exact: true })
      .dragTo(lane, {
        targetPosition: { x: drop.x - laneBox.x, y: drop.y - laneBox.y },
        force: true,
      });
    const added = page.locator('.react-flow__node.selected');
    await expect(added).toHaveAccessibleName('Case studies, Promote stage');
    await expectBesideInspector(page, added);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/canvas-drop-on-promote-1600.png` });
    expect(errors).toEqual([]);
  });

  test('a card on Advocate selected with a click stays in sight beside the inspector', async ({
    page,
  }) => {
    await openApp(page);
    const card = await laneCard(page, 'Advocate');
    await card.click();
    await expectBesideInspector(page, card);
  });

  test('a card on Advocate selected with the keyboard stays in sight beside the inspector', async ({
    page,
  }) => {
    await openApp(page);
    const card = await laneCard(page, 'Advocate');
    // Arrows from nothing focused start at the first card; right goes lane by lane.
    await page.keyboard.press('ArrowRight');
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    await expect(card).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Title')).toBeFocused();
    await expectBesideInspector(page, card);
  });
});

test.describe('what a file says is what the user sees', () => {
  test('full.cvj opens with every card in its stage’s lane and below the headers, unsaved, with a notice', async ({
    page,
  }) => {
    const errors = watchForErrors(page);
    await openApp(page);
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await (await choosing).setFiles(FULL);

    const status = page.getByRole('status', { name: 'File' });
    await expect(status).toContainText('full.cvj');
    await expect(status).toContainText('Unsaved changes');
    const notice = page.getByTestId('document-notice');
    await expect(notice).toContainText('12 cards moved into their stage’s lane');
    await expect(cards(page)).toHaveCount(12);

    const headers = (await page.locator('.cvj-headers').boundingBox())!;
    const lanes = new Map<string, { x: number; width: number }>();
    for (const stage of STAGES) {
      lanes.set(stage.label, (await page.getByRole('region', { name: `${stage.label} stage` }).boundingBox())!);
    }
    for (const card of await cards(page).all()) {
      const name = (await card.getAttribute('aria-label'))!;
      const stage = /, (\w+) stage$/.exec(name)![1]!;
      const lane = lanes.get(stage)!;
      const box = (await card.boundingBox())!;
      expect(box.x, `${name}: left edge in its lane`).toBeGreaterThanOrEqual(lane.x);
      expect(box.x + box.width, `${name}: right edge in its lane`).toBeLessThanOrEqual(lane.x + lane.width);
      expect(box.y, `${name}: below the headers`).toBeGreaterThanOrEqual(headers.y + headers.height);
    }
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/canvas-full-cvj-opened-1600.png` });

    // Quiet: it waits for the user, and goes when dismissed.
    await notice.getByRole('button', { name: 'Dismiss notice' }).click();
    await expect(notice).toHaveCount(0);
    await expect(status).toContainText('Unsaved changes');

    // The fit button keeps the cards below the headers too.
    await page.getByRole('button', { name: 'Fit view' }).click();
    await page.waitForTimeout(400);
    for (const card of await cards(page).all()) {
      expect((await card.boundingBox())!.y).toBeGreaterThanOrEqual(headers.y + headers.height);
    }
    expect(errors).toEqual([]);
  });
});
