import type { WebPreferences } from 'electron';
import { APP_ENTRY_URL, APP_ORIGIN } from './app-protocol';

/**
 * Security decisions for the main process, as plain functions (no `electron` at run time; the
 * type import is erased) so tests check them directly. index.ts and harden.ts only apply them.
 */

export interface WebPreferenceOptions {
  /**
   * Chromium's spellchecker on Linux downloads Hunspell dictionaries from Google at run time;
   * macOS and Windows use the OS checker. The caller decides per platform.
   */
  spellcheck?: boolean;
}

export function secureWebPreferences(
  preloadPath: string,
  options: WebPreferenceOptions = {},
): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    // Dropping a file on the window must not navigate away from the app (and lose the document).
    navigateOnDragDrop: false,
    safeDialogs: true,
    enableWebSQL: false,
    spellcheck: options.spellcheck ?? true,
  };
}

/**
 * `scheme://host[:port]`, or null for URLs without a host (about:, data:, file:, blob:, garbage).
 * Node's URL reports origin "null" for custom schemes such as app:// and keeps their host's case
 * (Chromium lowercases hosts of standard schemes), so it is built by hand.
 * Credentials in a URL are never legitimate here and are refused outright.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.username !== '' || parsed.password !== '' || parsed.host === '') return null;
  return `${parsed.protocol}//${parsed.host.toLowerCase()}`;
}

/** The renderer may only move between the app's own pages; everything else is denied. */
export function isAllowedNavigation(url: string, appOrigin: string): boolean {
  const target = originOf(url);
  return target !== null && target === originOf(appOrigin);
}

export interface SenderFrameInfo {
  url: string;
  /** Subframes are never trusted, even on our origin: the app has none, so one is foreign. */
  isMainFrame: boolean;
}

/** IPC is answered only for the main frame of a page on the app origin. */
export function isTrustedSender(
  frame: SenderFrameInfo | null | undefined,
  appOrigin: string,
): boolean {
  return (
    frame !== null &&
    frame !== undefined &&
    frame.isMainFrame &&
    isAllowedNavigation(frame.url, appOrigin)
  );
}

/**
 * Permission policy for session request/check handlers: the app needs no web permission
 * (copy/paste of cards goes through native menu roles, Copy as PNG/SVG through main's
 * `clipboard:write-image`, files through main). Granting one should be a
 * reviewed change with a test, hence a function rather than a bare `false` at the call site.
 */
export function isPermissionAllowed(_permission: string): boolean {
  return false;
}

export interface RendererTarget {
  /** What the window loads. */
  url: string;
  /** The only origin allowed to navigate and to call IPC. */
  origin: string;
  dev: boolean;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Where the renderer comes from. electron-vite dev sets ELECTRON_RENDERER_URL; it is honoured
 * only in an unpackaged app and only for a loopback http(s) server, so an environment variable
 * can never point a shipped app at a remote page that would then own the IPC bridge.
 */
export function resolveRendererTarget(env: {
  devServerUrl: string | undefined;
  isPackaged: boolean;
}): RendererTarget {
  const { devServerUrl, isPackaged } = env;
  if (!isPackaged && devServerUrl) {
    try {
      const url = new URL(devServerUrl);
      const origin = originOf(devServerUrl);
      if (
        (url.protocol === 'http:' || url.protocol === 'https:') &&
        LOOPBACK_HOSTS.has(url.hostname) &&
        origin
      ) {
        return { url: url.href, origin, dev: true };
      }
    } catch {
      // Fall through to the packaged renderer.
    }
  }
  return { url: APP_ENTRY_URL, origin: APP_ORIGIN, dev: false };
}

const OWNED_HEADERS = ['content-security-policy', 'x-content-type-options'];

/**
 * Response headers with our CSP and nosniff, for responses that do not come from the app://
 * handler (the dev server in dev). Any same-named header is replaced, whatever its case, so the
 * policy the renderer runs under is exactly ours.
 */
export function withSecurityHeaders(
  headers: Readonly<Record<string, string[]>> | undefined,
  csp: string,
): Record<string, string[]> {
  const kept = Object.entries(headers ?? {}).filter(
    ([name]) => !OWNED_HEADERS.includes(name.toLowerCase()),
  );
  return {
    ...Object.fromEntries(kept),
    'Content-Security-Policy': [csp],
    'X-Content-Type-Options': ['nosniff'],
  };
}
