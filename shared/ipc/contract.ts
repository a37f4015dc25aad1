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

/** Renderer → main requests (ipcRenderer.invoke / ipcMain.handle). */
export const INVOKE_CHANNELS = {
  'app:info': { request: z.tuple([]), response: AppInfoSchema },
  'window:set-state': { request: z.tuple([WindowStateSchema]), response: z.void() },
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
