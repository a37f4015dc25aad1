import type { EventChannel, EventPayload } from '../../../shared/ipc/contract';

/**
 * What the document manager needs from Electron, as interfaces: desktop-ports.ts implements
 * them with BrowserWindow and dialog; tests implement them with recording fakes. Window ids are
 * webContents ids, the ids IPC calls arrive with.
 */

export interface WindowView {
  /** The full title, e.g. "• Q3 launch.cvj — CVJ Studio". */
  title: string;
  edited: boolean;
  /** The file shown, for the macOS title-bar proxy icon; null when untitled. */
  filePath: string | null;
}

export interface WindowPort {
  /** Opens a new editor window and returns its id. */
  create(): number;
  focus(id: number): void;
  isAlive(id: number): boolean;
  send<E extends EventChannel>(id: number, channel: E, payload: EventPayload<E>): void;
  present(id: number, view: WindowView): void;
  /** Asks the window to close; its close handler consults `DocumentManager.mayClose`. */
  close(id: number): void;
}

export type UnsavedChoice = 'save' | 'discard' | 'cancel';

export interface DialogPort {
  /** Native Open dialog filtered to .cvj; null when cancelled. */
  chooseFileToOpen(parentId: number | null): Promise<string | null>;
  /** Native Save dialog; null when cancelled. */
  chooseSavePath(parentId: number, defaultPath: string): Promise<string | null>;
  /** "“X” already exists. Replace it?" for names the Save dialog did not ask about. */
  confirmReplace(parentId: number, fileName: string): Promise<boolean>;
  /** Save / Don't Save / Cancel for a window with unsaved changes. */
  askToSave(
    parentId: number,
    documentName: string,
    reason: 'close' | 'quit',
  ): Promise<UnsavedChoice>;
}

export interface ShellPort {
  /** The OS's recent documents (macOS Dock and File menu, Windows jump list). */
  addRecentDocument(path: string): void;
  clearRecentDocuments(): void;
  /** Where the Save dialog starts for a journey that has never been saved. */
  documentsDir(): string;
  /** The recent list changed: rebuild the Open Recent menu. */
  recentChanged(): void;
  warn(message: string, error?: unknown): void;
}
