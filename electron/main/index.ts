import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  clipboard,
  ClipboardItem,
  Menu,
  nativeTheme,
  protocol,
  session,
  shell,
  type BaseWindow,
} from 'electron';
import { themeOfCommand, type EventChannel, type MenuCommand } from '../../shared/ipc/contract';
import { getTheme, resolveTheme, type ThemeChoice } from '../../shared/theme/tokens';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, serveAppRequest } from './app-protocol';
import { buildCsp } from './csp';
import {
  createDialogPort,
  createShellPort,
  createWindowPort,
  idOfWindow,
  windowById,
  chooseExportFolder,
  chooseExportPath,
  confirmReplaceExports,
} from './desktop-ports';
import { exportImage, exportImages } from './export-files';
import { copyImageToClipboard } from './clipboard-images';
import { DocumentManager } from './documents/manager';
import { OpenQueue } from './documents/open-queue';
import { BackupStore } from './files/backups';
import { DocumentFiles } from './files/document-files';
import { nodeFs } from './files/fs-port';
import { filesFromArgv } from './files/paths';
import { RecentList } from './files/recent-list';
import { RecoveryStore } from './files/recovery-store';
import { hardenSession, hardenWebContents } from './harden';
import { registerIpc } from './ipc';
import { createHandlers } from './ipc-handlers';
import { buildMenuTemplate, toElectronMenu, type MenuAction } from './menu';
import { ThemeSetting } from './theme-setting';
import { UserTemplates } from './user-templates';
import { resolveRendererTarget } from './security';
import { createMainWindow } from './window';

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
/** A renderer that crashes again this soon after a reload is left alone (no reload loop). */
const CRASH_RELOAD_INTERVAL_MS = 10_000;

// Both must happen before `ready`.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
app.enableSandbox();

/** Files to open that arrive before the document manager exists (argv, macOS open-file). */
const openQueue = new OpenQueue();
let documents: DocumentManager | null = null;
let quitConfirmed = false;

function focusedWindowId(): number | null {
  return idOfWindow(BrowserWindow.getFocusedWindow());
}

/**
 * The theme the windows show (they share it through their storage, and tell main when it
 * changes); saved in userData so the next start's first window opens in it.
 */
let themeChoice: ThemeChoice = 'system';
let themeSetting: ThemeSetting | null = null;

function applyNativeTheme(choice: ThemeChoice): void {
  // Native dialogs and the title bar follow: the projector theme is a light one.
  nativeTheme.themeSource = choice === 'projector' ? 'light' : choice;
}

function setTheme(choice: ThemeChoice): void {
  if (choice === themeChoice) return;
  themeChoice = choice;
  applyNativeTheme(choice);
  void themeSetting?.save(choice);
  void installMenu();
}

/** An editor window, wired to the document manager (which owns its session). */
function openEditorWindow(): BrowserWindow {
  const window = createMainWindow({
    preloadPath,
    url: target.url,
    // Chromium's Linux spellchecker downloads dictionaries at run time; the app works offline.
    spellcheck: process.platform !== 'linux',
    background: getTheme(
      resolveTheme(themeChoice, {
        dark: nativeTheme.shouldUseDarkColors,
        moreContrast: nativeTheme.shouldUseHighContrastColors,
      }),
    ).colors.canvas,
  });
  // Captured now: window.webContents cannot be read once the window is destroyed.
  const id = window.webContents.id;
  let lastCrashReload = 0;
  window.on('close', (event) => {
    if (!documents || documents.mayClose(id)) return;
    // Unsaved changes: ask (Save / Don't Save / Cancel); the manager closes it if allowed.
    event.preventDefault();
    void documents.requestClose(id);
  });
  window.on('closed', () => documents?.windowClosed(id));
  // A committed main-frame load replaced the page (View > Reload in dev, the crash reload
  // below): its journey is gone. Blocked navigations never commit, so they do not count.
  window.webContents.on('did-navigate', () => documents?.pageLost(id));
  window.webContents.on('render-process-gone', (_event, details) => {
    documents?.pageLost(id);
    if (details.reason === 'clean-exit' || window.isDestroyed()) return;
    // The page reloads and is offered its own autosave back (DocumentManager.ready).
    const now = Date.now();
    if (now - lastCrashReload < CRASH_RELOAD_INTERVAL_MS) return;
    lastCrashReload = now;
    window.webContents.reload();
  });
  return window;
}

function sendMenuCommand(command: MenuCommand, source: BaseWindow | undefined): void {
  if (!documents) return;
  // Main keeps the choice too (the menu's check, native dialogs), even with no window open.
  const theme = themeOfCommand(command);
  if (theme) setTheme(theme);
  const windowId = idOfWindow(source) ?? focusedWindowId();
  if (documents.handleMenuCommand(command, windowId)) return;
  const window = windowId === null ? null : windowById(windowId);
  if (!window) {
    // macOS keeps the app alive with no window: any menu command brings the editor back, with a
    // fresh untitled journey (the command itself is dropped: nothing is subscribed yet).
    documents.newWindow();
    return;
  }
  window.webContents.send(MENU_EVENT, command);
}

