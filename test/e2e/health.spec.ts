import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { closeGalleryIfOpen, getDocument, openApp, viewportSettled } from './helpers';

/**
 * Issue 14, point 2: the Health panel. The journey checked against the CVJ model, a score for it
 * and each stage, "Show me" and "We know" (saved with the journey).
 */
for (const size of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  test(`health panel at ${size.width}x${size.height}: score, a finding raised by an edit, Show me, We know saved and reopened`, async ({ page }, testInfo) => {
    // Save as a download (the File System Access API hidden, as in Firefox and Safari).
    await page.addInitScript(() => {
      Object.defineProperty(window, 'showSaveFilePicker', { value: undefined, configurable: true });
    });
    await page.setViewportSize(size);
    await openApp(page);
    // New from Template → SaaS: a full journey.
    await page.getByRole('button', { name: 'More' }).click();
    await page.getByRole('button', { name: 'New from Template…' }).click();
    const gallery = page.getByRole('dialog', { name: 'New from Template' });
    await gallery.getByRole('button', { name: /^SaaS: free trial to upgrade/ }).click();
    await expect(gallery).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Tallybook/);
    await viewportSettled(page);
    await page.getByRole('button', { name: 'Health', exact: true }).click();
    const panel = page.getByRole('complementary', { name: 'Journey health' });
    await expect(panel).toBeVisible();
    await expect(panel.getByTestId('health-score')).toContainText(/\d+\/100/);
    const scoreBefore = Number((await panel.getByTestId('health-score').locator('strong').innerText()).trim());
    // The template is healthy: 100, so no badge on any lane; the panel says so.
    await expect(panel.getByTestId('health-score')).toContainText('100/100');
    await expect(page.locator('.cvj-header__score')).toHaveCount(0);
    // Room for the canvas beside the panel (the library folds away), and the whole journey back.
    await page.getByRole('button', { name: 'Hide library' }).click();
    await page.getByRole('button', { name: 'Fit view' }).click();
    await viewportSettled(page);
    await page.screenshot({ path: `test-results/screenshots/health-panel-${size.width}.png` });

    // Delete the Excite cards: the Convert-to-Excite gap appears, and a badge on Convert.
    const doc = await getDocument(page);
    const excite = doc.tactics.filter((t) => t.stage === 'excite');
    expect(excite.length).toBeGreaterThanOrEqual(2);
    for (const [i, t] of excite.entries()) {
      await page.locator(`.react-flow__node[data-id="${t.id}"]`).click({ modifiers: i === 0 ? [] : ['Shift'] });
      // The first click opens the inspector and the view glides the card clear of it: a click
      // on the next card during the glide can land beside it (1 run in 4 here).
      await viewportSettled(page);
    }
    await page.keyboard.press('Delete');
    await expect(page.locator('.react-flow__node .cvj-card[data-stage="excite"]')).toHaveCount(0);
    const gap = panel.getByRole('listitem').filter({ hasText: 'Convert-to-Excite gap' });
    await expect(gap).toBeVisible();
    await expect(gap).toContainText('Problem');
    const scoreAfter = Number((await panel.getByTestId('health-score').locator('strong').innerText()).trim());
    expect(scoreAfter).toBeLessThan(scoreBefore);
    // Stages under 100 show their score on the lane header where lanes are wide (zoomed in);
    // it can be hidden.
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('Control+0');
    await viewportSettled(page);
    const convertBadge = page.locator('.cvj-header[data-stage="convert"] .cvj-header__score');
    await expect(convertBadge).toHaveText(/^\d+$/);
    await page.getByRole('checkbox', { name: 'Scores on the lane headers' }).uncheck();
    await expect(page.locator('.cvj-header__score')).toHaveCount(0);
    await page.getByRole('checkbox', { name: 'Scores on the lane headers' }).check();
    await expect(convertBadge).toBeVisible();
    await page.getByRole('button', { name: 'Fit view' }).click();
    await viewportSettled(page);
    await page.screenshot({ path: `test-results/screenshots/health-finding-${size.width}.png` });

    // Show me: the Convert cards are selected.
    await gap.getByRole('button', { name: 'Show me' }).click();
    const convert = (await getDocument(page)).tactics.filter((t) => t.stage === 'convert').map((t) => t.id);
    await expect.poll(() => page.evaluate(() => window.cvjDebug!.selection())).toEqual(convert);

    // We know: out of the list, into "Dismissed"; one undo brings it back; redo again.
    await gap.getByRole('button', { name: 'We know' }).click();
    await expect(panel.getByRole('list', { name: 'Findings' }).getByText('Convert-to-Excite gap')).toHaveCount(0);
    await expect(panel.getByText('Dismissed (1)')).toBeVisible();
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('Control+z');
    await expect(panel.getByText('Dismissed (1)')).toHaveCount(0);
    await page.keyboard.press('Control+Shift+z');
    await expect(panel.getByText('Dismissed (1)')).toBeVisible();

    // Saved with the journey, and still dismissed after reopening the file.
    const downloading = page.waitForEvent('download');
    await page.keyboard.press('Control+s');
    const path = testInfo.outputPath('health.cvj');
    await (await downloading).saveAs(path);
    const saved = JSON.parse(readFileSync(path, 'utf8')) as { journeys: { dismissedFindings?: string[] }[] };
    expect(saved.journeys[0]!.dismissedFindings).toHaveLength(1);
    await page.getByRole('button', { name: 'New', exact: true }).click();
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await (await choosing).setFiles(path);
    // The file's own title (read from it, not from the page: the open completes asynchronously).
    const savedTitle = (JSON.parse(readFileSync(path, 'utf8')) as { title: string }).title;
    expect(savedTitle).toMatch(/Tallybook/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(savedTitle);
    await expect(panel.getByText('Dismissed (1)')).toBeVisible();
    await expect(panel.getByRole('list', { name: 'Findings' }).getByText('Convert-to-Excite gap')).toHaveCount(0);
  });
}

test('Escape closes the Health panel (focus back on its button); hidden lane badges stay hidden at the next start', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openApp(page);
  const toggle = page.getByRole('button', { name: 'Health', exact: true });
  await toggle.click();
  const panel = page.getByRole('complementary', { name: 'Journey health' });
  await panel.getByRole('checkbox', { name: 'Scores on the lane headers' }).uncheck();
  await panel.getByRole('checkbox', { name: 'Scores on the lane headers' }).press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');

  await page.reload();
  await closeGalleryIfOpen(page);
  await toggle.click();
  await expect(panel.getByRole('checkbox', { name: 'Scores on the lane headers' })).not.toBeChecked();
});
