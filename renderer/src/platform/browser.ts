import type { MenuCommand } from '../../../shared/ipc/contract';
import { externalUrlProblem } from '../../../shared/ipc/external-url';
import { windowTitle } from '../../../shared/file/window-title';
import { APP_VERSION } from '../../../shared/file/version';
import type { Platform } from './types';
import { isEditableTarget, isMacKeyboard, isTextEntry, shortcutCommand } from './shortcuts';
import { createBrowserDocuments } from './browserDocuments';
import { copyImageInBrowser, downloadExport, downloadExports } from './browserExport';
import { createBrowserTemplates } from './browserTemplates';

/**
 * The renderer in a plain browser: no preload, no native menu. Files through a file input and
 * downloads (or the File System Access API), autosave in IndexedDB, exports as downloads.
 */
export function createBrowserPlatform(): Platform {
  const isMac = isMacKeyboard();
  const documents = createBrowserDocuments();
  return {
    isBrowser: true,
    documents,
    forgetFile: () => documents.forgetFile(),
    keepForReload: (text) => documents.keepForReload(text),
    exportFile: downloadExport,
    exportFiles: downloadExports,
    copyImage: copyImageInBrowser,
    templates: createBrowserTemplates(),
    // No native menu to check, no native dialogs to match: the page's Theme control is all.
    async setTheme() {},
    async getAppInfo() {
      return { name: 'CVJ Studio', version: APP_VERSION, platform: 'web' };
    },
    async setWindowState(state) {
      document.title = windowTitle(state);
      documents.noteWindowState(state);
    },
    onMenuCommand(listener: (command: MenuCommand) => void) {
      const onKey = (e: KeyboardEvent) => {
        const command = shortcutCommand(e, isMac);
        if (!command) return;
        // Text fields keep their own editing keys; file commands (Ctrl+S) work from anywhere.
        const history = command === 'edit:undo' || command === 'edit:redo';
        if (
          command.startsWith('edit:') &&
          (history ? isTextEntry(e.target) : isEditableTarget(e.target))
        )
          return;
        e.preventDefault();
        listener(command);
      };
      window.addEventListener('keydown', onKey);
      return () => window.removeEventListener('keydown', onKey);
    },
    async openExternal(url) {
      // Same rule as main's, so the browser build cannot be talked into a javascript: URL.
      const problem = externalUrlProblem(url);
      if (problem !== null) throw new Error(`[bad-request] ${problem}`);
      // noopener: the new tab gets no handle back to the editor (and no referrer).
      window.open(url, '_blank', 'noopener,noreferrer');
    },
  };
}
