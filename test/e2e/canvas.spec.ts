import { expect, test } from '@playwright/test';
import { STAGES } from '../../shared/model/stages';
import { getDocument, openApp, viewport, watchForErrors } from './helpers';

test.describe('first start', () => {
  test('shows the eight labelled lanes in order and the starter journey inside them', async ({ page }) => {
    const errors = watchForErrors(page);
    await openApp(page);

    await expect(page).toHaveTitle('Untitled journey — CVJ Studio');

    // Stage headers, left to right, with number, name and description.
    const headers = page.locator('.cvj-header');
    await expect(headers).toHaveCount(8);
    for (const [i, stage] of STAGES.entries()) {
      const header = headers.nth(i);
      await expect(header.locator('.cvj-header__label')).toHaveText(stage.label);
      await expect(header.locator('.cvj-header__number')).toHaveText(String(stage.number));
    }

    // Lanes are named regions, ordered left to right on screen.
    const laneBoxes = [];
    for (const stage of STAGES) {
      const box = await page.getByRole('region', { name: `${stage.label} stage` }).boundingBox();
      expect(box, `${stage.label} lane on screen`).not.toBeNull();
      laneBoxes.push(box!);
    }
    for (let i = 1; i < laneBoxes.length; i++) {
      expect(laneBoxes[i]!.x).toBeGreaterThan(laneBoxes[i - 1]!.x);
    }

    // The starter journey: one tactic per stage, each card drawn inside its own lane.
    const doc = await getDocument(page);
    expect(doc.tactics).toHaveLength(8);
    expect(doc.connections).toHaveLength(7);
    await expect(page.locator('.react-flow__node')).toHaveCount(8);
    await expect(page.locator('.react-flow__edge')).toHaveCount(7);
    for (const tactic of doc.tactics) {
      const laneIndex = STAGES.findIndex((s) => s.id === tactic.stage);
      const lane = laneBoxes[laneIndex]!;
      const card = await page.locator(`.react-flow__node[data-id="${tactic.id}"]`).boundingBox();
      expect(card).not.toBeNull();
      const centre = card!.x + card!.width / 2;
      expect(centre).toBeGreaterThan(lane.x);
      expect(centre).toBeLessThan(lane.x + lane.width);
      await expect(page.getByRole('group', { name: new RegExp(`${tactic.title}.*${STAGES[laneIndex]!.label} stage`) })).toHaveCount(1);
    }

    await expect(page.getByRole('img', { name: 'Overview of the journey' })).toBeVisible();
    await page.screenshot({ path: 'test-results/screenshots/first-start-1280.png' });
    expect(errors).toEqual([]);
  });

  test('is clean at 1920x1080', async ({ page }) => {
    const errors = watchForErrors(page);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openApp(page);
    await expect(page.locator('.cvj-header__description').first()).toBeVisible();
    await page.screenshot({ path: 'test-results/screenshots/first-start-1920.png' });
    expect(errors).toEqual([]);
  });
});

test.describe('navigation', () => {
  test('pans by dragging the background and by the wheel', async ({ page }) => {
    await openApp(page);
    const before = await viewport(page);
    const pane = page.locator('.react-flow__pane');
    const box = (await pane.boundingBox())!;
    // Drag on empty canvas below the cards.
    const startX = box.x + box.width / 2;
    const startY = box.y + box.height - 120;
    await page.mouse.move(startX, startY);
    await page.mouse.down();
    await page.mouse.move(startX - 200, startY - 60, { steps: 10 });
    await page.mouse.up();
    const afterDrag = await viewport(page);
    expect(afterDrag.x).toBeCloseTo(before.x - 200, 0);
    expect(afterDrag.y).toBeCloseTo(before.y - 60, 0);
    expect(afterDrag.zoom).toBeCloseTo(before.zoom, 5);
  });

  test('zooms with the wheel, the +/- buttons and fits the whole journey back', async ({ page }) => {
    await openApp(page);
    const start = await viewport(page);
    const pane = page.locator('.react-flow__pane');
    const box = (await pane.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -400);
    await expect.poll(async () => (await viewport(page)).zoom).toBeGreaterThan(start.zoom * 1.2);

    const zoomedByWheel = (await viewport(page)).zoom;
    await page.getByRole('button', { name: /zoom out/i }).click();
    await expect.poll(async () => (await viewport(page)).zoom).toBeLessThan(zoomedByWheel);
    const afterOut = (await viewport(page)).zoom;
    await page.getByRole('button', { name: /zoom in/i }).click();
    await expect.poll(async () => (await viewport(page)).zoom).toBeGreaterThan(afterOut);

    await page.getByRole('button', { name: /fit view/i }).click();
    await expect.poll(async () => (await viewport(page)).zoom).toBeCloseTo(start.zoom, 3);
    // After fitting, all eight lanes are on screen.
    const canvas = (await page.locator('.cvj-canvas').boundingBox())!;
    const promote = (await page.getByRole('region', { name: 'Promote stage' }).boundingBox())!;
    const aware = (await page.getByRole('region', { name: 'Aware stage' }).boundingBox())!;
    expect(aware.x).toBeGreaterThanOrEqual(canvas.x - 1);
    expect(promote.x + promote.width).toBeLessThanOrEqual(canvas.x + canvas.width + 1);
  });
});

test.describe('documents', () => {
  test('New gives an empty journey, and a second start opens empty', async ({ page }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'New', exact: true }).click();
    await expect(page.locator('.react-flow__node')).toHaveCount(0);
    expect((await getDocument(page)).tactics).toEqual([]);
    await expect(page.getByRole('region', { name: 'Promote stage' })).toBeAttached();

    await page.reload();
    await expect(page.getByRole('region', { name: 'Aware stage' })).toBeAttached();
    expect((await getDocument(page)).tactics).toEqual([]);
  });

  test('moving a card is one undo step and selection is not', async ({ page }) => {
    await openApp(page);
    const doc = await getDocument(page);
    const first = doc.tactics[0]!;
    const card = page.locator(`.react-flow__node[data-id="${first.id}"]`);
    const box = (await card.boundingBox())!;
    await card.click();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 120, { steps: 10 });
    await page.mouse.up();
    const moved = (await getDocument(page)).tactics.find((t) => t.id === first.id)!;
    expect(moved.position.y).toBeGreaterThan(first.position.y);
    expect(await page.evaluate(() => window.cvjDebug!.historySize())).toBe(1);

    await page.getByRole('button', { name: 'Undo' }).click();
    const undone = (await getDocument(page)).tactics.find((t) => t.id === first.id)!;
    expect(undone.position).toEqual(first.position);
  });
});
