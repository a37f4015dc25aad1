import type { FileError } from '../../shared/file/file-errors';
import type {
  TemplateOutcome,
  EventChannel,
  InvokeArgs,
  InvokeChannel,
  InvokeResponse,
  IpcResult,
  MenuCommand,
  OpenedDocument,
  OpenOutcome,
  SaveRequest,
} from '../../shared/ipc/contract';
import type { DesktopApi, DocumentsApi, DroppedFile } from '../../shared/ipc/desktop-api';

/**
 * The preload's API, built over any ipcRenderer-shaped object so it is tested in Node. Only
 * types come from the contract: its value exports pull in zod, which a sandboxed preload can
 * neither require nor should carry. The channel names below are type-checked against it.
 */

/** The slice of Electron's ipcRenderer this module uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

const APP_INFO = 'app:info' satisfies InvokeChannel;
const SET_WINDOW_STATE = 'window:set-state' satisfies InvokeChannel;
const OPEN_EXTERNAL = 'shell:open-external' satisfies InvokeChannel;
const EXPORT_FILE = 'file:export' satisfies InvokeChannel;
const EXPORT_FILES = 'file:export-many' satisfies InvokeChannel;
const COPY_IMAGE = 'clipboard:write-image' satisfies InvokeChannel;
const SET_THEME = 'ui:set-theme' satisfies InvokeChannel;
const MENU_COMMAND = 'menu:command' satisfies EventChannel;
const FILE_OPENED = 'file:opened' satisfies EventChannel;
const FILE_OPEN_FAILED = 'file:open-failed' satisfies EventChannel;
const FILE_SAVE_REQUESTED = 'file:save-requested' satisfies EventChannel;

/** What the preload needs besides ipcRenderer: Electron's webUtils.getPathForFile. */
export interface PreloadHost {
  /** The path of a dropped file on disk, or "" for one that is not on disk. */
  getPathForFile(file: DroppedFile): string;
}

type Listener = (event: unknown, ...args: unknown[]) => void;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

// Main is trusted, but the page gets fresh objects with exactly the contract's fields, so
// nothing else an event might carry (or a future field by mistake) reaches it.
function toOpenedDocument(value: unknown): OpenedDocument | null {
  if (!isRecord(value)) return null;
  const { text, name, hasFile, edited, recoveredAt } = value;
  if (typeof text !== 'string' || typeof name !== 'string') return null;
  if (typeof hasFile !== 'boolean' || typeof edited !== 'boolean') return null;
  if (recoveredAt !== null && typeof recoveredAt !== 'string') return null;
  return { text, name, hasFile, edited, recoveredAt };
}

function toFileError(value: unknown): FileError | null {
  if (!isRecord(value)) return null;
  const { code, message, fileName, jsonPath, details } = value;
  if (typeof code !== 'string' || typeof message !== 'string' || typeof fileName !== 'string') {
    return null;
  }
  return {
    code: code as FileError['code'],
    message,
    fileName,
    ...(typeof jsonPath === 'string' ? { jsonPath } : {}),
    ...(Array.isArray(details) ? { details: details.filter((d) => typeof d === 'string') } : {}),
  };
}

function toSaveRequest(value: unknown): SaveRequest | null {
  if (!isRecord(value)) return null;
  const { requestId, reason } = value;
  if (typeof requestId !== 'string' || (reason !== 'close' && reason !== 'quit')) return null;
  return { requestId, reason };
}

function isIpcResult(value: unknown): value is IpcResult<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { ok?: unknown }).ok === 'boolean'
  );
}

