import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { getDocument, openApp, viewport, viewportSettled, wakePresenterControls } from './helpers';

/**
 * Issue 13, point 2: present mode. Started from F5, the toolbar's "Present" button or the menu
 * command; panels hidden; overview, then each stage focused; Esc puts everything back.
 */

/** CSS font size × canvas zoom of the card titles on screen (cards not hidden), smallest first. */
async function titleSizes(page: Page, stage?: string): Promise<number[]> {
  const { zoom } = await viewport(page);
  const selector = stage ? `.react-flow__node .cvj-card[data-stage="${stage}"] .cvj-card__title` : '.react-flow__node .cvj-card__title';
  const sizes = await page.locator(selector).evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
  return sizes.map((px) => px * zoom).sort((a, b) => a - b);
}

const STAGES = ['aware', 'engage', 'subscribe', 'convert', 'excite', 'ascend', 'advocate', 'promote'];

for (const size of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  test(`present mode at ${size.width}x${size.height}: overview, every stage, jumps, and back`, async ({ page }) => {
    await page.setViewportSize(size);
    await openApp(page);
    await viewportSettled(page);
    // Some editing state to come back to: a selected card, the view moved.
    await page.locator('.react-flow__node').nth(1).click();
    await expect(page.getByRole('complementary', { name: 'Inspector' })).toBeVisible();
    await viewportSettled(page);
    const before = await viewport(page);

    await page.keyboard.press('F5');
    const hud = page.getByTestId('present-hud');
    await expect(hud).toBeVisible();
    for (const hidden of ['.cvj-toolbar', '.cvj-palette', '.cvj-inspector', '.cvj-minimap', '.react-flow__controls']) {
      await expect(page.locator(hidden)).toBeHidden();
    }
    await viewportSettled(page);
    const overview = await titleSizes(page);
    expect(overview.length).toBeGreaterThan(0);
    expect(overview[0]).toBeGreaterThanOrEqual(16);
    await expect(page.getByRole('toolbar', { name: 'Presenter controls' })).toContainText('Overview');
    await page.screenshot({ path: `test-results/screenshots/present-overview-${size.width}.png` });

    // Right, Space, PageDown … through all eight stages.
    const keys = ['ArrowRight', 'Space', 'PageDown', 'ArrowRight', 'Space', 'PageDown', 'ArrowRight', 'PageDown'];
    for (const [i, key] of keys.entries()) {
      await page.keyboard.press(key);
      await viewportSettled(page);
      const stage = STAGES[i]!;
      await expect(page.getByRole('toolbar', { name: 'Presenter controls' })).toContainText(`Stage ${i + 1} of 8`);
      const sizes = await titleSizes(page, stage);
      expect(sizes.length, `cards of ${stage}`).toBeGreaterThan(0);
      expect(sizes[0]).toBeGreaterThanOrEqual(32);
      // Its cards are on screen, whole.
      for (const box of await page.locator(`.cvj-card[data-stage="${stage}"]`).evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON()))) {
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(size.width);
        expect(box.bottom).toBeLessThanOrEqual(size.height);
      }
      if (i === 2) await page.screenshot({ path: `test-results/screenshots/present-stage3-${size.width}.png` });
    }
    await expect(page.locator('.cvj-present__caption')).toContainText('Promote');
    // The end: further steps stay on Promote.
    await page.keyboard.press('PageDown');
    await expect(page.getByRole('toolbar', { name: 'Presenter controls' })).toContainText('Stage 8 of 8');
    // Back, and jumps.
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('toolbar', { name: 'Presenter controls' })).toContainText('Stage 7 of 8');
    await page.keyboard.press('PageUp');
    await expect(page.getByRole('toolbar', { name: 'Presenter controls' })).toContainText('Stage 6 of 8');
    await page.keyboard.press('Home');
    await expect(page.getByRole('toolbar', { name: 'Presenter controls' })).toContainText('Overview');
    await page.keyboard.press('End');
    await expect(page.getByRole('toolbar', { name: 'Presenter controls' })).toContainText('Stage 8 of 8');
    for (const n of [3, 1, 8, 5]) {
      await page.keyboard.press(String(n));
      await expect(page.getByRole('toolbar', { name: 'Presenter controls' })).toContainText(`Stage ${n} of 8`);
    }

    // Esc: exactly where the user was, panels back, the card still selected.
    await page.keyboard.press('Escape');
    await expect(hud).toBeHidden();
    await expect(page.locator('.cvj-toolbar')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Hide library' })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Inspector' })).toBeVisible();
    await viewportSettled(page);
    expect(await viewport(page)).toEqual(before);
  });
}

test('the toolbar button and reveal as we go', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page);
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await expect(page.getByTestId('present-hud')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Reveal as we go' }).check();
  // On the overview with nothing reached yet, no card is shown; each step brings its stage.
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await viewportSettled(page);
  await page.keyboard.press('Home');
  await viewportSettled(page);
  const stagesShown = await page.locator('.cvj-card').evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('data-stage')))]);
  expect(stagesShown).toEqual(['aware']);
  await page.screenshot({ path: 'test-results/screenshots/present-reveal-1280.png' });
  await page.keyboard.press('3');
  await page.keyboard.press('Home');
  await viewportSettled(page);
  const later = await page.locator('.cvj-card').evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('data-stage')))].sort());
  expect(later).toEqual(['aware', 'engage', 'subscribe']);
  await page.getByRole('button', { name: 'Exit' }).click();
  await expect(page.getByTestId('present-hud')).toBeHidden();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
});

