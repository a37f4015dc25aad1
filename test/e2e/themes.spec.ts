import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { getTheme, THEME_NAMES, type ThemeName } from '../../shared/theme/tokens';
import { contrastRatio } from '../../shared/theme/tokens';
import { openApp, viewport, viewportSettled, wakePresenterControls } from './helpers';

/**
 * Issue 13, point 5: themes. The app follows the OS until the user picks one (the browser
 * build's "Theme" control); the pick is remembered; every theme is read in the room as it is
 * drawn: contrast measured on the page, title sizes as CSS size × zoom, screenshots of the
 * overview, a focused stage, reveal and voting in each theme at both sizes.
 */

const theme = (page: Page) => page.locator('html').getAttribute('data-theme');

/** A computed CSS colour (rgb() or color(srgb …)) as #rrggbb. */
function hex(css: string): string {
  const rgb = /^rgba?\((\d+), (\d+), (\d+)/.exec(css);
  const channels = rgb
    ? rgb.slice(1, 4).map(Number)
    : (/^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)/.exec(css) ?? [])
        .slice(1, 4)
        .map((v) => Math.round(Number(v) * 255));
  if (channels.length !== 3) throw new Error(`unexpected colour ${css}`);
  return `#${channels.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

test('follows the OS until the user picks a theme in the Theme control; the pick is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page);
  expect(await theme(page)).toBe('dark');
  const background = () => page.locator('.cvj-canvas .react-flow').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(hex(await background())).toBe(getTheme('dark').colors.canvas);
  // Edges and arrowheads are drawn in the theme's edge colour (React Flow's markers too).
  const edge = page.locator('.react-flow__edge').first();
  expect(hex(await edge.locator('.react-flow__edge-path').evaluate((el) => getComputedStyle(el).stroke))).toBe(getTheme('dark').colors.edge);
  const marker = await edge.locator('.react-flow__edge-path').getAttribute('marker-end');
  const arrow = page.locator(`marker[id="${/url\(['"]?#([^'")]+)/.exec(marker ?? '')?.[1]}"] polyline`);
  expect(hex(await arrow.evaluate((el) => getComputedStyle(el).fill))).toBe(getTheme('dark').colors.edge);

  // The OS changes its mind: the app follows at once.
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => theme(page)).toBe('light');
  // High contrast asked of the OS: the projector theme.
  await page.emulateMedia({ colorScheme: 'light', contrast: 'more' });
  await expect.poll(() => theme(page)).toBe('projector');
  await page.emulateMedia({ colorScheme: 'dark', contrast: 'no-preference' });
  await expect.poll(() => theme(page)).toBe('dark');

  // The user picks Projector: it stays, whatever the OS says, and after a reload.
  const control = page.getByRole('combobox', { name: 'Theme' });
  await expect(control).toHaveValue('system');
  await control.selectOption('projector');
  expect(await theme(page)).toBe('projector');
  expect(hex(await background())).toBe(getTheme('projector').colors.canvas);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.reload();
  await expect(page.getByRole('region', { name: 'Aware stage' })).toBeAttached();
  expect(await theme(page)).toBe('projector');
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('projector');

  // Back to following the OS.
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('system');
  expect(await theme(page)).toBe('light');

  // A second window (tab) of the app follows a pick made in the first.
  const other = await page.context().newPage();
  await other.setViewportSize({ width: 1280, height: 800 });
  await other.goto('/');
  await expect(other.getByRole('region', { name: 'Aware stage' })).toBeAttached();
  expect(await theme(other)).toBe('light');
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await expect.poll(() => theme(other)).toBe('dark');
  await expect(other.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
  await other.close();
});

