import { expect, test, type Locator, type Page } from '@playwright/test';
import { parseJourneyFile, serializeJourneyFile } from '../../shared/file';
import { getDocument, openApp, viewportSettled, watchForErrors } from './helpers';

const SHOTS = 'test-results/screenshots';

function palette(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Tactic library' });
}

/** A palette group (section) by its header's name: "4. Convert, 11 tactics". */
function group(page: Page, name: string): Locator {
  return palette(page)
    .locator('section')
    .filter({
      has: page.getByRole('button', { name: new RegExp(`^(\\d\\. )?${name}, \\d+ tactics?$`) }),
    });
}

function groupHeader(page: Page, name: string): Locator {
  return palette(page).getByRole('button', {
    name: new RegExp(`^(\\d\\. )?${name}, \\d+ tactics?$`),
  });
}

/** A point inside a lane, below its header, in the visible part of the canvas. */
async function pointInLane(
  page: Page,
  stage: string,
  fraction = 0.8,
): Promise<{ x: number; y: number }> {
  const lane = (await page.getByRole('region', { name: `${stage} stage` }).boundingBox())!;
  const canvas = (await page.getByTestId('canvas').boundingBox())!;
  return { x: lane.x + lane.width / 2, y: canvas.y + canvas.height * fraction };
}

