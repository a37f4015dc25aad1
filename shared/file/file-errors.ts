import { UNTITLED_NAME } from './file-names';
import type { ParseError } from './result';
import { formatFileSize, MAX_FILE_BYTES, tooLargeReason } from './size';

/**
 * Why opening or saving a journey failed, and the sentences the user reads about it: the one
 * home of those sentences, so the desktop app (main) and the browser build say the same thing.
 * Codes are stable; show `message`, it is written for people. The IPC contract carries
 * FileErrorSchema (shared/ipc/contract.ts) in its outcomes; this module is the lower layer,
 * knows nothing of IPC, and builds no schema (the editor starts without loading zod).
 */
export const FILE_ERROR_CODES = [
  /** The disk (or the user's quota) is full. */
  'ENOSPC',
  /** Permission denied (also EPERM: a locked or immutable file or folder). */
  'EACCES',
  /** The disk or folder is read-only. */
  'EROFS',
  /** The file, or the folder it was in, no longer exists. */
  'ENOENT',
  /** A folder is where the file should be. */
  'EISDIR',
  /** Another program holds the file (Windows sharing violations). */
  'EBUSY',
  /** Over MAX_FILE_BYTES; refused before reading. */
  'TOO_LARGE',
  /** Not a journey: wrong extension, or JSON that is not a CVJ file. */
  'NOT_CVJ',
  /** Not valid JSON (or not UTF-8 text); `message` says where. */
  'NOT_JSON',
  /** A journey file with invalid content; `jsonPath` says where. */
  'INVALID',
  /** Written by a newer version of the app; the message says to update. */
  'VERSION_TOO_NEW',
  /** Save As onto a file that is open in another window. */
  'OPEN_IN_OTHER_WINDOW',
  'UNKNOWN',
] as const;
export type FileErrorCode = (typeof FILE_ERROR_CODES)[number];

export interface FileError {
  code: FileErrorCode;
  /**
   * A complete sentence naming the file and what happened, e.g. "Couldn't save “Q3
   * launch.cvj”: the disk is full. Your journey is still open and unsaved; …". Show as is.
   */
  message: string;
  /** The file's name (never its folder), e.g. "Q3 launch.cvj". */
  fileName: string;
  /** For broken files: where the first problem is, e.g. "journey.tactics[2].stage". */
  jsonPath?: string;
  /** For broken files: every problem found ("path: reason"), for a details disclosure. */
  details?: string[];
}

/** `“Q3 launch.cvj”`: how messages quote a file's name. */
export const quotedName = (name: string): string => `“${name}”`;

/** What a recovered journey is called before it has a name of its own. */
export const RECOVERED_NAME = 'Recovered journey';

const SAVE_KEPT = 'Your journey is still open and unsaved';
const verbOf = (operation: 'open' | 'revert') => (operation === 'revert' ? 'revert to' : 'open');

/**
 * Why reading a file failed, after "Couldn’t open “X”: " (a code the OS or browser gave). For
 * TOO_LARGE, `size` is the file's size when known.
 */
export function readFailureReason(code: FileErrorCode, size?: number): string {
  switch (code) {
    case 'ENOSPC':
      return 'the disk is full.';
    case 'EACCES':
      return 'you don’t have permission to read it.';
    case 'EROFS':
      return 'the disk is read-only.';
    case 'ENOENT':
      return 'the file no longer exists. It may have been moved, renamed or deleted.';
    case 'EISDIR':
      return 'it is a folder or a device, not a journey file.';
    case 'EBUSY':
      return 'another program is using it. Close that program and try again.';
    case 'TOO_LARGE':
      return tooLargeReason(size);
    default:
      return 'something unexpected went wrong while reading it.';
  }
}

