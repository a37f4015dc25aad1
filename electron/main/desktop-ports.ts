import { app, BrowserWindow, dialog, webContents } from 'electron';
import { basename } from 'node:path';
import type { DialogPort, ShellPort, WindowPort } from './documents/ports';
import { choiceFromResponse, unsavedPrompt } from './documents/unsaved-prompt';
import { presentWindow } from './window';
import type { ExportFormat } from '../../shared/export/sniff';
import { EXPORT_FILTERS } from './export-files';

/**
 * Electron behind the document manager's ports. Wiring only: what to ask and when is decided
 * (and tested) in documents/; this file turns it into BrowserWindow and dialog calls.
 */

const CVJ_FILTERS = [{ name: 'CVJ Journey', extensions: ['cvj'] }];
/** Open also takes the PNG and SVG images the app exported with the journey inside. */
const OPEN_FILTERS = [
  { name: 'Journeys, exported images, reports and decks', extensions: ['cvj', 'png', 'svg', 'pdf', 'pptx'] },
  ...CVJ_FILTERS,
  { name: 'Exported images (PNG, SVG)', extensions: ['png', 'svg'] },
  { name: 'Reports and decks (PDF, PowerPoint)', extensions: ['pdf', 'pptx'] },
];

export function windowById(id: number): BrowserWindow | null {
  const contents = webContents.fromId(id);
  const window = contents ? BrowserWindow.fromWebContents(contents) : null;
  return window && !window.isDestroyed() ? window : null;
}

/** The id the document manager uses for a window: its web contents' id (IPC's sender id). */
export function idOfWindow(window: unknown): number | null {
  return window instanceof BrowserWindow && !window.isDestroyed() ? window.webContents.id : null;
}

export function createWindowPort(createWindow: () => BrowserWindow): WindowPort {
  return {
    create: () => createWindow().webContents.id,
    focus(id) {
      const window = windowById(id);
      if (!window) return;
      if (window.isMinimized()) window.restore();
      // A window that is still loading shows itself on ready-to-show.
      if (window.isVisible()) window.focus();
    },
    isAlive: (id) => windowById(id) !== null,
    send(id, channel, payload) {
      const window = windowById(id);
      if (window && !window.webContents.isDestroyed()) window.webContents.send(channel, payload);
    },
    present(id, view) {
      const window = windowById(id);
      if (window) presentWindow(window, view);
    },
    close(id) {
      windowById(id)?.close();
    },
  };
}

/** The Save dialog of File > Export…, filtered to the image format. */
export async function chooseExportPath(
  parentId: number,
  defaultPath: string,
  format: ExportFormat,
): Promise<string | null> {
  const parent = windowById(parentId);
  const options: Electron.SaveDialogOptions = {
    title: { png: 'Export PNG', svg: 'Export SVG', csv: 'Export CSV', pdf: 'Export PDF Report', pptx: 'Export PowerPoint Deck' }[format],
    defaultPath,
    filters: EXPORT_FILTERS[format],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const result = parent
    ? await dialog.showSaveDialog(parent, options)
    : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

/** Export › All journeys: the folder the images go to (the dialog can make a new one). */
export async function chooseExportFolder(parentId: number, defaultDir: string, count: number): Promise<string | null> {
  const parent = windowById(parentId);
  const options: Electron.OpenDialogOptions = {
    title: `Export ${count} Journeys to a Folder`,
    buttonLabel: 'Export Here',
    defaultPath: defaultDir,
    properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
  };
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** One question before an export replaces files already in its folder. */
export async function confirmReplaceExports(parentId: number, folder: string, names: string[]): Promise<boolean> {
  const shown = names.slice(0, 8).map((n) => `• ${n}`);
  if (names.length > shown.length) shown.push(`• and ${names.length - shown.length} more`);
  return askToReplace(
    parentId,
    names.length === 1
      ? `“${names[0]}” already exists in “${basename(folder)}”. Replace it?`
      : `${names.length} of these files already exist in “${basename(folder)}”. Replace them?`,
    shown.join('\n'),
  );
}

/** Replace / Cancel (Cancel the default): true when the user chose Replace. */
async function askToReplace(parentId: number, message: string, detail: string): Promise<boolean> {
  const options: Electron.MessageBoxOptions = {
    type: 'warning',
    buttons: ['Replace', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
    message,
    detail,
  };
  const parent = windowById(parentId);
  const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
  return response === 0;
}

export function createDialogPort(): DialogPort {
  return {
    async chooseFileToOpen(parentId) {
      const parent = parentId === null ? null : windowById(parentId);
      const options: Electron.OpenDialogOptions = {
        title: 'Open Journey',
        properties: ['openFile'],
        filters: OPEN_FILTERS,
      };
      const result = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseSavePath(parentId, defaultPath) {
      const parent = windowById(parentId);
      const options: Electron.SaveDialogOptions = {
        title: 'Save Journey',
        defaultPath,
        filters: CVJ_FILTERS,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const result = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    confirmReplace(parentId, fileName) {
      return askToReplace(
        parentId,
        `“${fileName}” already exists. Do you want to replace it?`,
        'Replacing it overwrites what it holds now (a backup copy is kept).',
      );
    },
    async askToSave(parentId, documentName, reason) {
      const prompt = unsavedPrompt(process.platform, documentName, reason);
      const { choices: _choices, ...options } = prompt;
      const parent = windowById(parentId);
      const { response } = parent
        ? await dialog.showMessageBox(parent, options)
        : await dialog.showMessageBox(options);
      return choiceFromResponse(prompt, response);
    },
  };
}

export function createShellPort(onRecentChanged: () => void): ShellPort {
  return {
    addRecentDocument: (path) => app.addRecentDocument(path),
    clearRecentDocuments: () => app.clearRecentDocuments(),
    documentsDir: () => app.getPath('documents'),
    recentChanged: onRecentChanged,
    warn: (message, error) => console.warn(message, error ?? ''),
  };
}
