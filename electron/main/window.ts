import { BrowserWindow } from 'electron';
import { windowTitle } from '../../shared/file/window-title';
import { UNTITLED_JOURNEY } from '../../shared/model/names';
import type { WindowState } from '../../shared/ipc/contract';
import type { WindowView } from './documents/ports';
import { secureWebPreferences } from './security';


const UNTITLED: WindowState = { documentTitle: UNTITLED_JOURNEY, edited: false };

export interface MainWindowOptions {
  preloadPath: string;
  url: string;
  spellcheck: boolean;
  /** The theme's canvas colour, so the window does not flash white (or black) before the page paints. */
  background: string;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: windowTitle(UNTITLED),
    width: 1280,
    height: 800,
    // Smallest size the editor layout is meant for (toolbar plus a useful slice of canvas).
    minWidth: 960,
    minHeight: 600,
    backgroundColor: options.background,
    show: false,
    webPreferences: secureWebPreferences(options.preloadPath, { spellcheck: options.spellcheck }),
  });
  window.once('ready-to-show', () => window.show());
  // Main owns the title (window:set-state); the page's <title> must not overwrite it.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.loadURL(options.url).catch((error: unknown) => {
    // e.g. the dev server is not up: show the window anyway rather than run invisibly.
    console.error(`Could not load ${options.url}:`, error);
    if (!window.isDestroyed()) window.show();
  });
  return window;
}

/**
 * The title everywhere, plus on macOS the edited dot in the close button and the document's
 * proxy icon in the title bar. The document manager decides the view (file name, unsaved mark).
 */
export function presentWindow(window: BrowserWindow, view: WindowView): void {
  if (window.isDestroyed()) return;
  window.setTitle(view.title);
  if (process.platform === 'darwin') {
    window.setDocumentEdited(view.edited);
    window.setRepresentedFilename(view.filePath ?? '');
  }
}
