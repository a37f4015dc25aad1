/**
 * true only in the test build (`npm run build:test`, out/renderer-test), which the browser tests
 * and the bench load; false in every build users run. Set by `define` in electron.vite.config.ts,
 * so the production bundle drops the test hooks (window.cvjDebug, window.cvjBench) entirely.
 */
declare const __CVJ_TEST_HOOKS__: boolean;

/**
 * true only in the installable web app (`npm run build:web`, dist/web): its service worker
 * registration and update prompt (renderer/src/pwa). Set by `define` in scripts/vite/renderer.ts.
 */
declare const __CVJ_WEB_APP__: boolean;
