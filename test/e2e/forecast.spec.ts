import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { edgePoint, getDocument, openApp, viewport, viewportSettled } from './helpers';

/**
 * Issue 15: the funnel forecast. Assumptions typed in the inspector on the starter journey, the
 * numbers on the canvas and in the Forecast panel, a connection's share changing the totals and
 * the levers, and the CLI printing the same totals as the panel.
 */
async function fill(page: Page, id: string, fields: Record<string, string>) {
  // The whole journey in view (the inspector, open from the last card, narrows the canvas).
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Fit view' }).click();
  await viewportSettled(page);
  // Zoomed out this far the cards are drawn on the overview layer: click where the card is.
  const at = await onScreen(page, id);
  await page.mouse.click(at.x, at.y);
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  for (const [label, value] of Object.entries(fields)) {
    await inspector.getByRole('textbox', { name: label, exact: true }).fill(value);
    await inspector.getByRole('textbox', { name: label, exact: true }).press('Tab');
  }
}

/** Where a card's centre is on screen, from the journey and the viewport. */
async function onScreen(page: Page, id: string): Promise<{ x: number; y: number }> {
  const t = (await getDocument(page)).tactics.find((x) => x.id === id)!;
  const view = await viewport(page);
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  return { x: pane.x + view.x + (t.position.x + 140) * view.zoom, y: pane.y + view.y + (t.position.y + 52) * view.zoom };
}

/** Close enough to read the cards (at 1280 the fitted journey is drawn as an overview). */
async function zoomNear(page: Page, id: string): Promise<void> {
  for (let i = 0; i < 6 && (await viewport(page)).zoom < 0.5; i++) {
    const point = await onScreen(page, id);
    await page.mouse.move(point.x, point.y);
    await page.mouse.wheel(0, -250);
    await page.waitForTimeout(150);
  }
  await viewportSettled(page);
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  test(`forecast at ${size.width}x${size.height}: assumptions, panel, a share changes totals and levers; the CLI agrees`, async ({ page }, testInfo) => {
    // Save as a download (the File System Access API hidden, as in Firefox and Safari).
    await page.addInitScript(() => {
      Object.defineProperty(window, 'showSaveFilePicker', { value: undefined, configurable: true });
    });
    await page.setViewportSize(size);
    await openApp(page);
    const doc = await getDocument(page);
    const at = (stage: string) => doc.tactics.find((t) => t.stage === stage)!.id;
    const rate = 'Expected conversion rate (%)';
    await fill(page, at('aware'), { 'Reach (new people / period)': '10000', [rate]: '20' });
    await fill(page, at('engage'), { [rate]: '25' });
    await fill(page, at('subscribe'), { [rate]: '10' });
    await fill(page, at('convert'), { 'Value per person': '7', [rate]: '80' });
    await fill(page, at('excite'), { [rate]: '50' });
    await fill(page, at('ascend'), { 'Value per person': '497', [rate]: '50' });
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Forecast', exact: true }).click();
    const panel = page.getByRole('complementary', { name: 'Forecast' });
    const totals = panel.getByTestId('forecast-totals');
    // 10,000 × 20 % × 25 % × 10 % = 50 customers; 50 × $7 + 20 × $497 = $10,290.
    await expect(totals).toContainText('Customers50');
    await expect(totals).toContainText('Revenue$10,290');
    await zoomNear(page, at('convert'));
    await expect(page.locator(`.react-flow__node[data-id="${at('convert')}"]`).getByTestId('card-forecast')).toHaveText('50 people · $350');
    await page.screenshot({ path: `test-results/screenshots/forecast-cards-${size.width}.png` });
    await expect(page.locator('.cvj-header[data-stage="subscribe"]').getByTestId('stage-forecast')).toContainText('500 people');
    const levers = panel.getByRole('list', { name: 'Biggest levers' }).getByRole('button');
    await expect(levers).toHaveCount(5);
    const leversBefore = await levers.allInnerTexts();
    await page.getByRole('button', { name: 'Fit view' }).click();
    await viewportSettled(page);
    await page.screenshot({ path: `test-results/screenshots/forecast-${size.width}.png` });

    // Blog posts → Lead magnet takes 20 % of the blog's people (not the 25 % rate): 400 leads.
    await zoomNear(page, at('subscribe'));
    const edge = doc.connections.find((c) => c.source === at('engage'))!;
    const point = await edgePoint(page, edge.id);
    await page.mouse.click(point.x, point.y);
    const share = page.getByRole('complementary', { name: 'Inspector' }).getByRole('textbox', { name: 'Share of people (%)' });
    await share.fill('20');
    await share.press('Tab');
    await expect(totals).toContainText('Leads400');
    await expect(totals).toContainText('Customers40');
    await expect(totals).toContainText('Revenue$8,232');
    await expect.poll(() => levers.allInnerTexts()).not.toEqual(leversBefore);
    await expect(levers.filter({ hasText: 'Blog posts → Lead magnet share +10 %' })).toHaveCount(1);
    await page.screenshot({ path: `test-results/screenshots/forecast-share-${size.width}.png` });

    // The CLI prints the same totals as the panel.
    const downloading = page.waitForEvent('download');
    await page.keyboard.press('Control+s');
    const file = testInfo.outputPath('forecast.cvj');
    await (await downloading).saveAs(file);
    const cli = execFileSync(process.execPath, ['bin/cvj.js', 'forecast', file], { encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8' } });
    expect(cli).toContain('revenue $8,232');
    expect(cli).toContain('customers 40');

    // Escape closes the panel; the focus goes back to its button.
    await panel.getByRole('button', { name: 'Export CSV' }).focus();
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Forecast', exact: true })).toBeFocused();
  });
}

for (const { width, height, theme } of [
  { width: 1280, height: 800, theme: 'light' },
  { width: 1920, height: 1080, theme: 'projector' },
  { width: 1920, height: 1080, theme: 'dark' },
]) {
  test(`the worked example of docs/forecast.md at ${width}x${height} (${theme}): the panel shows its numbers; lane totals readable`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openApp(page);
    await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await (await choosing).setFiles('test/fixtures/forecast/worked-example.cvj');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tallybook invoicing (worked example)');
    await page.getByRole('button', { name: 'Hide library' }).click();
    await page.getByRole('button', { name: 'Forecast', exact: true }).click();
    const totals = page.getByRole('complementary', { name: 'Forecast' }).getByTestId('forecast-totals');
    await expect(totals).toContainText('Profit$8,196');
    await expect(totals).toContainText('Revenue$10,296');
    await expect(totals).toContainText('Customers50');
    await page.getByRole('button', { name: 'Fit view' }).click();
    await viewportSettled(page);
    // The stage totals in the lane headers are screen-space text: at least 14 px at any zoom.
    const sizes = await page.getByTestId('stage-forecast').evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
    expect(sizes).toHaveLength(8);
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(14);
    await page.screenshot({ path: `test-results/screenshots/forecast-worked-${theme}-${width}.png` });
  });
}
