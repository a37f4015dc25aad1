import { join } from 'node:path';
import { app, BrowserWindow, Menu, protocol, session, shell, type BaseWindow } from 'electron';
import type { EventChannel, MenuCommand } from '../../shared/ipc/contract';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, serveAppRequest } from './app-protocol';
import { buildCsp } from './csp';
import { hardenSession, hardenWebContents } from './harden';
import { registerIpc } from './ipc';
import { createHandlers } from './ipc-handlers';
import { buildMenuTemplate, toElectronMenu } from './menu';
import { resolveRendererTarget } from './security';
import { applyWindowState, createMainWindow } from './window';

/** App lifecycle and wiring. Every decision lives in an electron-free module next to this one. */

const target = resolveRendererTarget({
  devServerUrl: process.env['ELECTRON_RENDERER_URL'],
  isPackaged: app.isPackaged,
});
const csp = buildCsp(target.dev ? { devServerOrigin: target.origin } : {});
// Built layout: out/main/index.js, out/preload/index.cjs, out/renderer/index.html.
const preloadPath = join(import.meta.dirname, '../preload/index.cjs');
const rendererRoot = join(import.meta.dirname, '../renderer');
const MENU_EVENT: EventChannel = 'menu:command';

// Both must happen before `ready`.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;

function openMainWindow(): BrowserWindow {
  const window = createMainWindow({
    preloadPath,
    url: target.url,
    // Chromium's Linux spellchecker downloads dictionaries at run time; the app works offline.
    spellcheck: process.platform !== 'linux',
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  mainWindow = window;
  return window;
}

function sendMenuCommand(command: MenuCommand, source: BaseWindow | undefined): void {
  const window =
    (source instanceof BrowserWindow ? source : null) ??
    BrowserWindow.getFocusedWindow() ??
    mainWindow;
  if (!window || window.isDestroyed()) {
    // macOS keeps the app alive with no window: any menu command brings the editor back, with a
    // fresh untitled journey (the command itself is dropped: nothing is subscribed yet).
    openMainWindow();
    return;
  }
  window.webContents.send(MENU_EVENT, command);
}

function installMenu(): void {
  const template = buildMenuTemplate({
    platform: process.platform,
    appName: app.name,
    isDev: !app.isPackaged,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(toElectronMenu(template, sendMenuCommand)));
}

function start(): void {
  hardenSession(session.defaultSession, csp);
  protocol.handle(APP_SCHEME, async (request) => {
    const response = await serveAppRequest(
      { url: request.url, method: request.method },
      { rootDir: rendererRoot, csp },
    );
    return new Response(response.body, { status: response.status, headers: response.headers });
  });
  registerIpc({
    handlers: createHandlers({
      appInfo: () => ({ name: app.name, version: app.getVersion(), platform: process.platform }),
      setWindowState: applyWindowState,
      // The URL reaching here passed the contract's http/https/mailto check in handleInvoke.
      openExternal: (url) => shell.openExternal(url),
    }),
    appOrigin: target.origin,
    onInternalError: (channel, error) => console.error(`IPC ${channel} failed:`, error),
  });
  installMenu();
  openMainWindow();
}

if (!app.requestSingleInstanceLock()) {
  // Another instance owns the window; it is told via 'second-instance' and we leave.
  app.quit();
} else {
  // Registered before any window exists so no web contents escapes the guards.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, target.origin));
  app.on('second-instance', () => {
    const window = mainWindow ?? openMainWindow();
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0 && app.isReady()) openMainWindow();
  });
  app.whenReady().then(start, (error: unknown) => {
    console.error('CVJ Studio could not start:', error);
    app.exit(1);
  });
}
