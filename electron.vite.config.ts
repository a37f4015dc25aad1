import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './scripts/vite/renderer';

const root = import.meta.dirname;

/**
 * `npm run build` (mode production): main, preload and the renderer users run, in out/.
 * `npm run build:test` (mode test): the renderer alone, with the test hooks the browser tests and
 * the bench drive (window.cvjDebug, window.cvjBench), in out/renderer-test. Everything else about
 * the two renderer builds is the same (scripts/vite/renderer.ts; the web app's is vite.web.config.ts).
 */
export default defineConfig(({ mode }) => {
  const testBuild = mode === 'test';
  const renderer = rendererConfig({
    root,
    outDir: resolve(root, testBuild ? 'out/renderer-test' : 'out/renderer'),
    testHooks: testBuild,
    web: false,
  });
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
