import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { test as base, type Page } from '@playwright/test';
import type { EventChannel, MenuCommand } from '../../../shared/ipc/contract';
import { FakeMain } from './mainProcess';

/**
 * A Playwright fixture that runs the renderer as the desktop app would, minus Electron:
 *
 *   page: window.cvj = the REAL preload API (electron/preload/api.ts, bundled for the page)
 *           │ ipcRenderer.invoke → page.exposeFunction
 *   test: main's REAL IPC gate and handlers (handleInvoke, createHandlers)
 *           → the REAL DocumentManager and file service on a temporary folder
 *           │ webContents.send → page.evaluate
 *   page: the preload's event listeners → the renderer
 *
 * Native dialogs answer from queues the test fills; see FakeMain.
 */

const PRELOAD_API = join(import.meta.dirname, '../../../electron/preload/api.ts');

let preloadScript: string | null = null;

/** The preload API compiled for the page, as `var __cvjPreloadApi` (same script as the bridge). */
function preloadApiScript(): string {
  preloadScript ??= buildSync({
    entryPoints: [PRELOAD_API],
    bundle: true,
    format: 'iife',
    globalName: '__cvjPreloadApi',
    platform: 'browser',
    target: 'es2022',
    write: false,
  }).outputFiles[0]!.text;
  return preloadScript;
}

/** Runs in the page before the app: an ipcRenderer stand-in, then window.cvj as the preload makes it. */
const PAGE_BRIDGE = `
(() => {
  const listeners = new Map();
  const ipc = {
    invoke: (channel, ...args) => window.__cvjBridgeInvoke(channel, args),
    on(channel, listener) {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel).add(listener);
    },
    removeListener(channel, listener) {
      listeners.get(channel)?.delete(listener);
    },
  };
  window.__cvjBridgeEmit = (channel, payload) => {
    for (const listener of [...(listeners.get(channel) ?? [])]) listener({}, payload);
  };
  // Electron's webUtils.getPathForFile: a dropped File's path on disk. The test says which
  // names stand for which files (window.__cvjDropPaths); any other File has none (""), as a
  // File the page made itself has none in Electron.
  const host = {
    getPathForFile: (file) => (window.__cvjDropPaths && file && window.__cvjDropPaths[file.name]) || '',
  };
  // contextBridge hands the page a frozen copy.
  window.cvj = Object.freeze(__cvjPreloadApi.createDesktopApi(ipc, host));
})();
`;

export class DesktopBridge {
  constructor(readonly main: FakeMain) {}

  /** A path in the temporary journeys folder. */
  path(name: string): string {
    return join(this.main.dir, name);
  }

  /** Makes `page` an editor window of this app. Call before `page.goto`. Returns its window id. */
  async attach(page: Page): Promise<number> {
    const id = this.main.addWindow({
      send: (channel: EventChannel, payload: unknown) => {
        void page
          .evaluate(
            ([c, p]) =>
              (
                window as unknown as { __cvjBridgeEmit(c: string, p: unknown): void }
              ).__cvjBridgeEmit(c, p),
            [channel, payload] as const,
          )
          .catch(() => {});
      },
    });
    await page.exposeFunction('__cvjBridgeInvoke', (channel: string, args: unknown[]) =>
      this.main.invoke(id, page.url(), channel, args),
    );
    await page.addInitScript({ content: `${preloadApiScript()}\n${PAGE_BRIDGE}` });
    // A committed main-frame navigation after the first load is a reload: the page's journey is gone.
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) this.main.pageLost(id);
    });
    return id;
  }

  /** A command from the native menu (or its accelerator, e.g. Ctrl+S) in window `id`. */
  menu(id: number, command: MenuCommand): void {
    this.main.menu(id, command);
  }

  /**
   * The user clicks the window's close button: it closes at once when clean, else main asks
   * Save / Don't save / Cancel (answer with `main.answerUnsavedPrompt` first). Resolves true
   * when the window closed.
   */
  async close(id: number): Promise<boolean> {
    if (this.main.manager.mayClose(id)) {
      this.main.manager.windowClosed(id);
      this.main.closedWindows.push(id);
      return true;
    }
    return this.main.manager.requestClose(id);
  }

  /** The window title main set for window `id` ("• a.cvj — CVJ Studio"). */
  title(id: number): string | undefined {
    return this.main.views.get(id)?.title;
  }
}

export const test = base.extend<{ desktop: DesktopBridge }>({
  desktop: async ({ baseURL }, use) => {
    const main = new FakeMain({ appOrigin: new URL(baseURL ?? 'http://127.0.0.1:4173').origin });
    await use(new DesktopBridge(main));
    main.dispose();
  },
});

export { expect } from '@playwright/test';