function runMenuAction(action: MenuAction, source: BaseWindow | undefined): void {
  if (!documents) return;
  const windowId = idOfWindow(source) ?? focusedWindowId();
  if (action.type === 'open-recent') void documents.openRecent(windowId, action.id, 'push');
  else void documents.clearRecent();
}

let menuBuild = 0;
/** (Re)builds the menu with the current recent list; the latest call wins. */
async function installMenu(): Promise<void> {
  const build = ++menuBuild;
  const recent = documents ? await documents.recentMenuItems().catch(() => []) : [];
  if (build !== menuBuild) return;
  const template = buildMenuTemplate({
    platform: process.platform,
    appName: app.name,
    isDev: !app.isPackaged,
    recent,
    theme: themeChoice,
  });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(toElectronMenu(template, sendMenuCommand, runMenuAction)),
  );
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession, csp);
  protocol.handle(APP_SCHEME, async (request) => {
    const response = await serveAppRequest(
      { url: request.url, method: request.method },
      { rootDir: rendererRoot, csp },
    );
    return new Response(response.body, { status: response.status, headers: response.headers });
  });

  const userData = app.getPath('userData');
  const warn = (message: string, error?: unknown): void => console.warn(message, error ?? '');
  themeSetting = new ThemeSetting({ fs: nodeFs, file: join(userData, 'theme.json'), onWarning: warn });
  themeChoice = await themeSetting.load();
  applyNativeTheme(themeChoice);
  const recovery = new RecoveryStore({
    fs: nodeFs,
    dir: join(userData, 'recovery'),
    onWarning: warn,
  });
  await recovery.removeStaleTempFiles();
  const manager = new DocumentManager({
    files: new DocumentFiles({
      fs: nodeFs,
      backups: new BackupStore({ fs: nodeFs, dir: join(userData, 'backups') }),
      onWarning: warn,
    }),
    recent: new RecentList({ fs: nodeFs, file: join(userData, 'recent.json'), onWarning: warn }),
    recovery,
    fs: nodeFs,
    windows: createWindowPort(openEditorWindow),
    dialogs: createDialogPort(),
    shell: createShellPort(() => void installMenu()),
  });
  documents = manager;

  registerIpc({
    handlers: createHandlers({
      appInfo: () => ({ name: app.name, version: app.getVersion(), platform: process.platform }),
      setWindowState: (senderId, state) => manager.setWindowState(senderId, state),
      setTheme,
      templates: new UserTemplates({ fs: nodeFs, dir: join(userData, 'templates'), onWarning: warn }),
      // The URL reaching here passed the contract's http/https/mailto check in handleInvoke.
      openExternal: (url) => shell.openExternal(url),
      documents: manager,
      exportImage: (senderId, request) =>
        exportImage(
          { fs: nodeFs, chooseExportPath, defaultDir: () => app.getPath('documents') },
          senderId,
          request,
        ),
      exportImages: (senderId, request) =>
        exportImages(
          {
            fs: nodeFs,
            chooseExportFolder,
            confirmReplace: confirmReplaceExports,
            defaultDir: () => app.getPath('documents'),
          },
          senderId,
          request,
        ),
      copyImage: (senderId, image) =>
        copyImageToClipboard(
          {
            write: (entries) => clipboard.write([new ClipboardItem(entries)]),
            writeText: (text) => clipboard.writeText(text),
            senderFocused: () => windowById(senderId)?.isFocused() === true,
            warn: (message, error) => console.warn(`${message}:`, error),
          },
          image,
        ),
    }),
    appOrigin: target.origin,
    onInternalError: (channel, error) => console.error(`IPC ${channel} failed:`, error),
  });
  await installMenu();
  // The first window; a file from the command line or open-file goes into it (it is pristine).
  const first = manager.newWindow();
  openQueue.start((paths) => {
    void manager.openPaths(paths, focusedWindowId() ?? (windowById(first) ? first : null));
  });
}

if (!app.requestSingleInstanceLock()) {
  // Another instance owns the windows; it gets our argv via 'second-instance' and we leave.
  app.quit();
} else {
  // Registered before any window exists so no web contents escapes the guards.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, target.origin));
  // Windows and Linux pass a double-clicked file on the command line.
  openQueue.add(filesFromArgv(process.argv, process.cwd()));
  // macOS: a double-clicked file (may arrive before ready, when it launched the app).
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openQueue.add([path]);
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const paths = filesFromArgv(argv, workingDirectory);
    if (paths.length > 0) {
      openQueue.add(paths);
      return;
    }
    if (!documents) return;
    const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0] ?? null;
    const id = idOfWindow(window) ?? documents.newWindow();
    const existing = windowById(id);
    if (existing?.isMinimized()) existing.restore();
    existing?.focus();
  });
  app.on('before-quit', (event) => {
    if (quitConfirmed || !documents) return;
    // Ask about unsaved work in every window first; quitting goes on only if nothing was cancelled.
    event.preventDefault();
    void documents.requestQuit().then((ok) => {
      if (!ok) return;
      quitConfirmed = true;
      app.quit();
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0 && documents) documents.newWindow();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('CVJ Studio could not start:', error);
      app.exit(1);
    });
}
