import type { ThemeChoice } from '../theme/tokens';
import type { FileError } from '../file/file-errors';
import type {
  AppInfo,
  ClipboardImage,
  ExportManyOutcome,
  ExportManyRequest,
  ExportOutcome,
  ExportRequest,
  MenuCommand,
  OpenedDocument,
  OpenOutcome,
  RecentEntry,
  RecoveryEntry,
  SaveOutcome,
  SaveRequest,
  StartupInfo,
  UserTemplate,
  WindowState,
} from './contract';

/**
 * The API the renderer programs against: `window.cvj` in the desktop app (the preload builds it
 * over the channels in contract.ts), and the browser build's fallback implementing the same
 * interface. Each method maps onto one contract channel; payloads and answers are the
 * contract's types.
 */

/** The slice of a DOM File the drop API needs (shared/ has no DOM types). */
export interface DroppedFile {
  readonly name: string;
}

/**
 * Documents in the desktop app (window.cvj.documents). Every method resolves with an outcome
 * rather than throwing for things users cause (cancel, conflict, disk full); it rejects only
 * for programming errors (`[bad-request] …`: a payload main refused).
 */
export interface DocumentsApi {
  /**
   * Call once per page load, when the page is up and listening to the events below: main then
   * delivers what it queued for this window (a document to load, errors, recovery offers). A
   * second call in the same page returns nothing new; after a reload the window starts over
   * untitled (and is offered its own autosave back).
   */
  ready(): Promise<StartupInfo>;
  /** File > New: a new window with a new journey (this window is left as it is). */
  newWindow(): Promise<void>;
  /**
   * Desktop, File > New from Template: this journey, untitled (Save asks where to put it), in
   * this window if it holds an untitled, untouched journey ('opened'), else in a new window.
   * Absent in a browser, whose page holds one journey and replaces it.
   */
  newFromTemplate?(journey: { text: string }): Promise<OpenOutcome>;
  /** Native Open dialog filtered to .cvj. */
  open(): Promise<OpenOutcome>;
  /** An entry from `listRecent`. A vanished file gives an ENOENT error and leaves the list. */
  openRecent(id: string): Promise<OpenOutcome>;
  /**
   * A file dropped on the window (a DOM File from the drop event). The preload turns it into
   * its path with webUtils.getPathForFile, the one path that comes from the renderer side (the
   * OS drag chose it, not the page); main checks it: .cvj, a regular file, within the size.
   */
  openDropped(file: DroppedFile): Promise<OpenOutcome>;
  /**
   * Re-reads the file from disk (ask the user first if the journey has unsaved changes). On
   * error the journey is untouched.
   */
  revert(): Promise<OpenOutcome>;
  /**
   * Saves `text` (serializeJourneyFile output) to this window's file; for an untitled journey
   * it shows the Save dialog. `force` overwrites after a `conflict` the user confirmed.
   */
  save(request: { text: string; force?: boolean }): Promise<SaveOutcome>;
  /** Save dialog (suggesting the journey's title), then writes; the window takes the new file. */
  saveAs(request: { text: string }): Promise<SaveOutcome>;
  /** Most recent first, at most 10; files that vanished are left out. */
  listRecent(): Promise<RecentEntry[]>;
  clearRecent(): Promise<void>;
  /**
   * The answer to a `onSaveRequested` request: `saved` true once a save (or Save As) of this
   * window succeeded, false if the user cancelled or it failed (the close or quit is then
   * cancelled). Main also checks that a save really happened.
   */
  answerSaveRequest(answer: { requestId: string; saved: boolean }): Promise<void>;
  /**
   * Autosave: call a couple of seconds after changes (debounced; at most every few seconds
   * while editing). Main writes it to the app's data folder; ignored while the window is
   * reported clean (`setWindowState({ edited: false })` also drops the autosave).
   */
  writeRecovery(snapshot: { text: string }): Promise<void>;
  /** Recovered journeys not open in any window (the same list `ready` offers). */
  listRecovery(): Promise<RecoveryEntry[]>;
  /** Loads a recovered journey, marked unsaved; the autosave is kept until it is saved. */
  restoreRecovery(id: string): Promise<OpenOutcome>;
  /** Deletes a recovered journey for good (the user chose Discard). */
  discardRecovery(id: string): Promise<void>;
  /** Main-initiated opens for this window (recent menu, double-click, second launch). */
  onOpened(listener: (document: OpenedDocument) => void): () => void;
  /** Main-initiated opens that failed; the journey is untouched. Show `error.message`. */
  onOpenFailed(listener: (error: FileError) => void): () => void;
  /**
   * The user chose Save in the close/quit prompt: run the normal save flow (Save As for an
   * untitled journey, conflict question, error message), then `answerSaveRequest`.
   */
  onSaveRequested(listener: (request: SaveRequest) => void): () => void;
}

/** What the preload exposes on `window.cvj`. The browser build implements the same interface. */
export interface DesktopApi {
  getAppInfo(): Promise<AppInfo>;
  setWindowState(state: WindowState): Promise<void>;
  /** Subscribes to menu commands; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * Opens an http(s) or mailto URL outside the app (see `externalUrlProblem`). Call it only
   * after the user confirmed the exact URL; main refuses anything else with `bad-request`.
   */
  openExternal(url: string): Promise<void>;
  /**
   * Files, recent list and autosave recovery. Always present in the desktop app; optional so
   * the browser build, which has no file service of its own, still satisfies this interface.
   */
  documents?: DocumentsApi;
  /**
   * Desktop: Save dialog for an exported image (PNG or SVG bytes), then an atomic write. Main
   * picks the path; the renderer only suggests a name. Absent in a browser (it downloads).
   */
  exportFile?(request: ExportRequest): Promise<ExportOutcome>;
  /**
   * Desktop: every journey of the file as its own image. Main shows a folder dialog, asks before
   * replacing files of the same names, and writes each atomically. Browser: one download each.
   */
  exportFiles?(request: ExportManyRequest): Promise<ExportManyOutcome>;
  /**
   * Desktop: Copy as PNG / Copy as SVG. Main writes the system clipboard; the page is granted
   * no clipboard permission. Absent in a browser (it uses the async Clipboard API).
   */
  copyImage?(request: ClipboardImage): Promise<void>;
  /**
   * Desktop: the theme choice this window shows, so main checks it in View > Theme and matches
   * native dialogs to it. The browser build has no native menu: nothing to tell.
   */
  setTheme?(choice: ThemeChoice): Promise<void>;
  /**
   * My templates (Save as Template…): the user's own, newest first. The desktop keeps them in
   * the app's data folder; a browser in its storage.
   */
  templates?: UserTemplatesApi;
}

export interface UserTemplatesApi {
  list(): Promise<UserTemplate[]>;
  /** Keeps the journey text as a template called `name`; its id. Throws with a message to show. */
  save(template: { name: string; text: string }): Promise<string>;
  remove(id: string): Promise<void>;
}
