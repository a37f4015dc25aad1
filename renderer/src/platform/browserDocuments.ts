import {
  autosaveGoneError,
  neverSavedError,
  recentGoneError,
  RECOVERED_NAME,
} from '../../../shared/file/file-errors';
import { UNTITLED_NAME } from '../../../shared/file/file-names';
import type { OpenOutcome, RecoveryEntry, SaveOutcome, WindowState } from '../../../shared/ipc/contract';
import type { DocumentsApi, DroppedFile } from '../../../shared/ipc/desktop-api';
import { parseFile } from '../documents/parser';
import { fileErrorFromParse, readError, saveError, suggestFileName } from './browserFileErrors';
import { BrowserRecentFiles } from './browserRecent';
import {
  canPickSaveFile,
  CVJ_MIME,
  download,
  ensurePermission,
  pickFile,
  pickSaveHandle,
  readJourneyFile,
  writeHandleChecked,
} from './browserFiles';
import {
  BrowserRecoveryStore,
  isQuotaError,
  newRecoveryId,
  STORAGE_FULL_MESSAGE,
} from './browserRecovery';
import { safeLocalStorage } from './storage';

/** sessionStorage key: the autosave a reload the user asked for (an update) takes back. */
const RELOAD_HANDOFF_KEY = 'cvj-studio.reload-restores';

/**
 * DocumentsApi in a plain browser (one page is one window). Open: a file input. Save: the File
 * System Access API where the browser has it (the file is then written in place, with a
 * conflict check), else a download. Autosave: IndexedDB (browserRecovery.ts). Recent: the files this page saved
 * through the File System Access API (handles cannot outlive the page without IndexedDB, and
 * a file from the file input has no handle to reopen), so it is usually empty.
 */
export interface BrowserDocuments extends DocumentsApi {
  /** The window's state as the renderer reports it: clean drops this page's autosave. */
  noteWindowState(state: WindowState): void;
  /** The page now holds a new untitled journey (New replaced the old one in place). */
  forgetFile(): void;
  /**
   * Before a reload the user asked for (a new version): writes `text` (the unsaved file, or
   * null when there is nothing unsaved) to this page's autosave and marks it for the reloaded
   * page to open straight away. Rejects, with the reason, when the autosave cannot be written:
   * the reload must then not happen.
   */
  keepForReload(text: string | null): Promise<void>;
}

/** Files the OS handed to the installed web app, with their handles: Save writes back to them. */
const launchHandles = new WeakMap<File, FileSystemFileHandle>();
export function rememberLaunchHandle(file: File, handle: FileSystemFileHandle): void {
  launchHandles.set(file, handle);
}

/** The file this page's journey belongs to. */
interface CurrentFile {
  name: string;
  /** Writable handle (File System Access); null for a file from the input or a download. */
  handle: FileSystemFileHandle | null;
  /** The file's lastModified when read or written, to notice another program's changes. */
  lastModified: number | null;
  /** The text last opened or saved: what Revert goes back to without a handle. */
  text: string;
}

