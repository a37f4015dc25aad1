import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { serializeJourneyFile } from '../../shared/file';
import { readJourneyBytes } from '../../shared/export/open';
import { syntheticJourney } from '../../scripts/bench/generate';
import { addTactic, parseText } from './bridge/documentsHelpers';
import {
  autosavedTitles,
  closeGalleryIfOpen,
  watchForErrors,
  withoutFileSystemAccess,
} from './helpers';

/**
 * Issue 18: the installable web app, as built by `npm run build:web` (dist/web: the renderer
 * users run, no test hooks, so everything here goes through the UI), served by a plain static
 * server on 127.0.0.1 like any static host. A second real build (another build id) stands for
 * the next deployment at the same address.
 */

const DIST = resolve('dist/web');
let work: string;
let nextBuild: string;

test.beforeAll(() => {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error('Run `npm run build:web` first (dist/web).');
  work = mkdtempSync(join(tmpdir(), 'cvj-pwa-'));
  nextBuild = join(work, 'next');
  execFileSync(
    process.execPath,
    [
      resolve('node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'vite.web.config.ts',
      '--outDir',
      nextBuild,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { env: { ...process.env, CVJ_BUILD_ID: 'next-deployment' }, stdio: 'pipe' },
  );
});
test.afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.wav': 'audio/wav',
};

/** A static host: files of `root` (switchable: a new deployment), nothing else. */
class StaticHost {
  root = DIST;
  private server: Server | null = null;
  port = 0;

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      const file = normalize(join(this.root, path === '/' ? 'index.html' : path));
      if (!file.startsWith(this.root) || !existsSync(file) || extname(file) === '') {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      response.end(readFileSync(file));
    });
    await new Promise<void>((done) => this.server!.listen(this.port, '127.0.0.1', done));
    this.port = (this.server.address() as AddressInfo).port;
    return `http://127.0.0.1:${this.port}/`;
  }

  /** Gone: connections refused, as with no network at all. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
  }
}

async function serviceWorkerState(page: Page): Promise<string | null> {
  return page.evaluate(
    async () => (await navigator.serviceWorker.getRegistration())?.active?.state ?? null,
  );
}

/** The editor is up: the toolbar and the eight lanes (a later start opens a blank journey). */
async function appStarted(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Promote stage' })).toBeAttached();
}

/**
 * Serves the web app on 127.0.0.1 and opens it: the host (stop it for "no network"), the
 * page's errors, the address. Save is a download unless `fileSystemAccess` is kept.
 */
async function openWebApp(page: Page, { fileSystemAccess = false } = {}) {
  const errors = watchForErrors(page);
  if (!fileSystemAccess) await withoutFileSystemAccess(page);
  const host = new StaticHost();
  const url = await host.start();
  await page.goto(url);
  await appStarted(page);
  return { errors, host, url };
}

/** Ctrl+S in a browser without the File System Access API: the download, parsed. */
async function saveDownload(page: Page, dir: string) {
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Control+S');
  const download = await downloading;
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), journey: parseText(readFileSync(path, 'utf8')) };
}

const buildOf = (page: Page) => page.locator('meta[name="cvj-build"]').getAttribute('content');

test('after one visit the web app starts and works with no network: template, edit, Save, Export PNG', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  const { errors, host } = await openWebApp(page);
  await expect.poll(() => serviceWorkerState(page), { timeout: 30_000 }).toBe('activated');
  await expect(page.getByTestId('offline-ready')).toContainText('CVJ Studio now works offline');
  await page.screenshot({ path: 'test-results/screenshots/pwa-offline-ready-1280.png' });

  // No network at all: the host is gone and the browser is offline.
  await host.stop();
  await context.setOffline(true);
  await page.reload();
  await appStarted(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await closeGalleryIfOpen(page);

  // New from a template (its previews are drawn by the lazily loaded exporter: precached too).
  await page.getByRole('button', { name: 'New: blank or from a template' }).click();
  await page
    .getByRole('group', { name: 'New journey' })
    .getByRole('button', { name: 'New from Template…' })
    .click();
  const gallery = page.getByRole('dialog', { name: 'New from Template' });
  await gallery.getByRole('searchbox', { name: 'Filter templates' }).fill('saas trial');
  const thumbs = gallery.locator('img.cvj-gallery__thumb');
  await expect
    .poll(() => thumbs.evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).naturalWidth)))
    .toEqual([expect.any(Number)]);
  await gallery.getByRole('list', { name: 'Templates' }).getByRole('button').first().click();
  await expect(gallery).toBeHidden();
  const title = 'Tallybook invoicing — free trial to paid plan';
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

  // An edit, then Save: a download of the journey with the edit.
  await addTactic(page, 'Webinar');
  await expect(page).toHaveTitle(/^• /);
  const saved = await saveDownload(page, work);
  expect(saved.name).toBe(`${title}.cvj`);
  expect(saved.journey.tactics.filter((t) => t.title === 'Webinar').length).toBeGreaterThanOrEqual(
    1,
  );
  await expect(page).not.toHaveTitle(/^• /);

  // Export PNG: rasterised in the page with the bundled fonts; the journey rides inside.
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export journey' });
  await dialog.getByRole('radio', { name: 'PNG image' }).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: /^Export PNG/ }).click();
  const png = await downloading;
  const pngPath = join(work, png.suggestedFilename());
  await png.saveAs(pngPath);
  const bytes = readFileSync(pngPath);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const embedded = readJourneyBytes(bytes);
  expect(embedded.source).toBe('png');
  expect(embedded.ok && embedded.journey.tactics.some((t) => t.title === 'Webinar')).toBe(true);
  await page.screenshot({ path: 'test-results/screenshots/pwa-offline-edited-1280.png' });
  expect(errors).toEqual([]);
});

