import type { FileError } from '../../../shared/file/file-errors';
import type { SaveConflict } from '../../../shared/ipc/contract';
import { MAX_FILE_BYTES } from '../../../shared/file/size';
import type { JourneySource } from '../../../shared/export/open';
import { parseFile } from '../documents/parser';
import {
  fileErrorFromParse,
  notCvjError,
  notUtf8Error,
  readError,
  saveError,
  tooLargeError,
} from './browserFileErrors';
import { CVJ_MIME } from '../../../shared/file/file-names';
import { isJourneyImageName, opensAsJourney } from './fileNames';

/**
 * Files in a plain browser: a file input to open, a download (or the File System Access API
 * where the browser has it) to save. No paths anywhere: the browser never tells the page one.
 */

export const OPEN_ACCEPT =
  '.cvj,application/vnd.cvj+json,application/json,.svg,image/svg+xml,.png,image/png,.pdf,application/pdf,.pptx';
export { CVJ_MIME };

/** The browser's file picker; null when the user closed it without choosing. */
export function pickFile(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = OPEN_ACCEPT;
    input.hidden = true;
    input.className = 'cvj-open-input';
    const done = (file: File | null) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => done(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => done(null), { once: true });
    document.body.append(input);
    input.click();
  });
}

export type ReadOutcome =
  | {
      ok: true;
      text: string;
      title: string;
      /** 'svg' / 'png': the journey came out of an exported image (open it untitled). */
      source: JourneySource;
    }
  | { ok: false; error: FileError };

/**
 * Reads and checks a file the user gave the page, in main's order: a journey's name, the size
 * limit (from the size, before reading a byte), UTF-8, then the journey itself. ".json" is
 * accepted too: some systems offer only that type in the picker.
 */
export async function readJourneyFile(
  file: File,
  operation: 'open' | 'revert' = 'open',
): Promise<ReadOutcome> {
  const image = isJourneyImageName(file.name);
  if (!opensAsJourney(file.name)) {
    return { ok: false, error: notCvjError(file.name) };
  }
  if (file.size > MAX_FILE_BYTES) return { ok: false, error: tooLargeError(file.name, file.size) };
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch (error) {
    return { ok: false, error: readError(operation, file.name, error) };
  }
  if (image) {
    // The readers of images, reports and decks load with the first such file.
    const { readJourneyImage } = await import('./imageJourney');
    return readJourneyImage(new Uint8Array(bytes), operation, file.name);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: notUtf8Error(operation, file.name) };
  }
  const parsed = await parseFile(text);
  if (!parsed.ok)
    return { ok: false, error: fileErrorFromParse(parsed.error, operation, file.name) };
  return { ok: true, text, title: parsed.journey.title, source: 'cvj' };
}

/**
 * Hands `data` (a journey's text, an exported image's bytes) to the browser as a download
 * called `name`.
 */
export function download(data: string | Uint8Array, name: string, type: string): void {
  const part = typeof data === 'string' ? data : (data as Uint8Array<ArrayBuffer>);
  const url = URL.createObjectURL(new Blob([part], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; a minute leaves slow browsers room.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

// ─── File System Access API (Chromium): a handle to the file, so Save writes it in place ────

interface SaveFilePickerOptions {
  suggestedName?: string;
  types?: { description: string; accept: Record<string, string[]> }[];
}
type PickerWindow = Window & {
  showSaveFilePicker?: (options?: SaveFilePickerOptions) => Promise<FileSystemFileHandle>;
};
type PermissionedHandle = FileSystemFileHandle & {
  queryPermission?: (d: { mode: 'read' | 'readwrite' }) => Promise<PermissionState>;
  requestPermission?: (d: { mode: 'read' | 'readwrite' }) => Promise<PermissionState>;
};

/** The API exists and may be used here (not inside a frame, where Chromium refuses it). */
export function canPickSaveFile(): boolean {
  return (
    typeof (window as PickerWindow).showSaveFilePicker === 'function' && window.self === window.top
  );
}

/** The browser's Save dialog; null when cancelled. Other failures reject. */
export async function pickSaveHandle(suggestedName: string): Promise<FileSystemFileHandle | null> {
  const pick = (window as PickerWindow).showSaveFilePicker;
  if (!pick) return null;
  try {
    return await pick.call(window, {
      suggestedName,
      types: [{ description: 'Customer Value Journey', accept: { [CVJ_MIME]: ['.cvj'] } }],
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return null;
    throw error;
  }
}

/** Asks for access again where the browser forgot it (a handle kept from earlier). */
export async function ensurePermission(
  handle: FileSystemFileHandle,
  mode: 'read' | 'readwrite',
): Promise<boolean> {
  const h = handle as PermissionedHandle;
  if (!h.queryPermission || !h.requestPermission) return true;
  if ((await h.queryPermission({ mode })) === 'granted') return true;
  return (await h.requestPermission({ mode })) === 'granted';
}

/** Replaces the file's content; the browser writes a temporary file and swaps it in on close. */
export async function writeHandle(handle: FileSystemFileHandle, text: string): Promise<number> {
  const writable = await handle.createWritable();
  try {
    await writable.write(text);
    await writable.close();
  } catch (error) {
    await writable.abort().catch(() => {});
    throw error;
  }
  return (await handle.getFile()).lastModified;
}

export type HandleWrite =
  | { status: 'written'; lastModified: number }
  | { status: 'conflict'; conflict: SaveConflict }
  | { status: 'error'; error: FileError };

/**
 * Writes `text` to the file behind `handle`, unless it changed since this page last read or
 * wrote it (its lastModified is not `baseline`): then nothing is written and the caller asks.
 * `baseline` null, or `force`, writes without checking.
 */
export async function writeHandleChecked(
  handle: FileSystemFileHandle,
  text: string,
  baseline: number | null,
  force: boolean,
): Promise<HandleWrite> {
  const name = handle.name;
  if (!force && baseline !== null) {
    let onDisk: File | null = null;
    try {
      onDisk = await handle.getFile();
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'NotFoundError')) {
        return { status: 'error', error: saveError(name, error) };
      }
    }
    if (onDisk === null || onDisk.lastModified !== baseline) {
      const modifiedAt = onDisk === null ? null : new Date(onDisk.lastModified).toISOString();
      return {
        status: 'conflict',
        conflict: { fileName: name, reason: onDisk === null ? 'deleted' : 'modified', modifiedAt },
      };
    }
  }
  try {
    if (!(await ensurePermission(handle, 'readwrite'))) {
      return {
        status: 'error',
        error: saveError(name, new DOMException('denied', 'NotAllowedError')),
      };
    }
    return { status: 'written', lastModified: await writeHandle(handle, text) };
  } catch (error) {
    return { status: 'error', error: saveError(name, error) };
  }
}