test('editing while presenting: N and typing add to the focused stage, Enter renames in place, all undoable', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page);
  const start = await getDocument(page);
  await page.keyboard.press('F5');
  await page.keyboard.press('3');
  await viewportSettled(page);

  // N: quick-add for Subscribe; choosing adds a card to that stage, on screen.
  await page.keyboard.press('n');
  const quickAdd = page.getByRole('dialog', { name: /add to.*subscribe/i });
  await expect(quickAdd).toBeVisible();
  await page.keyboard.type('Quiz');
  await page.keyboard.press('Enter');
  await expect(quickAdd).toBeHidden();
  let doc = await getDocument(page);
  expect(doc.tactics).toHaveLength(start.tactics.length + 1);
  const added = doc.tactics.at(-1)!;
  expect(added.stage).toBe('subscribe');
  await viewportSettled(page);
  await expect(page.locator(`.react-flow__node[data-id="${added.id}"]`)).toBeInViewport();

  // Just typing opens it too, with what was typed.
  await page.keyboard.press('W');
  await expect(quickAdd.getByRole('combobox')).toHaveValue('W');
  await page.keyboard.press('Escape');
  await expect(quickAdd).toBeHidden();

  // Enter renames the selected card in place.
  await page.keyboard.press('Enter');
  const field = page.getByRole('textbox', { name: 'Card title' });
  await expect(field).toBeFocused();
  await page.screenshot({ path: 'test-results/screenshots/present-rename-1280.png' });
  await field.fill('Which CVJ stage are you? quiz');
  await page.keyboard.press('Enter');
  await expect(field).toBeHidden();
  doc = await getDocument(page);
  expect(doc.tactics.find((t) => t.id === added.id)?.title).toBe('Which CVJ stage are you? quiz');
  await expect(page.locator(`.react-flow__node[data-id="${added.id}"]`)).toContainText('Which CVJ stage');

  // Ordinary commands: undo takes back the rename, then the card.
  await page.keyboard.press('Control+z');
  expect((await getDocument(page)).tactics.find((t) => t.id === added.id)?.title).not.toBe('Which CVJ stage are you? quiz');
  await page.keyboard.press('Control+z');
  expect((await getDocument(page)).tactics).toHaveLength(start.tactics.length);
  // Still presenting, still on Subscribe.
  await expect(page.getByRole('toolbar', { name: 'Presenter controls' })).toContainText('Stage 3 of 8');
});

test('dot-voting: clicks and V add dots, Alt takes one back, a ranking, clear in one undo step, saved in the file', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  // Save is a download here (no File System Access API), reopened through the file input.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'showSaveFilePicker', { value: undefined, configurable: true });
  });
  await openApp(page);
  const doc = await getDocument(page);
  const [blog, posts] = [doc.tactics[0]!, doc.tactics[1]!];
  await page.keyboard.press('F5');
  await viewportSettled(page);
  await wakePresenterControls(page);
  await page.getByRole('button', { name: 'Vote' }).click();
  const ranking = page.getByRole('region', { name: 'Votes' });
  await expect(ranking).toContainText('No dots yet');

  const card = (id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
  await card(posts.id).click();
  await card(posts.id).click();
  await card(posts.id).click();
  await card(posts.id).click({ modifiers: ['Alt'] });
  await card(blog.id).click();
  await expect(card(posts.id).getByRole('img', { name: '2 votes' })).toBeVisible();
  await expect(card(blog.id).getByRole('img', { name: '1 vote' })).toBeVisible();
  // V on the selected card.
  await page.keyboard.press('v');
  await expect(card(blog.id).getByRole('img', { name: '2 votes' })).toBeVisible();
  await page.keyboard.press('Alt+v');
  await page.keyboard.press('Alt+v');
  await expect(card(blog.id).getByRole('img')).toHaveCount(0);
  await card(blog.id).click();
  await expect(ranking.getByRole('listitem')).toHaveText([`${posts.title} 2`, `${blog.title} 1`]);
  await page.screenshot({ path: 'test-results/screenshots/present-voting-1280.png' });

  // Clear votes: one step, and one undo brings every dot back.
  await ranking.getByRole('button', { name: 'Clear votes' }).click();
  await expect(page.locator('.cvj-card__votes')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(ranking.getByRole('listitem')).toHaveCount(2);

  // Saved with the journey, and back after reopening it.
  await page.keyboard.press('Escape');
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  const download = await downloading;
  const path = testInfo.outputPath('voted.cvj');
  await download.saveAs(path);
  const saved = JSON.parse(readFileSync(path, 'utf8')) as { journeys: { tactics: { id: string; votes?: number }[] }[] };
  expect(saved.journeys[0]!.tactics.find((t) => t.id === posts.id)?.votes).toBe(2);
  expect(saved.journeys[0]!.tactics.find((t) => t.id === blog.id)?.votes).toBe(1);
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await expect(page.locator('.cvj-card__votes')).toHaveCount(0);
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await (await choosing).setFiles(path);
  await expect(page.getByRole('status', { name: 'File' })).toContainText('voted.cvj');
  const reopened = await getDocument(page);
  expect(reopened.tactics.find((t) => t.id === posts.id)?.votes).toBe(2);
  await expect(page.locator('.cvj-card__votes')).toHaveCount(2);
});

