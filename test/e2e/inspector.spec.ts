import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Tactic } from '../../shared/model/types';
import { edgePoint, getDocument, openApp, watchForErrors, zoomToDetails } from './helpers';

/**
 * The inspector, used the way a strategist uses it in a workshop: click a card, type, undo,
 * select several cards, label a connection, open a link. Needs <Inspector /> mounted in App.
 */

const SHOTS = 'test-results/screenshots';

function card(page: Page, id: string): Locator {
  return page.locator(`.react-flow__node[data-id="${id}"]`);
}

function inspector(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Inspector' });
}

async function historySize(page: Page): Promise<number> {
  return page.evaluate(() => window.cvjDebug?.historySize() ?? -1);
}

async function starterCards(page: Page): Promise<Tactic[]> {
  const doc = await getDocument(page);
  expect(doc.tactics).toHaveLength(8);
  return doc.tactics;
}

async function tacticIn(page: Page, id: string): Promise<Tactic | undefined> {
  return (await getDocument(page)).tactics.find((t) => t.id === id);
}

/** Records every window the page opens, so a test can prove that nothing was opened. */
function watchPopups(page: Page): string[] {
  const opened: string[] = [];
  page.on('popup', (popup) => opened.push(popup.url()));
  page.context().on('page', (other) => {
    if (other !== page) opened.push(`page:${other.url()}`);
  });
  return opened;
}

