import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialJsKb } from '../../../scripts/lib/initial-js';
import { THEMES } from '../../../shared/theme/tokens';

/**
 * The web app as `npm run build:web` leaves it in dist/web (the test command builds it before
 * the unit tests). test/e2e/pwa.spec.ts runs it in Chromium; these are the promises about the
 * files themselves.
 */
const DIST = 'dist/web';
if (!existsSync(join(DIST, 'index.html')))
  throw new Error('Run `npm run build:web` first (dist/web).');

/** Every file under `root`, as paths relative to it with forward slashes. */
function filesUnder(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory()
      ? filesUnder(root, path)
      : [relative(root, path).replaceAll('\\', '/')];
  });
}

describe('the web app build (dist/web)', () => {
  it('starts on less than 250 KB of JavaScript, gzip', () => {
    const { kb, files } = initialJsKb(DIST);
    console.log(`initial web JavaScript: ${kb.toFixed(1)} KB gzip in ${files.length} files`);
    expect(files.length).toBeGreaterThan(0);
    expect(kb).toBeLessThan(250);
    // zod (the file checker) loads after the first paint, with the first file read.
    const start = files.map((f) => readFileSync(join(DIST, f), 'utf8')).join('\n');
    expect(start).not.toContain('jitless');
  });

  it('precaches every file of the build: scripts, styles, fonts, icons, sounds, templates', () => {
    const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
    const precached = new Set([...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]));
    const files = filesUnder(DIST).filter((f) => f !== 'sw.js' && !/^workbox-[\w-]+\.js$/.test(f));
    const missing = files.filter((f) => !precached.has(f));
    expect(missing).toEqual([]);
    for (const kind of [
      /\.ttf$/,
      /\.wav$/,
      /\.css$/,
      /icons\/icon-512\.png$/,
      /saas-[\w-]+\.js$/,
      /^index\.html$/,
    ]) {
      expect(
        files.some((f) => kind.test(f)),
        String(kind),
      ).toBe(true);
    }
    // Navigations offline are answered with the app itself.
    expect(sw).toContain('createHandlerBoundToURL("index.html")');
  });

  it('links its manifest and theme colour, and has no test hooks', () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    expect(html).toContain('<link rel="manifest" href="./manifest.webmanifest">');
    expect(html).toContain(`<meta name="theme-color" content="${THEMES.light.colors.accent}">`);
    expect(html).toContain('http-equiv="Content-Security-Policy"');
    const js = filesUnder(DIST)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(DIST, f), 'utf8'))
      .join('\n');
    expect(js).not.toContain('cvjBench');
    expect(js).not.toContain('cvjDebug');
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(manifest).toMatchObject({
      name: 'CVJ Studio',
      display: 'standalone',
      theme_color: THEMES.light.colors.accent,
      file_handlers: [{ action: './', accept: { 'application/vnd.cvj+json': ['.cvj'] } }],
      launch_handler: { client_mode: 'focus-existing' },
    });
  });

  it('the desktop renderer has no service worker and no update prompt', () => {
    if (!existsSync('out/renderer/index.html'))
      throw new Error('Run `npm run build` first (out/renderer).');
    const js = filesUnder('out/renderer')
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join('out/renderer', f), 'utf8'))
      .join('\n');
    expect(js).not.toContain('A new version is ready');
    expect(js).not.toContain('serviceWorker');
  });
});
