import { z } from 'zod';

/**
 * The IPC contract between main and the renderer. Channel names are `domain:verb`. Every request
 * payload has a zod schema that main checks before acting; the preload exposes `DesktopApi`
 * (window.cvj) and nothing else.
 */

/** Commands the native menu (or a shortcut main owns) sends to the renderer. */
export const MENU_COMMANDS = [
  'file:new',
  'file:open',
  'file:save',
  'file:save-as',
  'file:close',
  'edit:undo',
  'edit:redo',
  'edit:select-all',
  'edit:duplicate',
  'edit:quick-add',
  'edit:delete',
  'view:zoom-in',
  'view:zoom-out',
  'view:fit',
  'view:reset-zoom',
  'help:shortcuts',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

export const WindowStateSchema = z
  .object({
    /** Document title shown in the window title bar, e.g. "Untitled journey". */
    documentTitle: z.string().max(500),
    /** Unsaved changes: adds a marker to the title (and the macOS edited dot). */
    edited: z.boolean(),
  })
  .strict();
export type WindowState = z.infer<typeof WindowStateSchema>;

/**
 * Schemes the app hands to the OS (browser, mail client). Everything else is refused: a
 * `javascript:` or `data:` URL runs code, `file:` reaches the disk, and custom schemes launch
 * other apps. A link in a .cvj file is text anyone could have written (it may arrive by mail).
 */
export const EXTERNAL_URL_PROTOCOLS = ['http:', 'https:', 'mailto:'] as const;
export const MAX_EXTERNAL_URL_LENGTH = 2048;

// Whitespace and control characters never survive URL serialisation (href encodes them), so
// their presence means the string was not produced by `toExternalUrl`: refuse, do not guess.
function hasUnsafeCharacters(url: string): boolean {
  for (let i = 0; i < url.length; i++) {
    const code = url.charCodeAt(i);
    if (code <= 0x20 || code === 0x7f) return true;
  }
  return /\s/u.test(url);
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
  let href: string;
  try {
    href = new UrlParser(trimmed).href;
  } catch {
    href = trimmed;
  }
  const problem = externalUrlProblem(href);
  return problem === null ? { ok: true, url: href } : { ok: false, problem };
}

export const ExternalUrlSchema = z
  .string()
  .max(MAX_EXTERNAL_URL_LENGTH)
  .superRefine((url, ctx) => {
    const problem = externalUrlProblem(url);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
  });

/** Renderer → main requests (ipcRenderer.invoke / ipcMain.handle). */
export const INVOKE_CHANNELS = {
  'app:info': { request: z.tuple([]), response: AppInfoSchema },
  'window:set-state': { request: z.tuple([WindowStateSchema]), response: z.void() },
  /** Opens an http(s) or mailto URL in the user's browser or mail client, after the user confirmed. */
  'shell:open-external': { request: z.tuple([ExternalUrlSchema]), response: z.void() },
} as const;
export type InvokeChannel = keyof typeof INVOKE_CHANNELS;

/** Main → renderer events. */
export const EVENT_CHANNELS = {
  'menu:command': z.enum(MENU_COMMANDS),
} as const;
export type EventChannel = keyof typeof EVENT_CHANNELS;

/** What the preload exposes on `window.cvj`. The browser build implements the same interface. */
export interface DesktopApi {
  getAppInfo(): Promise<AppInfo>;
  setWindowState(state: WindowState): Promise<void>;
  /** Subscribes to menu commands; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * Opens an http(s) or mailto URL outside the app (see `externalUrlProblem`). Call it only
   * after the user confirmed the exact URL; main refuses anything else with `bad-request`.
   */
  openExternal(url: string): Promise<void>;
}

/** Composes the window title the way the app shows it everywhere. */
export function windowTitle(state: WindowState): string {
  return `${state.edited ? '• ' : ''}${state.documentTitle} — CVJ Studio`;
}

/** The positional arguments of an invoke channel, as main receives them after validation. */
export type InvokeRequest<C extends InvokeChannel> = z.output<
  (typeof INVOKE_CHANNELS)[C]['request']
>;
/** What an invoke channel resolves to in the renderer. */
export type InvokeResponse<C extends InvokeChannel> = z.output<
  (typeof INVOKE_CHANNELS)[C]['response']
>;

/**
 * Why main refused or failed an invoke. Main answers every invoke with an `IpcResult` instead of
 * throwing, because Electron flattens a thrown error into an unstructured message string.
 */
export type IpcErrorCode = 'bad-request' | 'forbidden' | 'unknown-channel' | 'internal';
export interface IpcError {
  code: IpcErrorCode;
  message: string;
}
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };
