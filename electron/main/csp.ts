/**
 * The renderer's Content Security Policy. One definition serves the <meta> tag injected into the
 * built index.html and the header main adds to every app:// response, so the two cannot drift.
 * No remote origins and no eval anywhere; dev mode only adds the Vite dev server (and what its
 * React Fast Refresh needs to run).
 */
export interface CspOptions {
  /** Origin of the Vite dev server (e.g. http://localhost:5173) in `electron-vite dev`. */
  devServerOrigin?: string;
}

/**
 * CSP hash of the inline module script @vitejs/plugin-react puts into index.html in dev (its
 * Fast Refresh preamble, base "/"). Allowing exactly that script keeps 'unsafe-inline' out of
 * script-src even in dev. test/unit/electron/security.test.ts recomputes it from the installed
 * plugin, so an upgrade that changes the preamble fails a test instead of a blank dev window.
 */
export const REACT_REFRESH_PREAMBLE_HASH = "'sha256-Z2/iFzh9VMlVkEOar1f/oSHWwQk3ve1qk/C2WdsC4Xk='";

export function buildCsp(options: CspOptions = {}): string {
  const dev = options.devServerOrigin;
  const devWs = dev ? dev.replace(/^http/, 'ws') : undefined;
  const directives: Record<string, string[]> = {
    'default-src': ["'none'"],
    'script-src': dev ? ["'self'", REACT_REFRESH_PREAMBLE_HASH] : ["'self'"],
    // React Flow positions nodes through the CSSOM, which CSP does not restrict; the bundled
    // stylesheet is a file. Inline <style> is only needed by Vite's dev server.
    'style-src': dev ? ["'self'", "'unsafe-inline'"] : ["'self'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': dev && devWs ? ["'self'", dev, devWs] : ["'self'"],
    'worker-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'frame-src': ["'none'"],
    'frame-ancestors': ["'none'"],
    'manifest-src': ["'self'"],
    'media-src': ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}
