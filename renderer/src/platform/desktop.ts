import type { DesktopApi } from '../../../shared/ipc/desktop-api';
import type { Platform } from './types';

/** The preload's API as the desktop app exposes it: every member present (electron/preload/api.ts). */
export type DesktopBridge = Required<DesktopApi>;

export function isDesktopBridge(api: DesktopApi | undefined): api is DesktopBridge {
  return (
    api !== undefined &&
    api.documents !== undefined &&
    typeof api.exportFile === 'function' &&
    typeof api.exportFiles === 'function' &&
    typeof api.copyImage === 'function' &&
    typeof api.setTheme === 'function' &&
    api.templates !== undefined
  );
}

/**
 * The renderer in the desktop app: every request goes to main through the preload. Main owns the
 * files, the dialogs, the clipboard and the close prompts.
 */
export function createDesktopPlatform(bridge: DesktopBridge): Platform {
  return {
    isBrowser: false,
    documents: bridge.documents,
    getAppInfo: () => bridge.getAppInfo(),
    setWindowState: (state) => bridge.setWindowState(state),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    openExternal: (url) => bridge.openExternal(url),
    exportFile: (request) => bridge.exportFile(request),
    exportFiles: (request) => bridge.exportFiles(request),
    copyImage: (request) => bridge.copyImage(request),
    setTheme: (choice) => bridge.setTheme(choice),
    templates: bridge.templates,
    forgetFile() {},
    async keepForReload() {},
  };
}
