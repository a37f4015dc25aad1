import { defineConfig } from 'vite';

// Serves the built renderer (out/renderer) on loopback for browser tests and `npm run preview:web`.
export default defineConfig({
  root: 'out/renderer',
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: { outDir: '.' },
});
