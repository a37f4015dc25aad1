import type { FileError, FileErrorCode } from '../../../shared/ipc/contract';
import type { ParseError } from '../../../shared/file/result';
import { formatFileSize, MAX_FILE_BYTES } from '../../../shared/file/size';

/**
 * The browser fallback's file errors, worded like main's (electron/main/files/file-errors.ts,
 * which the renderer may not import) so a user reads the same sentence in both builds.
 */

const SAVE_KEPT = 'Your journey is still open and unsaved';
const quoted = (name: string) => `“${name}”`;
type Operation = 'open' | 'revert';
const verb = (operation: Operation) => (operation === 'revert' ? 'revert to' : 'open');

export function fileErrorFromParse(
  error: ParseError,
  operation: Operation,
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
    message: `Couldn’t ${verb(operation)} ${quoted(fileName)}. ${error.message}`,
    fileName,
    ...(error.path === undefined ? {} : { jsonPath: error.path }),
    ...(error.details === undefined ? {} : { details: error.details }),
  };
}

export function notCvjError(fileName: string): FileError {
  return {
    code: 'NOT_CVJ',
    fileName,
    message: `Couldn’t open ${quoted(fileName)}: CVJ Studio opens journey files (.cvj) and the PNG and SVG images it exported with the journey inside.`,
  };
}

export function tooLargeError(fileName: string, size: number): FileError {
  return {
    code: 'TOO_LARGE',
    fileName,
    message: `Couldn’t open ${quoted(fileName)}: it is ${formatFileSize(size)}, larger than the ${formatFileSize(MAX_FILE_BYTES)} a journey file may be. It is probably not a journey.`,
  };
}

export function notUtf8Error(operation: Operation, fileName: string): FileError {
  return {
    code: 'NOT_JSON',
    fileName,
    message: `Couldn’t ${verb(operation)} ${quoted(fileName)}. This file is not text (it is not valid UTF-8), so it holds no journey.`,
  };
}

/** The browser could not read a file it was given (moved, deleted or locked since). */
export function readError(operation: Operation, fileName: string, error: unknown): FileError {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotFoundError') {
    return {
      code: 'ENOENT',
      fileName,
      message: `Couldn’t ${verb(operation)} ${quoted(fileName)}: the file no longer exists. It may have been moved, renamed or deleted.`,
    };
  }
  if (name === 'NotAllowedError' || name === 'SecurityError') {
    return {
      code: 'EACCES',
      fileName,
      message: `Couldn’t ${verb(operation)} ${quoted(fileName)}: you don’t have permission to read it.`,
    };
  }
  return {
    code: 'UNKNOWN',
    fileName,
    message: `Couldn’t ${verb(operation)} ${quoted(fileName)}: the browser could not read it. It may have been moved or changed since it was chosen.`,
  };
}

/** A failed write through the File System Access API. */
export function saveError(fileName: string, error: unknown): FileError {
  const name = error instanceof DOMException ? error.name : '';
  const [code, reason]: [FileErrorCode, string] =
    name === 'QuotaExceededError'
      ? [
          'ENOSPC',
          `the disk is full. ${SAVE_KEPT}; free some space or use Save As to save it elsewhere.`,
        ]
      : name === 'NotAllowedError' || name === 'SecurityError'
        ? [
            'EACCES',
            `you don’t have permission to change this file or its folder. ${SAVE_KEPT}; use Save As to save it somewhere you can write to.`,
          ]
        : name === 'NotFoundError'
          ? [
              'ENOENT',
              `its folder no longer exists (it may have been moved, renamed or disconnected). ${SAVE_KEPT}; use Save As to choose another place.`,
            ]
          : name === 'NoModificationAllowedError' || name === 'InvalidStateError'
            ? [
                'EBUSY',
                `another program is using the file. ${SAVE_KEPT}; close that program and save again, or use Save As.`,
              ]
            : [
                'UNKNOWN',
                `something unexpected went wrong while writing it. ${SAVE_KEPT}; try again or use Save As to save it elsewhere.`,
              ];
  return { code, fileName, message: `Couldn’t save ${quoted(fileName)}: ${reason}` };
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f]/gu;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** "Q3 launch.cvj" for a journey titled "Q3 launch" (main's suggestFileName, same rules). */
export function suggestFileName(title: string): string {
  const cleaned = title
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[. ]+$/u, '')
    .slice(0, 120)
    .trim();
  const stem = cleaned === '' || RESERVED.test(cleaned) ? 'Untitled journey' : cleaned;
  return `${stem}.cvj`;
}