test('facilitation: the timer counts down in a corner, +1 adds a minute; K toggles a laser trail that is never saved', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page);
  const before = await getDocument(page);
  await page.keyboard.press('F5');
  await viewportSettled(page);

  const controls = page.getByRole('group', { name: 'Timer controls' });
  await controls.getByLabel('Timer minutes').fill('1');
  await controls.getByRole('button', { name: 'Start timer' }).click();
  const face = page.getByRole('timer', { name: 'Timer' });
  await expect(face).toHaveText(/^(1:00|0:5\d)$/);
  await expect(face).toHaveText(/^0:5\d$/, { timeout: 4_000 });
  await controls.getByRole('button', { name: 'Add 1 minute' }).click();
  await expect(face).toHaveText(/^1:5\d$/);
  await controls.getByRole('button', { name: 'Pause' }).click();
  const paused = await face.textContent();
  await page.waitForTimeout(1_500);
  await expect(face).toHaveText(paused!);
  // Stepping through stages keeps it.
  await page.keyboard.press('ArrowRight');
  await expect(face).toHaveText(paused!);
  // The presenter's controls fade when the mouse rests (and none of them has focus); the room
  // still sees the timer.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const shown = (el: Element) => {
    let opacity = 1;
    for (let at: Element | null = el; at; at = at.parentElement) opacity *= Number(getComputedStyle(at).opacity);
    return opacity;
  };
  await expect.poll(() => page.getByRole('toolbar', { name: 'Presenter controls' }).evaluate(shown), { timeout: 5_000 }).toBe(0);
  expect(await face.evaluate(shown)).toBe(1);
  // Space on a focused control is the control's (the checkbox toggles; no step is taken).
  const reveal = page.getByRole('checkbox', { name: 'Reveal as we go' });
  await reveal.focus();
  await page.keyboard.press('Space');
  await expect(reveal).toBeChecked();
  await expect(page.getByRole('toolbar', { name: 'Presenter controls' })).toContainText('Stage 1 of 8');
  await reveal.uncheck();
  await page.screenshot({ path: 'test-results/screenshots/present-timer-1280.png' });

  // Laser: K on, a trail where the mouse went; K off.
  await page.locator('body').focus();
  await page.keyboard.press('k');
  const laser = page.getByTestId('laser');
  await expect(laser).toBeAttached();
  for (let i = 0; i <= 10; i++) await page.mouse.move(400 + i * 30, 400 + i * 10);
  const lit = await laser.evaluate((canvas: HTMLCanvasElement) => {
    const ctx = canvas.getContext('2d')!;
    const dpr = window.devicePixelRatio || 1;
    return ctx.getImageData(Math.round(700 * dpr) - 2, Math.round(500 * dpr) - 2, 4, 4).data.some((v, i) => i % 4 === 3 && v > 0);
  });
  expect(lit).toBe(true);
  await page.keyboard.press('k');
  await expect(laser).toHaveCount(0);
  expect(await getDocument(page)).toEqual(before);
});

test('connecting from the keyboard while presenting: "Leads to" for the selected card, in the caption', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page);
  const start = await getDocument(page);
  const magnet = start.tactics.find((t) => t.stage === 'subscribe')!;
  const blog = start.tactics.find((t) => t.stage === 'aware')!;
  await page.keyboard.press('F5');
  await page.keyboard.press('3');
  await viewportSettled(page);
  await page.locator(`.react-flow__node[data-id="${magnet.id}"]`).click();
  const connect = page.getByRole('region', { name: `Connections of ${magnet.title}` });
  await expect(connect).toBeVisible();
  // Keyboard only: Tab reaches the field, the arrow keys pick a card.
  await connect.getByLabel('Leads to').focus();
  await connect.getByLabel('Leads to').selectOption({ label: `1. Aware: ${blog.title}` });
  const doc = await getDocument(page);
  expect(doc.connections).toHaveLength(start.connections.length + 1);
  expect(doc.connections.at(-1)).toMatchObject({ source: magnet.id, target: blog.id });
  await page.screenshot({ path: 'test-results/screenshots/present-connect-1280.png' });
  // Ctrl+Z with the list still focused undoes it (a list has no undo of its own).
  await expect(connect.getByLabel('Leads to')).toBeFocused();
  await page.keyboard.press('Control+z');
  expect((await getDocument(page)).connections).toHaveLength(start.connections.length);
  await expect(page.getByRole('toolbar', { name: 'Presenter controls' })).toContainText('Stage 3 of 8');
});
