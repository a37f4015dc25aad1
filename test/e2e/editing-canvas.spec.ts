import { expect, test, type Page } from '@playwright/test';
import { cardCentre, connectCards, drag, getDocument, openApp, pointInLane, selectedIds, viewport, watchForErrors } from './helpers';

const history = (page: Page) => page.evaluate(() => window.cvjDebug!.historySize());

test.describe('editing on the canvas', () => {
  test('connects cards, warns on a skipped stage, and refuses duplicates and self-connections', async ({ page }) => {
    const errors = watchForErrors(page);
    await openApp(page);
    const doc = await getDocument(page);
    const byStage = Object.fromEntries(doc.tactics.map((t) => [t.stage, t]));

    // Aware -> Subscribe skips one stage: a normal connection.
    await connectCards(page, byStage.aware!.id, byStage.subscribe!.id);
    // Aware -> Excite skips three: drawn as a warning that explains itself on hover.
    await connectCards(page, byStage.aware!.id, byStage.excite!.id);
    let after = await getDocument(page);
    expect(after.connections).toHaveLength(9);
    const skip = after.connections.find((c) => c.source === byStage.aware!.id && c.target === byStage.excite!.id)!;
    const badge = page.locator(`.cvj-edge-label[data-edge-id="${skip.id}"]`);
    await expect(badge).toHaveClass(/cvj-edge-label--flagged/);
    await expect(badge).toHaveAttribute('title', /skip/i);
    await expect(page.locator('.cvj-edge-label--flagged')).toHaveCount(1);

    // Promote -> Aware is the expected referral loop: not flagged.
    await connectCards(page, byStage.promote!.id, byStage.aware!.id);
    await expect(page.locator('.cvj-edge-label--flagged')).toHaveCount(1);

    // Duplicate and self-connections are refused.
    await connectCards(page, byStage.aware!.id, byStage.excite!.id);
    await connectCards(page, byStage.engage!.id, byStage.engage!.id);
    after = await getDocument(page);
    expect(after.connections).toHaveLength(10);

    // The warning is not hidden behind the cards it jumps over: it is what the pointer finds.
    const badgeBox = (await badge.boundingBox())!;
    const centre = { x: badgeBox.x + badgeBox.width / 2, y: badgeBox.y + badgeBox.height / 2 };
    const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('.cvj-edge-label')?.getAttribute('data-edge-id'), centre);
    expect(hit).toBe(skip.id);
    // Looked at: zoomed in on the warning (wheel zoom centres on the pointer), inspector closed.
    await page.keyboard.press('Escape');
    await page.mouse.move(centre.x, centre.y);
    for (let i = 0; i < 6 && (await viewport(page)).zoom < 0.95; i++) {
      await page.mouse.wheel(0, -200);
      await page.waitForTimeout(120);
    }
    const near = (await badge.boundingBox())!;
    await page.mouse.move(near.x + near.width / 2, near.y + near.height / 2);
    await page.screenshot({ path: 'test-results/screenshots/skip-warning-1280.png' });
    expect(errors).toEqual([]);
  });

  test('dragging a connection’s end onto another card reconnects it, in one undo step', async ({ page }) => {
    const errors = watchForErrors(page);
    await openApp(page);
    const doc = await getDocument(page);
    const byStage = Object.fromEntries(doc.tactics.map((t) => [t.stage, t]));
    const edge = doc.connections.find((c) => c.source === byStage.aware!.id && c.target === byStage.engage!.id)!;
    expect(edge).toBeDefined();

    // The end of the arrow, where it meets the Engage card, is a grip; drop it on Subscribe.
    const grip = page.locator(`.react-flow__edge[data-id="${edge.id}"] .react-flow__edgeupdater-target`);
    const from = (await grip.boundingBox())!;
    const to = (await page.locator(`.react-flow__node[data-id="${byStage.subscribe!.id}"] .react-flow__handle.target`).boundingBox())!;
    await drag(page, { x: from.x + from.width / 2, y: from.y + from.height / 2 }, { x: to.x + to.width / 2, y: to.y + to.height / 2 });

    const after = await getDocument(page);
    expect(after.connections.find((c) => c.id === edge.id)).toMatchObject({ source: byStage.aware!.id, target: byStage.subscribe!.id });
    expect(after.connections).toHaveLength(doc.connections.length);
    expect(await history(page)).toBe(1);
    await page.keyboard.press('Control+Z');
    expect((await getDocument(page)).connections).toEqual(doc.connections);
    expect(errors).toEqual([]);
  });

  test('dragging a card to another lane changes its stage, in one undo step', async ({ page }) => {
    await openApp(page);
    const doc = await getDocument(page);
    const blog = doc.tactics.find((t) => t.stage === 'aware')!;
    const from = await cardCentre(page, blog.id);
    const to = await pointInLane(page, 'Engage', 300);
    await drag(page, from, to);
    const moved = (await getDocument(page)).tactics.find((t) => t.id === blog.id)!;
    expect(moved.stage).toBe('engage');
    expect(await history(page)).toBe(1);
    await page.keyboard.press('Control+Z');
    expect((await getDocument(page)).tactics.find((t) => t.id === blog.id)!.stage).toBe('aware');
  });

  test('delete removes a card and its connections; undo brings them back', async ({ page }) => {
    await openApp(page);
    const doc = await getDocument(page);
    const lead = doc.tactics.find((t) => t.stage === 'subscribe')!;
    await page.locator(`.react-flow__node[data-id="${lead.id}"]`).click();
    await page.keyboard.press('Delete');
    let after = await getDocument(page);
    expect(after.tactics.map((t) => t.id)).not.toContain(lead.id);
    expect(after.connections).toHaveLength(5);
    await expect(page.locator('.react-flow__node')).toHaveCount(7);

    await page.keyboard.press('Control+Z');
    after = await getDocument(page);
    expect(after).toEqual(doc);
    await expect(page.locator('.react-flow__node')).toHaveCount(8);
    await page.keyboard.press('Control+Shift+Z');
    expect((await getDocument(page)).tactics).toHaveLength(7);
    await page.keyboard.press('Control+Y');
    await page.keyboard.press('Control+Z');
    expect((await getDocument(page)).tactics).toHaveLength(8);
  });

  test('copy and paste at the pointer, cut, and duplicate', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openApp(page);
    const doc = await getDocument(page);
    const [aware, engage] = [doc.tactics.find((t) => t.stage === 'aware')!, doc.tactics.find((t) => t.stage === 'engage')!];

    // Select two connected cards, copy, paste over the Excite lane.
    await page.locator(`.react-flow__node[data-id="${aware.id}"]`).click();
    await page.locator(`.react-flow__node[data-id="${engage.id}"]`).click({ modifiers: ['Shift'] });
    await page.keyboard.press('Control+C');
    const target = await pointInLane(page, 'Excite', 330);
    await page.mouse.move(target.x, target.y);
    await page.keyboard.press('Control+V');
    // Pasting reads (checks) the clipboard asynchronously: the cards land a moment later.
    await expect.poll(async () => (await getDocument(page)).tactics.length).toBe(10);
    let after = await getDocument(page);
    const pasted = after.tactics.slice(8);
    expect(pasted.map((t) => t.title)).toEqual([aware.title, engage.title]);
    expect(pasted.map((t) => t.stage)).toEqual(['excite', 'ascend']);
    // The connection between the two copies came along.
    expect(after.connections.some((c) => c.source === pasted[0]!.id && c.target === pasted[1]!.id)).toBe(true);

    // Duplicate the pasted pair (they are selected after a paste).
    await page.keyboard.press('Control+D');
    after = await getDocument(page);
    expect(after.tactics).toHaveLength(12);

    // Cut removes; paste puts back.
    await page.keyboard.press('Control+X');
    expect((await getDocument(page)).tactics).toHaveLength(10);
    await page.mouse.move(target.x, target.y + 200);
    await page.keyboard.press('Control+V');
    await expect.poll(async () => (await getDocument(page)).tactics.length).toBe(12);
  });

  test('rubber-band selection with Shift, select all, and the shortcuts sheet', async ({ page }) => {
    await openApp(page);
    const first = await pointInLane(page, 'Aware', 100);
    const fourth = await pointInLane(page, 'Convert', 240);
    await page.keyboard.down('Shift');
    await drag(page, { x: first.x - 60, y: first.y }, fourth);
    await page.keyboard.up('Shift');
    await expect(page.locator('.react-flow__node.selected')).toHaveCount(4);

    await page.keyboard.press('Escape');
    await expect(page.locator('.react-flow__node.selected')).toHaveCount(0);
    await page.keyboard.press('Control+A');
    await expect.poll(async () => (await selectedIds(page)).length).toBe(8);

    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(sheet).toBeVisible();
    await expect(sheet).toContainText('Duplicate the selection');
    await page.screenshot({ path: 'test-results/screenshots/shortcuts-1280.png' });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: 'test-results/screenshots/shortcuts-1920.png' });
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
  });
});