export function createDesktopApi(ipc: IpcRendererLike, host?: PreloadHost): DesktopApi {
  async function invoke<C extends InvokeChannel>(
    channel: C,
    ...args: InvokeArgs<C>
  ): Promise<InvokeResponse<C>> {
    const result = await ipc.invoke(channel, ...args);
    if (!isIpcResult(result)) throw new Error(`[internal] Malformed reply on "${channel}".`);
    if (result.ok) return result.value as InvokeResponse<C>;
    // contextBridge copies only an Error's message to the page, so the code travels inside it.
    throw new Error(`[${result.error.code}] ${result.error.message}`);
  }

  /** Subscribes to one event; the page's listener gets the converted payload only. */
  function subscribe<T>(
    channel: EventChannel,
    convert: (value: unknown) => T | null,
    listener: (payload: T) => void,
    method: string,
  ): () => void {
    if (typeof listener !== 'function') throw new TypeError(`${method} needs a function.`);
    const wrapper: Listener = (_event, payload) => {
      const value = convert(payload);
      if (value !== null) listener(value);
    };
    ipc.on(channel, wrapper);
    return () => {
      ipc.removeListener(channel, wrapper);
    };
  }

  async function openDropped(file: DroppedFile): Promise<OpenOutcome> {
    const name = isRecord(file) && typeof file.name === 'string' ? file.name : 'The dropped item';
    let path = '';
    try {
      path = host?.getPathForFile(file) ?? '';
    } catch {
      // Not a File object: treated like a file that is not on disk.
    }
    if (path === '') {
      return {
        status: 'error',
        error: {
          code: 'NOT_CVJ',
          fileName: name,
          message: `Couldn’t open “${name}”: it is not a file on this computer. Drop a .cvj file from a folder.`,
        },
      };
    }
    return invoke('file:open-dropped', path);
  }

  // Arguments are passed through unchecked on purpose: main validates every payload.
  const documents: DocumentsApi = {
    ready: () => invoke('window:ready'),
    newWindow: () => invoke('file:new-window'),
    newFromTemplate: (journey) => invoke('file:new-from-template', journey),
    open: () => invoke('file:open'),
    openRecent: (id) => invoke('file:open-recent', id),
    openDropped,
    revert: () => invoke('file:revert'),
    save: (request) => invoke('file:save', request),
    saveAs: (request) => invoke('file:save-as', request),
    listRecent: () => invoke('file:recent-list'),
    clearRecent: () => invoke('file:recent-clear'),
    answerSaveRequest: (answer) => invoke('file:save-request-done', answer),
    writeRecovery: (snapshot) => invoke('recovery:write', snapshot),
    listRecovery: () => invoke('recovery:list'),
    restoreRecovery: (id) => invoke('recovery:restore', id),
    discardRecovery: (id) => invoke('recovery:discard', id),
    onOpened: (listener) => subscribe(FILE_OPENED, toOpenedDocument, listener, 'onOpened'),
    onOpenFailed: (listener) => subscribe(FILE_OPEN_FAILED, toFileError, listener, 'onOpenFailed'),
    onSaveRequested: (listener) =>
      subscribe(FILE_SAVE_REQUESTED, toSaveRequest, listener, 'onSaveRequested'),
  };

  return {
    documents,
    getAppInfo: () => invoke(APP_INFO),
    setWindowState: (state) => invoke(SET_WINDOW_STATE, state),
    // No checks here on purpose: main is the gate (a compromised page could skip the preload's).
    openExternal: (url) => invoke(OPEN_EXTERNAL, url),
    // Main shows the Save dialog and writes the file; the page only suggests a name.
    exportFile: (request) => invoke(EXPORT_FILE, request as InvokeArgs<typeof EXPORT_FILE>[0]),
    exportFiles: (request) => invoke(EXPORT_FILES, request as InvokeArgs<typeof EXPORT_FILES>[0]),
    // Main writes the clipboard; the page has no clipboard permission of its own.
    copyImage: (request) => invoke(COPY_IMAGE, request as InvokeArgs<typeof COPY_IMAGE>[0]),
    setTheme: (choice) => invoke(SET_THEME, choice),
    templates: {
      list: () => invoke('templates:list'),
      // Main answers with a sentence to show; the page's API throws it, as an Error.
      save: async (template) => doneOrThrow(await invoke('templates:save', template)),
      remove: async (id) => {
        doneOrThrow(await invoke('templates:remove', id));
      },
    },
    onMenuCommand(listener) {
      if (typeof listener !== 'function') throw new TypeError('onMenuCommand needs a function.');
      // The page gets the command string only: never the IpcRendererEvent (its `sender` is
      // ipcRenderer itself) and never a way to reach ipcRenderer.
      const wrapper = (_event: unknown, command: unknown): void => {
        if (typeof command === 'string') listener(command as MenuCommand);
      };
      ipc.on(MENU_COMMAND, wrapper);
      return () => {
        ipc.removeListener(MENU_COMMAND, wrapper);
      };
    },
  };
}

function doneOrThrow(outcome: TemplateOutcome): string {
  if (outcome.status === 'error') throw new Error(outcome.message);
  return outcome.id;
}
