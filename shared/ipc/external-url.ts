import { hasControlCharacters } from '../file/control-characters';

/**
 * Which links may leave the app. Main enforces this on `shell:open-external` (the OS opens the
 * URL in a browser or mail client); the inspector uses the same rule to show the exact URL that
 * would be opened, or to explain a disabled "Open link" button.
 *
 * Schemes the app hands to the OS: everything else is refused. A `javascript:` or `data:` URL
 * runs code, `file:` reaches the disk, and custom schemes launch other apps. A link in a .cvj
 * file is text anyone could have written (it may arrive by mail).
 */
export const EXTERNAL_URL_PROTOCOLS = ['http:', 'https:', 'mailto:'] as const;
export const MAX_EXTERNAL_URL_LENGTH = 2048;

// Whitespace and control characters never survive URL serialisation (href encodes them), so
// their presence means the string was not produced by `toExternalUrl`: refuse, do not guess.
function hasUnsafeCharacters(url: string): boolean {
  return hasControlCharacters(url) || /\s/u.test(url);
}

/** The WHATWG URL parser. Node and browsers both have it; shared/ is typed without DOM or Node. */
interface ParsedUrl {
  href: string;
  protocol: string;
  hostname: string;
  username: string;
  password: string;
}
const UrlParser = (globalThis as unknown as { URL: new (input: string) => ParsedUrl }).URL;

/**
 * Why `url` may not be opened outside the app, or null when it may. Main enforces this on
 * `shell:open-external`; the renderer uses it to explain a disabled "Open link" button.
 */
export function externalUrlProblem(url: string): string | null {
  if (url.length === 0) return 'There is no link to open.';
  if (url.length > MAX_EXTERNAL_URL_LENGTH) {
    return `Links longer than ${MAX_EXTERNAL_URL_LENGTH} characters cannot be opened.`;
  }
  if (hasUnsafeCharacters(url)) return 'Links with spaces or control characters cannot be opened.';
  let parsed: ParsedUrl;
  try {
    parsed = new UrlParser(url);
  } catch {
    return 'Only full addresses can be opened, such as https://example.com or mailto:name@example.com.';
  }
  if (!(EXTERNAL_URL_PROTOCOLS as readonly string[]).includes(parsed.protocol)) {
    return `Only http, https and mailto links can be opened, not ${parsed.protocol} links.`;
  }
  if (parsed.protocol !== 'mailto:' && parsed.hostname === '') {
    return 'This web address has no site name.';
  }
  // "https://yourbank.com@evil.example" goes to evil.example: a classic disguise.
  if (parsed.username !== '' || parsed.password !== '') {
    return 'Links with a user name or password are not opened: they can disguise the real site.';
  }
  return null;
}

export type ExternalUrlResult = { ok: true; url: string } | { ok: false; problem: string };

/**
 * What the user typed as a link, as the exact URL that would be opened: trimmed and normalised
 * by the URL parser (so the confirmation names precisely what the OS receives), then checked.
 */
export function toExternalUrl(text: string): ExternalUrlResult {
  const trimmed = text.trim();
  // The usual case, a card without a link (the inspector asks at every render of a card): no
  // parse, whose failure throws (and an exception captures the whole React stack).
  if (trimmed === '') return { ok: false, problem: externalUrlProblem('')! };
  let href: string;
  try {
    href = new UrlParser(trimmed).href;
  } catch {
    href = trimmed;
  }
  const problem = externalUrlProblem(href);
  return problem === null ? { ok: true, url: href } : { ok: false, problem };
}
