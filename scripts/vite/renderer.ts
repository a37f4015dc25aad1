import { resolve } from 'node:path';
import type { Plugin, PluginOption, UserConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { buildCsp } from '../../electron/main/csp';

/** Puts the app's CSP into index.html as a <meta> tag so it also holds in a plain browser. */
function cspMeta(): Plugin {
  let dev = false;
  let origin = '';
  return {
    name: 'cvj-csp-meta',
    configResolved(config) {
      dev = config.command === 'serve';
      origin = `http://${config.server.host && typeof config.server.host === 'string' ? config.server.host : 'localhost'}:${config.server.port ?? 5173}`;
    },
    transformIndexHtml() {
      // frame-ancestors is ignored (with a console warning) in a <meta> tag; main sends it as a
      // header on every app:// response.
      const csp = buildCsp(dev ? { devServerOrigin: origin } : {})
        .split('; ')
        .filter((directive) => !directive.startsWith('frame-ancestors'))
        .join('; ');
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: csp },
          injectTo: 'head-prepend',
        },
      ];
    },
  };
}

export interface RendererBuild {
  /** The repository's root (the calling config's directory: this file may be bundled elsewhere). */
  root: string;
  outDir: string;
  /** The test hooks (window.cvjDebug, window.cvjBench): only in `npm run build:test`. */
  testHooks: boolean;
  /** The installable web app (`npm run build:web`): service worker, manifest, update prompt. */
  web: boolean;
  plugins?: PluginOption[];
}

/**
 * The renderer's Vite options, one definition for its three builds: the desktop app's
 * (out/renderer), the test build the browser tests and the bench drive (out/renderer-test) and
 * the web app (dist/web). They differ only in the flags folded at build time (env.d.ts) and in
 * the web app's service worker and manifest.
 */
export function rendererConfig(build: RendererBuild): UserConfig {
  const { root } = build;
  return {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [react(), cspMeta(), ...(build.plugins ?? [])],
    // CVJ_PROFILING=1: React's profiling build, which times each component's render (read by
    // scripts/bench/profile.ts --react). Never in a shipped build.
    ...(process.env.CVJ_PROFILING === '1' && build.testHooks
      ? { resolve: { alias: [{ find: /^react-dom\/client$/, replacement: 'react-dom/profiling' }] } }
      : {}),
    // Folded at build time: builds without a feature have none of its code (see env.d.ts).
    define: {
      __CVJ_TEST_HOOKS__: JSON.stringify(build.testHooks),
      __CVJ_WEB_APP__: JSON.stringify(build.web),
    },
    build: {
      outDir: build.outDir,
      emptyOutDir: true,
      // electron-vite leaves the renderer unminified by default: 1.6 MB of JavaScript to parse
      // at every start (368 KB gzip) instead of ~730 KB (~225 KB gzip).
      // CVJ_UNMINIFIED=1 keeps names readable for scripts/bench/profile.ts.
      minify: process.env.CVJ_UNMINIFIED !== '1',
      rollupOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  };
}
