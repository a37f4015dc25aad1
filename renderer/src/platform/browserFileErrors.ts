import {
  readFailure,
  saveFailure,
  type FileError,
  type FileErrorCode,
} from '../../../shared/file/file-errors';

/**
 * The browser fallback's file errors: the browser's DOMException names mapped to the codes main
 * gets from the OS, worded by the same shared sentences (shared/file/file-errors.ts), so a user
 * reads the same sentence in both builds.
 */

type Operation = 'open' | 'revert';

function domName(error: unknown): string {
  return error instanceof DOMException ? error.name : '';
}

export function tooLargeError(fileName: string, size: number): FileError {
  return readFailure('TOO_LARGE', 'open', fileName, size);
}

export function readError(operation: Operation, fileName: string, error: unknown): FileError {
  const name = domName(error);
  if (name === 'NotFoundError') return readFailure('ENOENT', operation, fileName);
  if (name === 'NotAllowedError' || name === 'SecurityError')
    return readFailure('EACCES', operation, fileName);
  // The browser says no more than that it could not read what was chosen.
  const failure = readFailure('UNKNOWN', operation, fileName);
  return {
    ...failure,
    message: failure.message.replace(
      /something unexpected went wrong while reading it\.$/,
      'the browser could not read it. It may have been moved or changed since it was chosen.',
    ),
  };
}

const SAVE_CODES: Readonly<Record<string, FileErrorCode>> = {
  QuotaExceededError: 'ENOSPC',
  NotAllowedError: 'EACCES',
  SecurityError: 'EACCES',
  NotFoundError: 'ENOENT',
  NoModificationAllowedError: 'EBUSY',
  InvalidStateError: 'EBUSY',
};

/** A failed write through the File System Access API. */
export function saveError(fileName: string, error: unknown): FileError {
  return saveFailure(SAVE_CODES[domName(error)] ?? 'UNKNOWN', fileName);
}

// The sentences both builds show for a file that is not a journey, and file names, are shared.
export { fileErrorFromParse, notCvjError, notUtf8Error } from '../../../shared/file/file-errors';
export { suggestFileName } from '../../../shared/file/file-names';
