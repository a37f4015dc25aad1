import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA, type ManifestOptions } from 'vite-plugin-pwa';
import { rendererConfig } from './scripts/vite/renderer';
import { THEMES } from './shared/theme/tokens';
import { CVJ_MIME } from './shared/file/file-names';

const root = import.meta.dirname;
const iconSvg = readFileSync(resolve(root, 'assets/icon.svg'), 'utf8');

/**
 * Which build this is, in index.html (<meta name="cvj-build">): CVJ_BUILD_ID, else the commit.
 * Two deployments of different commits therefore differ in index.html, hence in the service
 * worker's precache list, which is how browsers notice a new version.
 */
function buildId(): string {
  if (process.env.CVJ_BUILD_ID) return process.env.CVJ_BUILD_ID;
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: root,
      encoding: 'utf8',
    }).trim();
  } catch {
    return 'unknown';
  }
}

/** The app icon as PNG (installability asks for 192 and 512), and a maskable one. */
export const WEB_ICONS = [
  { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
] as const;

/**
 * A maskable icon fills its square and keeps what matters inside the central circle (80 % of
 * the size) that every platform's mask leaves: the mark, scaled to 80 %, on the icon's blue.
 */
function maskableSvg(): string {
  const inner = iconSvg.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  const blue =
    /<rect[^>]*fill="(#[0-9a-fA-F]{6})"/.exec(iconSvg)?.[1] ?? THEMES.light.colors.accent;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512"><rect width="512" height="512" fill="${blue}"/><g transform="translate(51.2 51.2) scale(0.8)">${inner}</g></svg>`;
}

/** Rasterises assets/icon.svg (resvg, bundled: nothing to install) into the build. */
function webIcons(): Plugin {
  return {
    name: 'cvj-web-icons',
    apply: 'build',
    generateBundle() {
      for (const icon of WEB_ICONS) {
        const size = Number(icon.sizes.split('x')[0]);
        const svg = icon.purpose === 'maskable' ? maskableSvg() : iconSvg;
        const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
        this.emitFile({ type: 'asset', fileName: icon.src, source: png });
      }
    },
    transformIndexHtml() {
      return [
        {
          tag: 'meta',
          attrs: { name: 'theme-color', content: THEMES.light.colors.accent },
          injectTo: 'head',
        },
        {
          tag: 'link',
          attrs: { rel: 'apple-touch-icon', href: './icons/icon-192.png' },
          injectTo: 'head',
        },
        { tag: 'meta', attrs: { name: 'cvj-build', content: buildId() }, injectTo: 'head' },
      ];
    },
  };
}

export const WEB_MANIFEST: Partial<ManifestOptions> & Record<string, unknown> = {
  id: './',
  name: 'CVJ Studio',
  short_name: 'CVJ Studio',
  description:
    'Map a business’s Customer Value Journey: eight stages, the tactics at each, a funnel forecast. Works offline.',
  start_url: './',
  scope: './',
  display: 'standalone',
  background_color: THEMES.light.colors.canvas,
  theme_color: THEMES.light.colors.accent,
  categories: ['business', 'productivity'],
  icons: [...WEB_ICONS],
  // An installed app opens .cvj files from the OS (Chromium), in the window already open.
  file_handlers: [{ action: './', accept: { [CVJ_MIME]: ['.cvj'] } }],
  launch_handler: { client_mode: 'focus-existing' },
};

/**
 * `npm run build:web`: the installable web app in dist/web, for any static host. The renderer
 * users run (no test hooks) plus a manifest and a Workbox service worker that precaches every
 * file of the build, so after one visit the app starts and works with no network. A new
 * deployment waits until the user answers the update prompt (registerType "prompt").
 */
export default defineConfig(() => {
  const config = rendererConfig({
    root,
    outDir: resolve(root, 'dist/web'),
    testHooks: false,
    web: true,
    plugins: [
      webIcons(),
      VitePWA({
        registerType: 'prompt',
        // renderer/src/pwa/register.ts registers it, after the first paint.
        injectRegister: false,
        manifest: WEB_MANIFEST as Partial<ManifestOptions>,
        includeManifestIcons: true,
        workbox: {
          globPatterns: ['**/*.{js,css,html,svg,png,ttf,woff2,wav,webmanifest,json}'],
          // Fonts and the export renderer are the largest files, a few MB at most.
          maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
          cleanupOutdatedCaches: true,
          navigateFallback: 'index.html',
          // Nothing is fetched from anywhere else: no runtime caching.
          runtimeCaching: [],
        },
      }),
    ],
  });
  return config;
});
