import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { buildCsp } from './electron/main/csp';

const root = import.meta.dirname;

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

/**
 * `npm run build` (mode production): main, preload and the renderer users run, in out/.
 * `npm run build:test` (mode test): the renderer alone, with the test hooks the browser tests and
 * the bench drive (window.cvjDebug, window.cvjBench), in out/renderer-test. Everything else about
 * the two renderer builds is the same.
 */
export default defineConfig(({ mode }) => {
  const testBuild = mode === 'test';
  const renderer = {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [react(), cspMeta()],
    // Folded at build time: the production bundle has no test hooks at all (see env.d.ts).
    define: { __CVJ_TEST_HOOKS__: JSON.stringify(testBuild) },
    build: {
      outDir: resolve(root, testBuild ? 'out/renderer-test' : 'out/renderer'),
      emptyOutDir: true,
      // electron-vite leaves the renderer unminified by default: 1.6 MB of JavaScript to parse
      // at every start (368 KB gzip) instead of ~730 KB (~225 KB gzip).
      // CVJ_UNMINIFIED=1 keeps names readable for scripts/bench/profile.ts.
      minify: process.env.CVJ_UNMINIFIED !== '1',
      rollupOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  };
  if (testBuild) return { renderer };
  return {
    main: {
      build: {
        outDir: 'out/main',
        rollupOptions: { input: { index: resolve(root, 'electron/main/index.ts') } },
      },
    },
    preload: {
      build: {
        outDir: 'out/preload',
        rollupOptions: {
          input: { index: resolve(root, 'electron/preload/index.ts') },
          // A sandboxed preload must be CommonJS; the package is "type": "module", hence .cjs.
          output: { format: 'cjs', entryFileNames: '[name].cjs' },
        },
      },
    },
    renderer,
  };
});