/** Why writing failed, after "Couldn’t save “X”: ", with what state the journey is in. */
export function saveFailureReason(code: FileErrorCode): string {
  switch (code) {
    case 'ENOSPC':
      return `the disk is full. ${SAVE_KEPT}; free some space or use Save As to save it elsewhere.`;
    case 'EACCES':
      return `you don’t have permission to change this file or its folder. ${SAVE_KEPT}; use Save As to save it somewhere you can write to.`;
    case 'EROFS':
      return `the disk or folder is read-only. ${SAVE_KEPT}; use Save As to save it somewhere else.`;
    case 'ENOENT':
      return `its folder no longer exists (it may have been moved, renamed or disconnected). ${SAVE_KEPT}; use Save As to choose another place.`;
    case 'EISDIR':
      return `a folder with that name is in the way. ${SAVE_KEPT}; use Save As to choose another name.`;
    case 'EBUSY':
      return `another program is using the file. ${SAVE_KEPT}; close that program and save again, or use Save As.`;
    case 'TOO_LARGE':
      return `the journey is larger than the ${formatFileSize(MAX_FILE_BYTES)} a file may be. ${SAVE_KEPT}.`;
    default:
      return `something unexpected went wrong while writing it. ${SAVE_KEPT}; try again or use Save As to save it elsewhere.`;
  }
}

/** A failed read (open or revert) of the file called `fileName`. */
export function readFailure(
  code: FileErrorCode,
  operation: 'open' | 'revert',
  fileName: string,
  size?: number,
): FileError {
  const message = `Couldn’t ${verbOf(operation)} ${quotedName(fileName)}: ${readFailureReason(code, size)}`;
  return { code, message, fileName };
}

/** A failed write of the file called `fileName`. */
export function saveFailure(code: FileErrorCode, fileName: string): FileError {
  const message = `Couldn’t save ${quotedName(fileName)}: ${saveFailureReason(code)}`;
  return { code, message, fileName };
}

/**
 * A file that was read but is not a journey this build can open, as the message the user reads
 * (the same sentence in the desktop app and in the browser build).
 */
export function fileErrorFromParse(
  error: ParseError,
  operation: 'open' | 'revert',
  fileName: string,
): FileError {
  const code: FileErrorCode =
    error.code === 'not-json'
      ? 'NOT_JSON'
      : error.code === 'not-cvj'
        ? 'NOT_CVJ'
        : error.code === 'version-too-new'
          ? 'VERSION_TOO_NEW'
          : 'INVALID';
  return {
    code,
    message: `Couldn’t ${verbOf(operation)} ${quotedName(fileName)}. ${error.message}`,
    fileName,
    ...(error.path === undefined ? {} : { jsonPath: error.path }),
    ...(error.details === undefined ? {} : { details: error.details }),
  };
}

export function notCvjError(fileName: string): FileError {
  return {
    code: 'NOT_CVJ',
    fileName,
    message: `Couldn’t open ${quotedName(fileName)}: CVJ Studio opens journey files (.cvj) and the PNG and SVG images it exported with the journey inside.`,
  };
}

export function notUtf8Error(operation: 'open' | 'revert', fileName: string): FileError {
  return {
    code: 'NOT_JSON',
    fileName,
    message: `Couldn’t ${verbOf(operation)} ${quotedName(fileName)}. This file is not text (it is not valid UTF-8), so it holds no journey.`,
  };
}

/** Open Recent with an entry the recent list no longer has. */
export function recentGoneError(): FileError {
  return {
    code: 'ENOENT',
    fileName: 'Recent journey',
    message: 'Couldn’t open this recent journey: it is no longer in the recent list.',
  };
}

/**
 * Revert on a journey that was never saved: there is nothing to go back to. `name` is what the
 * window calls the journey, when the caller knows it.
 */
export function neverSavedError(name?: string): FileError {
  const what = name === undefined ? 'this journey' : 'it';
  return {
    code: 'ENOENT',
    fileName: name ?? UNTITLED_NAME,
    message: `Couldn’t revert${name === undefined ? '' : ` ${quotedName(name)}`}: ${what} has never been saved, so there is no saved version.`,
  };
}

/** Restore of an autosave that is gone (restored or discarded meanwhile, maybe elsewhere). */
export function autosaveGoneError(): FileError {
  return {
    code: 'ENOENT',
    fileName: RECOVERED_NAME,
    message:
      'Couldn’t restore this journey: its autosave is no longer there (it may have been restored or discarded already).',
  };
}