test('a new deployment shows the update prompt, reloads only when asked, and keeps the unsaved journey', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { errors, host } = await openWebApp(page);
  await closeGalleryIfOpen(page);
  await expect.poll(() => serviceWorkerState(page), { timeout: 30_000 }).toBe('activated');
  // A returning visit: the page is the service worker's.
  await page.reload();
  await appStarted(page);
  expect(await buildOf(page)).not.toBe('next-deployment');
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await addTactic(page, 'SEO');
  await addTactic(page, 'Webinar');
  await expect(page).toHaveTitle(/^• /);
  await page.evaluate(() => {
    (window as unknown as { stillThisPage: boolean }).stillThisPage = true;
  });

  // The next build is deployed at the same address; the page looks for updates (hourly, or now).
  host.root = nextBuild;
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
  const prompt = page.getByTestId('update-prompt');
  await expect(prompt).toBeVisible({ timeout: 30_000 });
  await expect(prompt).toContainText('A new version is ready — Reload');
  await page.screenshot({ path: 'test-results/screenshots/pwa-update-prompt-1280.png' });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: 'test-results/screenshots/pwa-update-prompt-1920.png' });
  // Readable in a room: the prompt's text measured on screen.
  const size = await prompt
    .locator('.cvj-notice__message')
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(14);
  // Nothing reloads by itself.
  await page.waitForTimeout(3_000);
  expect(
    await page.evaluate(() => (window as unknown as { stillThisPage?: boolean }).stillThisPage),
  ).toBe(true);

  // Reload: the new version, with the unsaved journey as it was (still unsaved), no "Leave site?".
  let asked = false;
  page.on('dialog', (dialog) => {
    asked = true;
    void dialog.dismiss();
  });
  const reloaded = page.waitForEvent('load');
  await prompt.getByRole('button', { name: 'Reload' }).click();
  await reloaded;
  await appStarted(page);
  expect(asked).toBe(false);
  expect(
    await page.evaluate(() => (window as unknown as { stillThisPage?: boolean }).stillThisPage),
  ).toBeUndefined();
  expect(await buildOf(page)).toBe('next-deployment');
  await expect(page).toHaveTitle(/^• /);
  await expect(page.getByRole('dialog', { name: 'Restore your unsaved journey?' })).toHaveCount(0);
  await expect(page.getByTestId('update-prompt')).toHaveCount(0);
  const kept = await saveDownload(page, work);
  expect(kept.journey.tactics.map((t) => t.title)).toEqual(
    expect.arrayContaining(['SEO', 'Webinar']),
  );
  await host.stop();
  expect(errors).toEqual([]);
});

test('a 10,000-tactic journey autosaves in IndexedDB and is offered back after a reload', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const { errors, host } = await openWebApp(page);
  await closeGalleryIfOpen(page);

  const journey = syntheticJourney(10_000);
  journey.title = 'Ten thousand';
  const text = serializeJourneyFile(journey);
  expect(text.length).toBeGreaterThan(4_000_000);
  const path = join(work, 'ten-thousand.cvj');
  writeFileSync(path, text);
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await (await choosing).setFiles(path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ten thousand', {
    timeout: 60_000,
  });

  await addTactic(page, 'Webinar');
  await expect(page).toHaveTitle(/^• /);
  await expect.poll(() => autosavedTitles(page), { timeout: 30_000 }).toEqual(['Ten thousand']);
  // What localStorage could not hold (about 5 million characters for the whole site).
  expect(
    await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('cvj-studio.recovery')),
    ),
  ).toEqual([]);

  page.once('dialog', (dialog) => void dialog.accept());
  await page.reload();
  const offer = page.getByRole('dialog', { name: 'Restore your unsaved journey?' });
  await expect(offer).toBeVisible({ timeout: 30_000 });
  await expect(offer.getByRole('listitem')).toContainText('Ten thousand');
  await offer.getByRole('button', { name: 'Restore Ten thousand' }).click();
  await expect(offer).toBeHidden({ timeout: 60_000 });
  const back = await saveDownload(page, work);
  expect(back.journey.tactics.length).toBe(10_001);
  await host.stop();
  expect(errors).toEqual([]);
});

