import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * Browser tests run the renderer's test build (out/renderer-test, from `npm run build:test`: the
 * production renderer plus the test hooks the specs read) in Debian's Chromium, served on
 * loopback. Playwright's own browser download does not work on our machines.
 */
if (!existsSync('out/renderer-test/index.html')) {
  throw new Error('The browser tests run the test build: run `npm run build:test` first.');
}
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// E2E_PORT lets several checkouts run their browser tests side by side without one reusing
// another's preview server (and so testing another build).
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  outputDir: 'test-results/playwright',
  // Visual comparisons (test/e2e/visual.spec.ts): references live beside the specs and are
  // committed; CI never writes a missing one (it fails instead). The tolerance absorbs font
  // hinting and anti-aliasing, not a moved panel or a card in the wrong lane.
  snapshotPathTemplate: 'test/e2e/__screenshots__/{arg}{ext}',
  updateSnapshots: process.env.CI ? 'none' : 'missing',
  expect: {
    toHaveScreenshot: { maxDiffPixelRatio: 0.01, threshold: 0.25, animations: 'disabled', caret: 'hide' },
  },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --config vite.preview.config.ts --mode test --port ${port}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