test('the export dialog exports in the theme it names (default: the app’s)', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'cvj-theme-export-'));
  try {
    await page.addInitScript(() => localStorage.setItem('cvj.theme.v1', 'dark'));
    await page.setViewportSize({ width: 1280, height: 800 });
    await openApp(page);
    await page.keyboard.press('Control+Shift+E');
    const dialog = page.getByRole('dialog', { name: 'Export journey' });
    await dialog.getByRole('radio', { name: 'SVG' }).check();
    const select = dialog.getByRole('combobox', { name: 'Theme' });
    await expect(select).toHaveValue('app');
    await expect(select.locator('option:checked')).toHaveText('Same as the app (Dark)');
    const save = async () => {
      const downloading = page.waitForEvent('download');
      await dialog.getByRole('button', { name: /^Export SVG/ }).click();
      const download = await downloading;
      const path = join(dir, `${Date.now()}.svg`);
      await download.saveAs(path);
      return readFileSync(path, 'utf8');
    };
    const dark = await save();
    expect(dark).toContain(`fill="${getTheme('dark').colors.canvas}"/>`);
    await page.keyboard.press('Control+Shift+E');
    await select.selectOption('projector');
    const projector = await save();
    expect(projector).toContain(`fill="${getTheme('projector').colors.canvas}"/>`);
    expect(projector).not.toContain(`fill="${getTheme('dark').colors.canvas}"/>`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** On-screen card title sizes (CSS font size × zoom), smallest first. */
async function titleSizes(page: Page, stage?: string): Promise<number[]> {
  const { zoom } = await viewport(page);
  const selector = stage ? `.react-flow__node .cvj-card[data-stage="${stage}"] .cvj-card__title` : '.react-flow__node .cvj-card__title';
  const sizes = await page.locator(selector).evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
  return sizes.map((px) => px * zoom).sort((a, b) => a - b);
}

/** The contrast of the first card's title, stage name and description as the page paints them. */
async function measuredContrast(page: Page): Promise<Record<string, number>> {
  const colours = await page.evaluate(() => {
    const cs = (selector: string) => getComputedStyle(document.querySelector(selector)!);
    return {
      title: cs('.react-flow__node .cvj-card__title').color,
      card: cs('.react-flow__node .cvj-card').backgroundColor,
      label: cs('.cvj-header__label').color,
      description: cs('.cvj-header__description').color,
      header: cs('.cvj-header').backgroundColor,
    };
  });
  return {
    'card title': contrastRatio(hex(colours.title), hex(colours.card)),
    'stage name': contrastRatio(hex(colours.label), hex(colours.header)),
    'stage description': contrastRatio(hex(colours.description), hex(colours.header)),
  };
}

for (const name of THEME_NAMES) {
  for (const size of [
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
  ]) {
    test(`${name} theme at ${size.width}x${size.height}: readable while editing, presenting, revealing and voting`, async ({ page }) => {
      await page.addInitScript((picked: ThemeName) => localStorage.setItem('cvj.theme.v1', picked), name);
      await page.setViewportSize(size);
      await openApp(page);
      await viewportSettled(page);
      expect(await theme(page)).toBe(name);
      const shot = (what: string) => page.screenshot({ path: `test-results/screenshots/theme-${name}-${what}-${size.width}.png` });

      // Editing, as first started: titles ≥ 12 px (1280) / 16 px (1920), every pair AA.
      const editing = await titleSizes(page);
      expect(editing[0]).toBeGreaterThanOrEqual(size.width === 1280 ? 12 : 16);
      for (const [what, ratio] of Object.entries(await measuredContrast(page))) {
        expect(ratio, `${name}: ${what}`).toBeGreaterThanOrEqual(4.5);
      }
      await shot('editing');

      // Present: the overview, then stage 3 focused.
      await page.keyboard.press('F5');
      await viewportSettled(page);
      expect((await titleSizes(page))[0]).toBeGreaterThanOrEqual(16);
      await shot('overview');
      await page.keyboard.press('3');
      await viewportSettled(page);
      expect((await titleSizes(page, 'subscribe'))[0]).toBeGreaterThanOrEqual(32);
      for (const [what, ratio] of Object.entries(await measuredContrast(page))) {
        expect(ratio, `${name} focused: ${what}`).toBeGreaterThanOrEqual(4.5);
      }
      await shot('stage');

      // Voting: dots on the cards, the ranking beside them.
      await page.keyboard.press('Home');
      await viewportSettled(page);
      await wakePresenterControls(page);
      await page.getByRole('button', { name: 'Vote', exact: true }).click();
      const cards = page.locator('.react-flow__node .cvj-card');
      await cards.nth(0).click();
      await cards.nth(0).click();
      await cards.nth(3).click();
      await expect(page.getByRole('region', { name: 'Votes' })).toBeVisible();
      await shot('voting');

      // Reveal as we go: only the stages reached so far (1 to 3).
      await page.getByRole('checkbox', { name: 'Reveal as we go' }).check();
      await viewportSettled(page);
      const shown = await page.locator('.cvj-card').evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('data-stage')))].sort());
      expect(shown).toEqual(['aware', 'engage', 'subscribe']);
      await shot('reveal');
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('present-hud')).toBeHidden();
    });
  }
}