test.describe('palette', () => {
  test('search filters by name and description; Enter adds the best hit; Escape clears', async ({
    page,
  }) => {
    const errors = watchForErrors(page);
    await openApp(page);
    const search = palette(page).getByRole('searchbox', { name: 'Search tactics' });
    await expect(search).toBeVisible();
    for (const stage of [
      'Aware',
      'Engage',
      'Subscribe',
      'Convert',
      'Excite',
      'Ascend',
      'Advocate',
      'Promote',
    ]) {
      await expect(groupHeader(page, stage)).toHaveAttribute('aria-expanded', 'true');
    }
    await page.screenshot({ path: `${SHOTS}/palette-1280.png` });

    await search.fill('webinar');
    // Webinar by name (Convert), Lead magnet by its description (Subscribe); nothing else.
    await expect(
      group(page, 'Convert').getByRole('button', { name: 'Webinar', exact: true }),
    ).toBeVisible();
    await expect(
      group(page, 'Subscribe').getByRole('button', { name: 'Lead magnet', exact: true }),
    ).toBeVisible();
    await expect(groupHeader(page, 'Convert')).toHaveAttribute('aria-expanded', 'true');
    await expect(groupHeader(page, 'Subscribe')).toHaveAttribute('aria-expanded', 'true');
    for (const stage of ['Aware', 'Engage', 'Excite', 'Ascend', 'Advocate', 'Promote']) {
      await expect(groupHeader(page, stage)).toHaveCount(0);
    }
    await expect(palette(page).getByRole('button', { name: 'Free trial' })).toHaveCount(0);
    const webinar = palette(page).getByRole('button', { name: 'Webinar', exact: true });
    await expect(webinar).toHaveAccessibleDescription(
      'An hour of live teaching that ends with an offer.',
    );
    await expect(webinar).toHaveAttribute(
      'title',
      'An hour of live teaching that ends with an offer.',
    );
    await page.screenshot({ path: `${SHOTS}/palette-search-1280.png` });

    // Enter takes the best-ranked hit (a name match), not the first group on screen.
    const before = await getDocument(page);
    await search.press('Enter');
    // Cards off screen (here behind the inspector that opens for the new card) are not in the
    // DOM, so count the document's tactics and check the new card itself is on screen.
    await expect.poll(async () => (await getDocument(page)).tactics.length).toBe(before.tactics.length + 1);
    const added = (await getDocument(page)).tactics.at(-1)!;
    await expect(page.locator(`.react-flow__node[data-id="${added.id}"]`)).toBeVisible();
    expect(added).toMatchObject({ kind: 'convert.webinar', stage: 'convert', title: 'Webinar' });

    // Case and accents do not matter; every word must match.
    await search.fill('SÉO');
    await expect(palette(page).getByRole('button', { name: 'SEO', exact: true })).toBeVisible();
    await search.fill('free trial');
    await expect(
      palette(page).getByRole('button', { name: 'Free trial', exact: true }),
    ).toBeVisible();
    await expect(palette(page).getByRole('button', { name: 'Coupon' })).toHaveCount(0);

    await search.press('Escape');
    await expect(search).toHaveValue('');
    await expect(groupHeader(page, 'Aware')).toBeVisible();
    await expect(palette(page).getByRole('button', { name: 'Coupon', exact: true })).toBeVisible();

    // Nothing found: say so, and offer to make it a tactic of the journey's own.
    await search.fill('zeppelin');
    await expect(palette(page).getByText('No tactic matches “zeppelin”.')).toBeVisible();
    await expect(palette(page).getByRole('button', { name: 'Create “zeppelin”' })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('clicking or pressing Enter on an item adds it to its stage', async ({ page }) => {
    await openApp(page);
    const before = (await getDocument(page)).tactics.length;
    await palette(page).getByRole('button', { name: 'Referral program', exact: true }).click();
    await expect.poll(async () => (await getDocument(page)).tactics.length).toBe(before + 1);
    expect((await getDocument(page)).tactics.at(-1)).toMatchObject({
      kind: 'promote.referral-program',
      stage: 'promote',
    });

    const coupon = palette(page).getByRole('button', { name: 'Coupon', exact: true });
    await coupon.focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await getDocument(page)).tactics.length).toBe(before + 2);
    expect((await getDocument(page)).tactics.at(-1)).toMatchObject({
      kind: 'convert.coupon',
      stage: 'convert',
    });
  });

  for (const size of [
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
  ]) {
    test(`a card added at the foot of a long lane is shown clear of the minimap at ${size.width}x${size.height}`, async ({ page }) => {
      await page.setViewportSize(size);
      await openApp(page);
      const item = palette(page).getByRole('button', { name: 'Referral program', exact: true });
      // Promote is the lane under the minimap; each add goes below its lowest card.
      for (let i = 0; i < 14; i++) {
        const before = (await getDocument(page)).tactics.length;
        await item.click();
        await expect.poll(async () => (await getDocument(page)).tactics.length).toBe(before + 1);
        await viewportSettled(page);
        const id = (await getDocument(page)).tactics.at(-1)!.id;
        const card = (await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox())!;
        // Measured each time: the inspector, opened by the first add, narrows the canvas.
        const minimap = (await page.getByTestId('minimap').boundingBox())!;
        const canvas = (await page.getByTestId('canvas').boundingBox())!;
        const overlaps =
          card.x < minimap.x + minimap.width &&
          card.x + card.width > minimap.x &&
          card.y < minimap.y + minimap.height &&
          card.y + card.height > minimap.y;
        expect(overlaps, `card ${i + 1} under the minimap`).toBe(false);
        expect(card.y + card.height).toBeLessThanOrEqual(canvas.y + canvas.height);
      }
      await page.screenshot({ path: `${SHOTS}/palette-add-clear-of-minimap-${size.width}.png` });
    });
  }

  test('groups collapse, and the whole panel folds to a rail', async ({ page }) => {
    await openApp(page);
    const convert = groupHeader(page, 'Convert');
    await convert.click();
    await expect(convert).toHaveAttribute('aria-expanded', 'false');
    await expect(palette(page).getByRole('button', { name: 'Webinar', exact: true })).toBeHidden();
    await convert.press('Enter');
    await expect(convert).toHaveAttribute('aria-expanded', 'true');
    await expect(palette(page).getByRole('button', { name: 'Webinar', exact: true })).toBeVisible();

    const canvasWidth = (await page.getByTestId('canvas').boundingBox())!.width;
    const hide = palette(page).getByRole('button', { name: 'Hide library' });
    await hide.click();
    const show = palette(page).getByRole('button', { name: 'Show library' });
    await expect(show).toBeFocused();
    await expect(palette(page).getByRole('searchbox')).toHaveCount(0);
    expect((await palette(page).boundingBox())!.width).toBeLessThan(60);
    await expect
      .poll(async () => (await page.getByTestId('canvas').boundingBox())!.width)
      .toBeGreaterThan(canvasWidth + 200);
    await page.screenshot({ path: `${SHOTS}/palette-rail-1280.png` });
    await page.keyboard.press('Enter');
    await expect(palette(page).getByRole('searchbox', { name: 'Search tactics' })).toBeVisible();
  });

  test('dragging an item onto the Convert lane adds a card there', async ({ page }) => {
    const errors = watchForErrors(page);
    await openApp(page);
    const before = (await getDocument(page)).tactics.length;
    const lane = page.getByRole('region', { name: 'Convert stage' });
    const laneBox = (await lane.boundingBox())!;
    // Above the minimap's top edge (at 75 % the card's corner would be under the minimap once
    // the inspector opens and narrows the canvas, and the view would lift it clear).
    const drop = await pointInLane(page, 'Convert', 0.6);

    // An Engage tactic: where it lands decides its stage, not where the library files it.
    // The lanes are a background layer (no pointer events of their own), hence `force`.
    await palette(page)
      .getByRole('button', { name: 'Case studies', exact: true })
      .dragTo(lane, {
        targetPosition: { x: drop.x - laneBox.x, y: drop.y - laneBox.y },
        force: true,
      });

    await expect.poll(async () => (await getDocument(page)).tactics.length).toBe(before + 1);
    const added = (await getDocument(page)).tactics.at(-1)!;
    expect(added).toMatchObject({
      kind: 'engage.case-studies',
      stage: 'convert',
      title: 'Case studies',
    });
    const card = (await page.locator(`.react-flow__node[data-id="${added.id}"]`).boundingBox())!;
    expect(card.x).toBeGreaterThanOrEqual(laneBox.x);
    expect(card.x + card.width).toBeLessThanOrEqual(laneBox.x + laneBox.width);
    // Centred on the drop point, give or take the grid snap.
    expect(Math.abs(card.y + card.height / 2 - drop.y)).toBeLessThan(12);
    expect(errors).toEqual([]);
  });
});

test.describe('custom tactics', () => {
  test('are created through the dialog, saved with the journey, and can be edited and deleted', async ({
    page,
  }) => {
    const errors = watchForErrors(page);
    await openApp(page);
    const opener = palette(page).getByRole('button', { name: 'New custom tactic' });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'New custom tactic' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('textbox', { name: 'Name' })).toBeFocused();

    // A name is required.
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('Give the tactic a name.');
    await expect(dialog.getByRole('textbox', { name: 'Name' })).toBeFocused();

    await dialog.getByRole('textbox', { name: 'Name' }).fill('Partner podcast');
    await dialog.getByRole('combobox', { name: 'Stage' }).selectOption({ label: '2. Engage' });
    await dialog.getByRole('radio', { name: 'Rocket' }).check();
    await dialog.getByRole('radio', { name: 'Violet' }).check();
    await dialog
      .getByRole('textbox', { name: 'Description (optional)' })
      .fill('A guest spot on a partner’s podcast.');
    await page.screenshot({ path: `${SHOTS}/custom-dialog-1280.png` });
    await dialog.getByRole('textbox', { name: 'Description (optional)' }).press('Enter');

    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
    const item = group(page, 'In this journey').getByRole('button', {
      name: 'Partner podcast',
      exact: true,
    });
    await expect(item).toBeVisible();
    await expect(item).toHaveAccessibleDescription('A guest spot on a partner’s podcast.');

    const doc = await getDocument(page);
    expect(doc.customTactics).toHaveLength(1);
    const def = doc.customTactics[0]!;
    expect(def).toMatchObject({
      name: 'Partner podcast',
      stage: 'engage',
      icon: 'rocket',
      color: '#7c3aed',
      description: 'A guest spot on a partner’s podcast.',
    });
    expect(def.id).toMatch(/^custom_/);
    // What a save writes, a load reads back (the colour is plain hex, as files require).
    const reloaded = parseJourneyFile(serializeJourneyFile(doc));
    expect(reloaded.ok && reloaded.journey.customTactics).toEqual(doc.customTactics);

    // It behaves like any library item: click adds it to its stage, search finds it.
    await item.click();
    await expect.poll(async () => (await getDocument(page)).tactics.at(-1)?.kind).toBe(def.id);
    expect((await getDocument(page)).tactics.at(-1)).toMatchObject({
      stage: 'engage',
      title: 'Partner podcast',
    });
    await palette(page).getByRole('searchbox', { name: 'Search tactics' }).fill('podcast');
    await expect(groupHeader(page, 'In this journey')).toBeVisible();
    await expect(groupHeader(page, 'Engage')).toHaveCount(0);
    await palette(page).getByRole('searchbox', { name: 'Search tactics' }).press('Escape');

    // Edit.
    await palette(page).getByRole('button', { name: 'Edit Partner podcast' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit custom tactic' });
    await expect(edit.getByRole('textbox', { name: 'Name' })).toHaveValue('Partner podcast');
    await expect(edit.getByRole('radio', { name: 'Rocket' })).toBeChecked();
    await edit.getByRole('textbox', { name: 'Name' }).fill('Podcast guest spot');
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect(edit).toBeHidden();
    expect((await getDocument(page)).customTactics[0]).toMatchObject({
      id: def.id,
      name: 'Podcast guest spot',
    });

    // Delete asks first; Cancel and Escape keep it.
    const del = palette(page).getByRole('button', { name: 'Delete Podcast guest spot' });
    await del.click();
    const confirm = page.getByRole('dialog', { name: 'Delete “Podcast guest spot”?' });
    await expect(confirm).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/custom-delete-1280.png` });
    await page.keyboard.press('Escape');
    await expect(confirm).toBeHidden();
    await expect(del).toBeFocused();
    expect((await getDocument(page)).customTactics).toHaveLength(1);
    await del.click();
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(confirm).toBeHidden();
    await expect(
      palette(page).getByRole('button', { name: 'Podcast guest spot', exact: true }),
    ).toHaveCount(0);
    const after = await getDocument(page);
    expect(after.customTactics).toEqual([]);
    // Cards made from it stay on the canvas.
    expect(after.tactics.some((t) => t.kind === def.id)).toBe(true);
    await expect(palette(page).getByRole('button', { name: 'New custom tactic' })).toBeFocused();
    expect(errors).toEqual([]);
  });

  test('Escape cancels the dialog without adding anything', async ({ page }) => {
    await openApp(page);
    const opener = palette(page).getByRole('button', { name: 'New custom tactic' });
    await opener.click();
    await page.getByRole('textbox', { name: 'Name' }).fill('Never mind');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(opener).toBeFocused();
    expect((await getDocument(page)).customTactics).toEqual([]);
  });
});

test.describe('quick-add', () => {
  test('double-clicking a lane offers that stage first and adds the choice at that spot', async ({
    page,
  }) => {
    const errors = watchForErrors(page);
    await openApp(page);
    const at = await pointInLane(page, 'Convert', 0.7);
    await page.mouse.dblclick(at.x, at.y);

    const popover = page.getByRole('dialog', { name: 'Add to Convert' });
    await expect(popover).toBeVisible();
    const input = popover.getByRole('combobox', { name: 'Add to Convert' });
    await expect(input).toBeFocused();
    const options = popover.getByRole('option');
    await expect(options.first()).toHaveAccessibleName('Tripwire offer');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await page.screenshot({ path: `${SHOTS}/quickadd-1280.png` });

    // Arrow keys move the active option; the input keeps focus and points at it.
    await input.press('ArrowDown');
    await input.press('ArrowDown');
    await expect(options.nth(2)).toHaveAttribute('aria-selected', 'true');
    await expect(options.first()).toHaveAttribute('aria-selected', 'false');
    const activeId = await options.nth(2).getAttribute('id');
    await expect(input).toHaveAttribute('aria-activedescendant', activeId!);
    await input.press('ArrowUp');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');

    // Typing filters; this stage's hits come first, then other stages'.
    await input.fill('demo');
    await expect(options.first()).toHaveAccessibleName('Demo');
    await input.fill('testimonial');
    await expect(options.first()).toHaveAccessibleName('Testimonial, Advocate');
    await input.fill('demo');
    const before = (await getDocument(page)).tactics.length;
    await input.press('Enter');
    await expect(popover).toBeHidden();
    await expect.poll(async () => (await getDocument(page)).tactics.length).toBe(before + 1);
    const added = (await getDocument(page)).tactics.at(-1)!;
    expect(added).toMatchObject({ kind: 'convert.demo', stage: 'convert' });
    const card = (await page.locator(`.react-flow__node[data-id="${added.id}"]`).boundingBox())!;
    expect(Math.abs(card.y + card.height / 2 - at.y)).toBeLessThan(12);
    expect(errors).toEqual([]);
  });

  test('n opens it from the keyboard; unknown text adds a custom tactic; Escape and clicks outside close it', async ({
    page,
  }) => {
    const errors = watchForErrors(page);
    await openApp(page);
    // Click an empty spot first: nothing selected, focus on the canvas.
    const empty = await pointInLane(page, 'Ascend', 0.85);
    await page.mouse.click(empty.x, empty.y);
    await page.keyboard.press('n');
    const popover = page.getByRole('dialog', { name: /^Add to / });
    await expect(popover).toBeVisible();
    const input = popover.getByRole('combobox');
    await expect(input).toBeFocused();
    await expect(input).toHaveValue('');

    await input.fill('Podcast interview');
    const options = popover.getByRole('option');
    await expect(options).toHaveCount(1);
    await expect(options.first()).toHaveAccessibleName('Add custom “Podcast interview”');
    const before = (await getDocument(page)).tactics.length;
    await input.press('Enter');
    await expect(popover).toBeHidden();
    await expect.poll(async () => (await getDocument(page)).tactics.length).toBe(before + 1);
    expect((await getDocument(page)).tactics.at(-1)).toMatchObject({
      kind: 'custom',
      title: 'Podcast interview',
    });

    // Escape closes without adding, and focus goes back where it was: here a palette item,
    // from which n opened quick-add.
    const item = palette(page).getByRole('button', { name: 'Upsell', exact: true });
    await item.focus();
    await page.keyboard.press('n');
    await expect(popover).toBeVisible();
    await expect(input).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(popover).toBeHidden();
    await expect(item).toBeFocused();

    // Measured again, and on the left: a panel (the inspector, for the selected new card) may
    // have narrowed the canvas since.
    const lane = await pointInLane(page, 'Subscribe', 0.85);
    await page.mouse.dblclick(lane.x, lane.y);
    await expect(page.getByRole('dialog', { name: 'Add to Subscribe' })).toBeVisible();
    // A click elsewhere closes it too (and does only its own job: nothing is added).
    const elsewhere = await pointInLane(page, 'Aware', 0.85);
    await page.mouse.click(elsewhere.x, elsewhere.y);
    await expect(popover).toBeHidden();
    expect((await getDocument(page)).tactics.length).toBe(before + 1);
    expect(errors).toEqual([]);
  });

  test('keeps inside the window near its edges', async ({ page }) => {
    await openApp(page);
    const canvas = (await page.getByTestId('canvas').boundingBox())!;
    await page.mouse.dblclick(canvas.x + canvas.width - 250, canvas.y + canvas.height - 20);
    const popover = page.getByRole('dialog', { name: /^Add to / });
    await expect(popover).toBeVisible();
    const box = (await popover.boundingBox())!;
    const size = page.viewportSize()!;
    expect(box.x + box.width).toBeLessThanOrEqual(size.width);
    expect(box.y + box.height).toBeLessThanOrEqual(size.height);
    await expect(popover.getByRole('combobox')).toBeInViewport();
  });
});

test('palette, dialog and quick-add at 1920x1080', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openApp(page);
  await page.screenshot({ path: `${SHOTS}/palette-1920.png` });
  await palette(page).getByRole('searchbox', { name: 'Search tactics' }).fill('email');
  await page.screenshot({ path: `${SHOTS}/palette-search-1920.png` });
  await palette(page).getByRole('searchbox', { name: 'Search tactics' }).press('Escape');
  await palette(page).getByRole('button', { name: 'New custom tactic' }).click();
  await page.getByRole('textbox', { name: 'Name' }).fill('Partner podcast');
  await page.screenshot({ path: `${SHOTS}/custom-dialog-1920.png` });
  await page.getByRole('button', { name: 'Create' }).click();
  const at = await pointInLane(page, 'Subscribe', 0.6);
  await page.mouse.dblclick(at.x, at.y);
  await page.getByRole('combobox', { name: 'Add to Subscribe' }).fill('e');
  await page.screenshot({ path: `${SHOTS}/quickadd-1920.png` });
  expect(errors).toEqual([]);
});
