import type {
  DesktopApi,
  EventChannel,
  InvokeChannel,
  InvokeRequest,
  InvokeResponse,
  IpcResult,
  MenuCommand,
} from '../../shared/ipc/contract';

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
const MENU_COMMAND = 'menu:command' satisfies EventChannel;

function isIpcResult(value: unknown): value is IpcResult<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { ok?: unknown }).ok === 'boolean'
  );
}

export function createDesktopApi(ipc: IpcRendererLike): DesktopApi {
  async function invoke<C extends InvokeChannel>(
    channel: C,
    ...args: InvokeRequest<C>
  ): Promise<InvokeResponse<C>> {
    const result = await ipc.invoke(channel, ...args);
    if (!isIpcResult(result)) throw new Error(`[internal] Malformed reply on "${channel}".`);
    if (result.ok) return result.value as InvokeResponse<C>;
    // contextBridge copies only an Error's message to the page, so the code travels inside it.
    throw new Error(`[${result.error.code}] ${result.error.message}`);
  }

  return {
    getAppInfo: () => invoke(APP_INFO),
    setWindowState: (state) => invoke(SET_WINDOW_STATE, state),
    // No checks here on purpose: main is the gate (a compromised page could skip the preload's).
    openExternal: (url) => invoke(OPEN_EXTERNAL, url),
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
