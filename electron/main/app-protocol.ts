import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * The production renderer is served from `app://cvj/…` rather than file://: a standard, secure
 * scheme gives the page a real origin (so 'self' in the CSP, storage and fetch mean "our files"),
 * and a file:// page could read any file on disk. This module is the whole request → file
 * mapping, free of `electron` so it is tested for real; index.ts only hands it requests.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'cvj';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Privileges for protocol.registerSchemesAsPrivileged. corsEnabled stays off on purpose: it
 * would let other origins read our files; same-origin module scripts do not need it.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  codeCache: true,
} as const;

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** With `nosniff`, an unknown type must not be guessed into something executable. */
export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export type ResolvedPath = { ok: true; filePath: string } | { ok: false; status: 400 | 404 };

/**
 * Maps an app:// URL to a file inside `rootDir`, or refuses. Segments are decoded one by one and
 * any decoded segment that could change directory (`..`, `.`, a separator, a drive colon, NUL) is
 * refused, so neither `../` nor `%2e%2e%2f` nor `..%5c` can climb out; the final containment check
 * is a second, independent guard.
 */
export function resolveAppPath(url: string, rootDir: string): ResolvedPath {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, status: 400 };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host.toLowerCase() !== APP_HOST) {
    return { ok: false, status: 404 };
  }
  const segments: string[] = [];
  for (const raw of parsed.pathname.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { ok: false, status: 400 };
    }
    if (segment === '.' || segment === '..' || /[/\\:\0]/.test(segment)) {
      return { ok: false, status: 400 };
    }
    segments.push(segment);
  }
  // The app is a single page: the bare origin means its entry document.
  if (segments.length === 0) segments.push('index.html');
  const root = resolve(rootDir);
  const filePath = resolve(root, ...segments);
  if (!isInside(root, filePath)) return { ok: false, status: 404 };
  return { ok: true, filePath };
}

function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

/** Headers for every app:// response. The CSP also travels on scripts: workers take theirs from it. */
export function appResponseHeaders(contentType: string, csp: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    // Files change with every release; let the renderer revalidate rather than trust a cache.
    'Cache-Control': 'no-cache',
  };
}

export interface AppRequest {
  url: string;
  method: string;
}

export interface AppResponse {
  status: number;
  headers: Record<string, string>;
  // ArrayBuffer-backed so it is a valid Response body as is.
  body: Uint8Array<ArrayBuffer> | null;
}

export interface ServeOptions {
  /** Absolute path of the built renderer (out/renderer). */
  rootDir: string;
  csp: string;
}

/** Answers one app:// request. Never throws: every failure is an HTTP status. */
export async function serveAppRequest(
  request: AppRequest,
  options: ServeOptions,
): Promise<AppResponse> {
  const method = request.method.toUpperCase();
  if (method !== 'GET' && method !== 'HEAD') {
    return errorResponse(405, options.csp);
  }
  const resolved = resolveAppPath(request.url, options.rootDir);
  if (!resolved.ok) return errorResponse(resolved.status, options.csp);
  try {
    // A symlink inside the root could point anywhere: check where the bytes really live.
    const [realRoot, realFile] = await Promise.all([
      realpath(options.rootDir),
      realpath(resolved.filePath),
    ]);
    if (!isInside(realRoot, realFile)) return errorResponse(404, options.csp);
    const info = await stat(realFile);
    if (!info.isFile()) return errorResponse(404, options.csp);
    const body = method === 'HEAD' ? null : new Uint8Array(await readFile(realFile));
    return { status: 200, headers: appResponseHeaders(mimeTypeFor(realFile), options.csp), body };
  } catch {
    return errorResponse(404, options.csp);
  }
}

function errorResponse(status: number, csp: string): AppResponse {
  return { status, headers: appResponseHeaders('text/plain; charset=utf-8', csp), body: null };
}
