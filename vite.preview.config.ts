import { defineConfig } from 'vite';

/**
 * Serves a built renderer on loopback: `npm run preview:web` the web app (dist/web, from
 * `npm run build:web`); with `--mode test` the test build the browser tests drive
 * (out/renderer-test, from `npm run build:test`).
 */
export default defineConfig(({ mode }) => ({
  root: mode === 'test' ? 'out/renderer-test' : 'dist/web',
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: { outDir: '.' },
}));