export function createBrowserDocuments(
  recovery = new BrowserRecoveryStore(
    // Loaded after the first paint, with the schema that checks what is read back.
    import('./recoveryBackends').then((m) => m.openRecoveryBackend(safeLocalStorage())),
    navigator.locks,
  ),
): BrowserDocuments {
  let file: CurrentFile | null = null;
  let recoveryId = newRecoveryId();
  let edited = false;
  /** The name to suggest for a journey restored from an autosave that had a file. */
  let restoredName: string | null = null;
  const recent = new BrowserRecentFiles();
  recovery.claim(recoveryId);

  const now = () => new Date().toISOString();
  const titleOf = async (text: string) => {
    const parsed = await parseFile(text);
    return parsed.ok ? parsed.journey.title : UNTITLED_NAME;
  };

  /** Another journey takes this page's place: its old autosave is not needed any more. */
  function replacing(next: CurrentFile | null): void {
    discard(recoveryId);
    file = next;
    restoredName = null;
  }

  function opened(next: CurrentFile): OpenOutcome {
    replacing(next);
    return {
      status: 'opened',
      document: {
        text: next.text,
        name: next.name,
        hasFile: true,
        edited: false,
        recoveredAt: null,
      },
    };
  }

  async function openFile(source: File, handle: FileSystemFileHandle | null): Promise<OpenOutcome> {
    const read = await readJourneyFile(source);
    if (!read.ok) return { status: 'error', error: read.error };
    if (read.source !== 'cvj') {
      // A journey from an exported image has no file: Save asks for a new .cvj name and never
      // writes JSON over the image.
      replacing(null);
      restoredName = suggestFileName(read.title);
      return {
        status: 'opened',
        document: { text: read.text, name: UNTITLED_NAME, hasFile: false, edited: false, recoveredAt: null },
      };
    }
    if (handle) recent.remember(handle);
    return opened({
      name: source.name,
      handle,
      lastModified: source.lastModified,
      text: read.text,
    });
  }

  function saved(name: string): SaveOutcome {
    discard(recoveryId);
    return { status: 'saved', name, savedAt: now() };
  }

  async function saveToHandle(
    handle: FileSystemFileHandle,
    text: string,
    baseline: number | null,
    force: boolean,
  ): Promise<SaveOutcome> {
    const written = await writeHandleChecked(handle, text, baseline, force);
    if (written.status !== 'written') return written;
    file = { name: handle.name, handle, lastModified: written.lastModified, text };
    recent.remember(handle);
    return saved(handle.name);
  }

  async function saveAs(text: string): Promise<SaveOutcome> {
    const suggested = file?.name ?? restoredName ?? suggestFileName(await titleOf(text));
    if (!canPickSaveFile()) {
      download(text, suggested, CVJ_MIME);
      file = { name: suggested, handle: null, lastModified: null, text };
      return saved(suggested);
    }
    let handle: FileSystemFileHandle | null;
    try {
      handle = await pickSaveHandle(suggested);
    } catch (error) {
      return { status: 'error', error: saveError(suggested, error) };
    }
    if (!handle) return { status: 'cancelled' };
    // The picker asked before replacing an existing file: no conflict check for this write.
    return saveToHandle(handle, text, null, true);
  }

  /** Dropping an autosave that is no longer needed: a failure only leaves it to be offered. */
  function discard(id: string): void {
    recovery.discard(id).catch(() => {});
  }

  /** `always`: even if the journey was saved meanwhile (the reload hand-off asks for it). */
  async function writeAutosave(text: string, always = false): Promise<void> {
    const id = recoveryId;
    const title = await titleOf(text);
    // Saved (or replaced) while the title was read: that dropped the autosave; do not bring it back.
    if (!always && (!edited || id !== recoveryId)) return;
    const entry = { id, title, originalName: file?.name ?? restoredName, savedAt: now() };
    try {
      await recovery.write(entry, text);
    } catch (error) {
      throw new Error(
        isQuotaError(error)
          ? STORAGE_FULL_MESSAGE
          : error instanceof Error && error.message.startsWith('Autosave is off')
            ? error.message
            : `Autosave failed: ${String(error)}`,
        { cause: error },
      );
    }
  }

  /** The page adopts an autosave: later autosaves replace it, saving drops it. */
  async function adopt(id: string, found: { entry: RecoveryEntry; text: string }): Promise<OpenOutcome> {
    const parsed = await parseFile(found.text);
    if (!parsed.ok) {
      return {
        status: 'error',
        error: fileErrorFromParse(parsed.error, 'open', found.entry.originalName ?? RECOVERED_NAME),
      };
    }
    replacing(null);
    recovery.release(recoveryId);
    recoveryId = id;
    recovery.claim(id);
    restoredName = found.entry.originalName;
    edited = true;
    return {
      status: 'opened',
      document: {
        text: found.text,
        name: UNTITLED_NAME,
        hasFile: false,
        edited: true,
        recoveredAt: found.entry.savedAt,
      },
    };
  }

  /** The autosave the previous page of this tab kept for its reload, opened; else null. */
  async function takeReloadHandOff(): Promise<OpenOutcome | null> {
    let id: string | null;
    try {
      id = sessionStorage.getItem(RELOAD_HANDOFF_KEY);
      sessionStorage.removeItem(RELOAD_HANDOFF_KEY);
    } catch {
      return null;
    }
    if (!id) return null;
    const found = await recovery.read(id).catch(() => null);
    // Not there (or not readable): it stays in the recovery offer, if it is anywhere.
    return found ? adopt(id, found) : null;
  }

  const noop = () => () => {};

  return {
    async ready() {
      const handedOff = await takeReloadHandOff();
      const document = handedOff?.status === 'opened' ? handedOff.document : null;
      const errors = handedOff?.status === 'error' ? [handedOff.error] : [];
      return { document, errors, recovery: await recovery.listLeftBehind() };
    },
    async newWindow() {
      window.open(window.location.href, '_blank', 'noopener');
    },
    async open() {
      const picked = await pickFile();
      return picked ? openFile(picked, null) : { status: 'cancelled' };
    },
    async openRecent(id) {
      const item = recent.find(id);
      if (!item) return { status: 'error', error: recentGoneError() };
      try {
        if (!(await ensurePermission(item.handle, 'readwrite'))) return { status: 'cancelled' };
        return await openFile(await item.handle.getFile(), item.handle);
      } catch (error) {
        return { status: 'error', error: readError('open', item.entry.name, error) };
      }
    },
    async openDropped(dropped: DroppedFile) {
      if (!(dropped instanceof File)) throw new Error('[bad-request] openDropped needs a File.');
      const handle = launchHandles.get(dropped) ?? null;
      return openFile(dropped, handle);
    },
    async revert() {
      if (!file) return { status: 'error', error: neverSavedError() };
      if (!file.handle) return opened(file);
      try {
        const source = await file.handle.getFile();
        const read = await readJourneyFile(source, 'revert');
        if (!read.ok) return { status: 'error', error: read.error };
        return opened({ ...file, lastModified: source.lastModified, text: read.text });
      } catch (error) {
        return { status: 'error', error: readError('revert', file.name, error) };
      }
    },
    async save({ text, force }) {
      if (file?.handle) return saveToHandle(file.handle, text, file.lastModified, force === true);
      if (file && !canPickSaveFile()) {
        download(text, file.name, CVJ_MIME);
        file = { ...file, text };
        return saved(file.name);
      }
      return saveAs(text);
    },
    saveAs: ({ text }) => saveAs(text),
    listRecent: async () => recent.list(),
    clearRecent: async () => recent.clear(),
    async answerSaveRequest() {},
    async writeRecovery({ text }) {
      if (edited) await writeAutosave(text);
    },
    listRecovery: () => recovery.listLeftBehind(),
    async restoreRecovery(id) {
      const found = await recovery.read(id);
      return found ? adopt(id, found) : { status: 'error', error: autosaveGoneError() };
    },
    async discardRecovery(id) {
      if (id !== recoveryId) await recovery.discard(id);
    },
    onOpened: noop,
    onOpenFailed: noop,
    onSaveRequested: noop,
    noteWindowState(state) {
      edited = state.edited;
      if (!edited) discard(recoveryId);
    },
    forgetFile() {
      replacing(null);
    },
    async keepForReload(text) {
      if (text === null) return;
      await writeAutosave(text, true);
      sessionStorage.setItem(RELOAD_HANDOFF_KEY, recoveryId);
    },
  };
}