test.describe('inspector', () => {
  test('is hidden until something is selected, and gives the canvas its room back', async ({
    page,
  }) => {
    await openApp(page);
    await expect(inspector(page)).toHaveCount(0);
    const canvasWidth = (await page.getByTestId('canvas').boundingBox())!.width;
    const [first] = await starterCards(page);
    await card(page, first!.id).click();
    await expect(inspector(page)).toBeVisible();
    expect((await page.getByTestId('canvas').boundingBox())!.width).toBeLessThan(canvasWidth - 300);
    await inspector(page).getByRole('button', { name: 'Close inspector' }).click();
    await expect(inspector(page)).toHaveCount(0);
    expect((await page.getByTestId('canvas').boundingBox())!.width).toBeCloseTo(canvasWidth, 0);
  });

  test('keeps a card at the right edge in sight when the panel opens', async ({ page }) => {
    await openApp(page);
    const cards = await starterCards(page);
    const last = cards.find((t) => t.stage === 'promote')!;
    await card(page, last.id).click();
    await expect(inspector(page)).toBeVisible();
    // The pan is animated; wait until the card sits left of the panel.
    await expect
      .poll(async () => {
        const box = (await card(page, last.id).boundingBox())!;
        const panel = (await inspector(page).boundingBox())!;
        return box.x + box.width <= panel.x;
      })
      .toBe(true);
  });

  test('follows the card chosen next without closing in between: a click, a card added from the library', async ({
    page,
  }) => {
    await openApp(page);
    const [first, second] = await starterCards(page);
    await card(page, first!.id).click();
    const panel = inspector(page);
    await expect(panel.getByLabel('Title')).toHaveValue(first!.title);
    // Every frame, whether the panel is there: it must never close while a card is selected.
    await page.evaluate(() => {
      const w = window as unknown as { inspectorGone: number };
      w.inspectorGone = 0;
      const check = () => {
        if (!document.querySelector('.cvj-inspector')) w.inspectorGone++;
        requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
    const canvasWidth = (await page.getByTestId('canvas').boundingBox())!.width;
    await card(page, second!.id).click();
    await expect(panel.getByLabel('Title')).toHaveValue(second!.title);
    await page
      .getByRole('complementary', { name: 'Tactic library' })
      .getByRole('button', { name: 'Webinar', exact: true })
      .click();
    const added = (await getDocument(page)).tactics.at(-1)!;
    expect(added.title).toBe('Webinar');
    await expect(panel.getByLabel('Title')).toHaveValue('Webinar');
    await expect(card(page, added.id)).toHaveClass(/selected/);
    expect(await page.evaluate(() => (window as unknown as { inspectorGone: number }).inspectorGone)).toBe(0);
    expect((await page.getByTestId('canvas').boundingBox())!.width).toBeCloseTo(canvasWidth, 0);
  });

  test('edits one card as you type, one undo step per field edit', async ({ page }) => {
    const errors = watchForErrors(page);
    await openApp(page);
    const target = (await starterCards(page)).find((t) => t.stage === 'subscribe')!;
    const panel = inspector(page);

    await card(page, target.id).click();
    const title = panel.getByLabel('Title');
    await expect(title).toHaveValue(target.title);
    await expect(panel.locator('.cvj-inspector__stage')).toContainText('Subscribe');
    await expect(panel.getByRole('heading', { name: 'Lead magnet' })).toBeVisible();

    // Title, typed key by key: the canvas follows every keystroke, history grows by one.
    const before = await historySize(page);
    await title.click();
    await title.press('Control+A');
    await title.pressSequentially('Free pricing guide', { delay: 15 });
    await expect(card(page, target.id).locator('.cvj-card__title')).toHaveText(
      'Free pricing guide',
    );
    expect((await tacticIn(page, target.id))?.title).toBe('Free pricing guide');
    expect(await historySize(page)).toBe(before + 1);

    // The toolbar's Undo takes the whole title edit back at once.
    await page.getByRole('button', { name: 'Undo' }).click();
    expect((await tacticIn(page, target.id))?.title).toBe(target.title);
    expect(await historySize(page)).toBe(before);
    await expect(card(page, target.id).locator('.cvj-card__title')).toHaveText(target.title);
    await expect(title).toHaveValue(target.title);

    // Notes over several lines; the box grows with them.
    const notes = panel.getByLabel('Notes');
    const shortHeight = (await notes.boundingBox())!.height;
    await notes.click();
    await notes.press('Control+A');
    await notes.pressSequentially('Checklist: 10 questions to ask', { delay: 5 });
    for (const line of [
      'Gate it behind the email form',
      'Promote it on the blog',
      'Review opt-in rate weekly',
      'Owner: content team',
    ]) {
      await notes.press('Enter');
      await notes.pressSequentially(line, { delay: 5 });
    }
    const typedNotes =
      'Checklist: 10 questions to ask\nGate it behind the email form\nPromote it on the blog\nReview opt-in rate weekly\nOwner: content team';
    expect((await tacticIn(page, target.id))?.notes).toBe(typedNotes);
    expect((await notes.boundingBox())!.height).toBeGreaterThan(shortHeight + 40);
    expect(await historySize(page)).toBe(before + 1);

    // Escape hands the keyboard back to the card; Control+Z there undoes the notes in one step.
    await notes.press('Escape');
    await expect(card(page, target.id)).toBeFocused();
    await page.keyboard.press('Control+Z');
    expect((await tacticIn(page, target.id))?.notes).toBe(target.notes);
    expect(await historySize(page)).toBe(before);

    // Enter on the card puts the caret in the title, its text selected, ready to type over.
    await page.keyboard.press('Enter');
    await expect(title).toBeFocused();
    expect(
      await title.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd]),
    ).toEqual([0, target.title.length]);

    // Status Live: the card gets its badge (shown close enough to read it).
    await panel.getByLabel('Status').selectOption('live');
    await zoomToDetails(page, target.id);
    await expect(card(page, target.id).locator('.cvj-badge--live')).toHaveText(/live/i);
    expect((await tacticIn(page, target.id))?.status).toBe('live');

    // Owner shows as a badge; clearing it removes the field, not an empty string.
    const owner = panel.getByLabel('Owner');
    await owner.fill('Dana');
    await expect(card(page, target.id).locator('.cvj-badge', { hasText: 'Dana' })).toBeVisible();
    await owner.fill('');
    expect(await tacticIn(page, target.id)).not.toHaveProperty('owner');
    expect(errors).toEqual([]);
  });

  test('checks numbers as they are typed and applies only valid ones', async ({ page }) => {
    await openApp(page);
    const target = (await starterCards(page)).find((t) => t.stage === 'convert')!;
    await card(page, target.id).click();
    const panel = inspector(page);
    const cost = panel.getByLabel('Cost', { exact: true });
    const rate = panel.getByLabel('Expected conversion rate (%)');

    await cost.pressSequentially('12a');
    await expect(panel.getByRole('alert')).toHaveText(/Cost must be a number/);
    await expect(cost).toHaveAttribute('aria-invalid', 'true');
    expect((await tacticIn(page, target.id))?.cost).toBe(12); // "12" was valid on the way
    await cost.press('Backspace');
    await cost.pressSequentially('50');
    await expect(panel.getByRole('alert')).toHaveCount(0);
    expect((await tacticIn(page, target.id))?.cost).toBe(1250);

    await cost.fill('-5');
    await expect(panel.getByRole('alert')).toHaveText(/less than 0/);
    expect((await tacticIn(page, target.id))?.cost).toBe(1250);

    // Empty clears the field.
    await cost.fill('');
    expect(await tacticIn(page, target.id)).not.toHaveProperty('cost');

    await rate.fill('150');
    await expect(panel.getByRole('alert')).toHaveText(/more than 100/);
    expect(await tacticIn(page, target.id)).not.toHaveProperty('conversionRate');
    await rate.fill('25%');
    expect((await tacticIn(page, target.id))?.conversionRate).toBe(25);
    // Leaving the field shows the stored value.
    await rate.press('Tab');
    await expect(rate).toHaveValue('25');
  });

  test('edits several cards at once', async ({ page }) => {
    await openApp(page);
    const cards = await starterCards(page);
    const [a, b] = [cards[1]!, cards[2]!];
    const panel = inspector(page);

    await card(page, a.id).click();
    await panel.getByLabel('Status').selectOption('planned');
    await card(page, b.id).click({ modifiers: ['Shift'] });
    await expect(panel.getByRole('heading', { name: '2 tactics selected' })).toBeVisible();
    // Only one of them is planned: the field says so instead of picking one.
    await expect(panel.getByLabel('Status').locator('option:checked')).toHaveText('Mixed');

    const before = await historySize(page);
    const owner = panel.getByLabel('Owner');
    await owner.click();
    await owner.pressSequentially('Dana', { delay: 15 });
    await zoomToDetails(page, a.id);
    for (const id of [a.id, b.id]) {
      expect((await tacticIn(page, id))?.owner).toBe('Dana');
      await expect(card(page, id).locator('.cvj-badge', { hasText: 'Dana' })).toBeVisible();
    }
    expect(await historySize(page)).toBe(before + 1);

    await panel.getByLabel('Status').selectOption('live');
    for (const id of [a.id, b.id]) expect((await tacticIn(page, id))?.status).toBe('live');
    expect(await historySize(page)).toBe(before + 2);

    await panel.getByRole('button', { name: 'Delete 2 tactics' }).click();
    const doc = await getDocument(page);
    expect(doc.tactics.map((t) => t.id)).not.toContain(a.id);
    expect(doc.tactics.map((t) => t.id)).not.toContain(b.id);
    await expect(inspector(page)).toHaveCount(0);
  });

  test('labels a connection and explains a flagged one', async ({ page }) => {
    const errors = watchForErrors(page);
    await openApp(page);
    const doc = await getDocument(page);
    const edge = doc.connections[2]!;
    const titleOf = (id: string) => doc.tactics.find((t) => t.id === id)!.title;
    const panel = inspector(page);

    const mid = await edgePoint(page, edge.id);
    await page.mouse.click(mid.x, mid.y);
    await expect(panel.getByRole('heading', { name: 'Connection' })).toBeVisible();
    await expect(panel.getByText(titleOf(edge.source), { exact: true })).toBeVisible();
    await expect(panel.getByText(titleOf(edge.target), { exact: true })).toBeVisible();

    const before = await historySize(page);
    const label = panel.getByLabel('Label');
    await label.click();
    await label.pressSequentially('opt-in 25%', { delay: 15 });
    await expect(page.locator(`.cvj-edge-label[data-edge-id="${edge.id}"]`)).toHaveText(
      'opt-in 25%',
    );
    expect((await getDocument(page)).connections.find((c) => c.id === edge.id)?.label).toBe(
      'opt-in 25%',
    );
    expect(await historySize(page)).toBe(before + 1);

    // Draw Aware -> Convert (skips two stages): the inspector says why it is flagged. Convert
    // moves down first, so the new arrow does not run hidden behind the row of cards.
    const aware = doc.tactics.find((t) => t.stage === 'aware')!;
    const convert = doc.tactics.find((t) => t.stage === 'convert')!;
    const box = (await card(page, convert.id).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height * 4, { steps: 10 });
    await page.mouse.up();
    const from = (await card(page, aware.id).locator('.react-flow__handle.source').boundingBox())!;
    const to = (await card(page, convert.id).locator('.react-flow__handle.target').boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
    await page.mouse.up();
    const skip = (await getDocument(page)).connections.find(
      (c) => c.source === aware.id && c.target === convert.id,
    );
    expect(skip, 'the new connection').toBeTruthy();
    const skipMid = await edgePoint(page, skip!.id);
    await page.mouse.click(skipMid.x, skipMid.y);
    await expect(panel.getByText(/skipping 2 stages \(Engage and Subscribe\)/)).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/inspector-flagged-connection-1280.png` });

    await panel.getByRole('button', { name: 'Delete connection' }).click();
    expect((await getDocument(page)).connections.map((c) => c.id)).not.toContain(skip!.id);
    expect(errors).toEqual([]);
  });

  test('opens a link only through a confirmation, and only a web or mail link', async ({
    page,
  }) => {
    await openApp(page);
    const opened = watchPopups(page);
    // The browser build opens links with window.open: answer example.com locally (no network).
    await page
      .context()
      .route('https://example.com/**', (route) => route.fulfill({ body: 'example' }));
    const target = (await starterCards(page))[0]!;
    await card(page, target.id).click();
    const panel = inspector(page);
    const link = panel.getByLabel('Link');
    const open = panel.getByRole('button', { name: 'Open link' });

    await expect(open).toBeDisabled();
    await link.fill('javascript:alert(1)');
    expect((await tacticIn(page, target.id))?.link).toBe('javascript:alert(1)');
    await expect(open).toBeDisabled();
    await expect(
      panel.getByText('Only http, https and mailto links can be opened, not javascript: links.'),
    ).toBeVisible();
    await link.fill('file:///etc/passwd');
    await expect(open).toBeDisabled();

    await link.fill('https://example.com');
    await expect(open).toBeEnabled();
    await open.click();
    const dialog = page.getByRole('dialog', { name: 'Open link?' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Open https://example.com/ in your browser?');
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.screenshot({ path: `${SHOTS}/inspector-open-link-1280.png` });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(open).toBeFocused();
    await page.waitForTimeout(300);
    expect(opened).toEqual([]);

    // Escape cancels too, and leaves the selection alone.
    await open.click();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(panel).toBeVisible();
    expect(opened).toEqual([]);

    // Confirmed: exactly that URL, in a new window of the browser.
    await open.click();
    const popup = page.waitForEvent('popup');
    await dialog.getByRole('button', { name: 'Open', exact: true }).click();
    expect((await popup).url()).toBe('https://example.com/');
  });

  for (const size of [
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
  ]) {
    test(`looks right at ${size.width}x${size.height}`, async ({ page }) => {
      await page.setViewportSize(size);
      await openApp(page);
      const doc = await getDocument(page);
      const [first, second] = [doc.tactics[2]!, doc.tactics[3]!];
      const panel = inspector(page);

      await card(page, first.id).click();
      await panel.getByLabel('Owner').fill('Dana');
      await panel.getByLabel('Status').selectOption('live');
      await panel.getByLabel('Cost', { exact: true }).fill('1500');
      await panel.getByLabel('Expected conversion rate (%)').fill('25');
      await panel.getByLabel('Link').fill('https://example.com/pricing-guide');
      await panel.getByLabel('Title').focus();
      await page.screenshot({ path: `${SHOTS}/inspector-card-${size.width}.png` });

      await card(page, second.id).click({ modifiers: ['Shift'] });
      await expect(panel.getByRole('heading', { name: '2 tactics selected' })).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/inspector-multi-${size.width}.png` });

      const edge = doc.connections[3]!;
      await page.locator('.react-flow__pane').click({ position: { x: 120, y: size.height - 260 } });
      const mid = await edgePoint(page, edge.id);
      await page.mouse.click(mid.x, mid.y);
      await panel.getByLabel('Label').fill('opt-in 25%');
      await page.screenshot({ path: `${SHOTS}/inspector-connection-${size.width}.png` });

      // Projector rules: labels >= 14px, inputs >= 16px, controls >= 36px tall.
      await card(page, first.id).click();
      const sizes = await panel.evaluate((root) => ({
        labels: [...root.querySelectorAll('label')].map((el) =>
          parseFloat(getComputedStyle(el).fontSize),
        ),
        inputs: [...root.querySelectorAll('input, select, textarea')].map((el) =>
          parseFloat(getComputedStyle(el).fontSize),
        ),
        heights: [...root.querySelectorAll('input, select, textarea, button')].map(
          (el) => el.getBoundingClientRect().height,
        ),
      }));
      expect(Math.min(...sizes.labels)).toBeGreaterThanOrEqual(14);
      expect(Math.min(...sizes.inputs)).toBeGreaterThanOrEqual(16);
      expect(Math.min(...sizes.heights)).toBeGreaterThanOrEqual(36);
    });
  }
});