test('installable: Chromium finds no installability error (what Lighthouse checks), icons and manifest as promised', async ({
  browserName,
}, testInfo) => {
  expect(browserName).toBe('chromium');
  // A profile on disk: Playwright's usual contexts are incognito, where nothing installs.
  const profile = join(work, 'profile');
  const browser = await chromium.launchPersistentContext(profile, {
    ...testInfo.project.use.launchOptions,
    viewport: { width: 1280, height: 800 },
  });
  const page = browser.pages()[0] ?? (await browser.newPage());
  const errors = watchForErrors(page);
  const host = new StaticHost();
  const url = await host.start();
  await page.goto(url);
  await appStarted(page);
  await expect.poll(() => serviceWorkerState(page), { timeout: 30_000 }).toBe('activated');
  const cdp = await page.context().newCDPSession(page);
  // The browser's own verdict: Lighthouse's installability audit reads this very call.
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors).toEqual([]);
  const { url: manifestUrl, errors: manifestErrors, data } = await cdp.send('Page.getAppManifest');
  expect(manifestErrors).toEqual([]);
  expect(manifestUrl).toBe(`${url}manifest.webmanifest`);
  const manifest = JSON.parse(data ?? '{}') as {
    name: string;
    short_name: string;
    display: string;
    start_url: string;
    theme_color: string;
    icons: { src: string; sizes: string; type: string; purpose: string }[];
    file_handlers: { action: string; accept: Record<string, string[]> }[];
    launch_handler: { client_mode: string };
  };
  expect(manifest).toMatchObject({
    name: 'CVJ Studio',
    short_name: 'CVJ Studio',
    display: 'standalone',
    start_url: './',
  });
  expect(await page.locator('meta[name="theme-color"]').getAttribute('content')).toBe(
    manifest.theme_color,
  );
  expect(manifest.file_handlers).toEqual([
    { action: './', accept: { 'application/vnd.cvj+json': ['.cvj'] } },
  ]);
  expect(manifest.launch_handler).toEqual({ client_mode: 'focus-existing' });
  // Every icon is a PNG of the size it claims; the maskable one fills its square.
  for (const icon of manifest.icons) {
    const response = await page.request.get(`${url}${icon.src}`);
    expect(response.headers()['content-type']).toBe('image/png');
    const png = PNG.sync.read(await response.body());
    expect(`${png.width}x${png.height}`).toBe(icon.sizes);
    if (icon.purpose === 'maskable') expect(png.data[3]).toBe(255);
  }
  expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual([
    '192x192 any',
    '512x512 any',
    '512x512 maskable',
  ]);
  await browser.close();
  await host.stop();
  expect(errors).toEqual([]);
});

test('a .cvj file the OS hands to the installed app opens in it, and Save writes back to that file', async ({
  page,
}) => {
  // Chromium's launchQueue exists only in an installed app opened by the OS: a stand-in queue
  // hands the app a real FileSystemFileHandle (origin-private file system), as the OS would.
  await page.addInitScript(() => {
    type Params = { files: FileSystemHandle[] };
    let consumer: ((params: Params) => void) | null = null;
    const queued: Params[] = [];
    Object.defineProperty(window, 'launchQueue', {
      configurable: true,
      value: {
        setConsumer(next: (params: Params) => void) {
          consumer = next;
          queued.splice(0).forEach((params) => next(params));
        },
      },
    });
    (
      window as unknown as { launchFile: (name: string, text: string) => Promise<void> }
    ).launchFile = async (name, text) => {
      const root = await navigator.storage.getDirectory();
      const handle = await root.getFileHandle(name, { create: true });
      const writable = await handle.createWritable();
      await writable.write(text);
      await writable.close();
      const params = { files: [handle] };
      if (consumer) consumer(params);
      else queued.push(params);
    };
  });
  const { errors, host } = await openWebApp(page, { fileSystemAccess: true });
  await closeGalleryIfOpen(page);
  const text = readFileSync('assets/templates/saas.cvj', 'utf8');
  await page.evaluate(
    (t) =>
      (
        window as unknown as { launchFile: (name: string, text: string) => Promise<void> }
      ).launchFile('Launched.cvj', t),
    text,
  );
  await expect(page).toHaveTitle('Launched.cvj — CVJ Studio');
  await addTactic(page, 'Webinar');
  await expect(page).toHaveTitle('• Launched.cvj — CVJ Studio');
  await page.keyboard.press('Control+S');
  await expect(page).toHaveTitle('Launched.cvj — CVJ Studio');
  const written = await page.evaluate(async () => {
    const root = await navigator.storage.getDirectory();
    return (await (await root.getFileHandle('Launched.cvj')).getFile()).text();
  });
  expect(parseText(written).tactics.filter((t) => t.title === 'Webinar').length).toBe(
    parseText(text).tactics.filter((t) => t.title === 'Webinar').length + 1,
  );
  await host.stop();
  expect(errors).toEqual([]);
});
