import { quotedName, type FileError, type FileErrorCode } from '../../../shared/file/file-errors';
import { formatFileSize, MAX_FILE_BYTES } from '../../../shared/file/size';

/**
 * The browser fallback's file errors, worded like main's (electron/main/files/file-errors.ts,
 * which the renderer may not import) so a user reads the same sentence in both builds.
 */

const SAVE_KEPT = 'Your journey is still open and unsaved';
const quoted = quotedName;
type Operation = 'open' | 'revert';
const verb = (operation: Operation) => (operation === 'revert' ? 'revert to' : 'open');

export function tooLargeError(fileName: string, size: number): FileError {
  return {
    code: 'TOO_LARGE',
    fileName,
    message: `Couldn’t open ${quoted(fileName)}: it is ${formatFileSize(size)}, larger than the ${formatFileSize(MAX_FILE_BYTES)} a journey file may be. It is probably not a journey.`,
  };
}

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


// The sentences both builds show for a file that is not a journey, and file names, are shared.
export { fileErrorFromParse, notCvjError, notUtf8Error } from '../../../shared/file/file-errors';
export { suggestFileName } from '../../../shared/file/file-names';
