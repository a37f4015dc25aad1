import {
  readFailure,
  saveFailure,
  type FileError,
  type FileErrorCode,
} from '../../../shared/file/file-errors';
import { errorCode } from './fs-port';

/**
 * Turns what went wrong into a FileError: a stable code and one clear message that names the
 * file, says what happened and, for saves, what state the journey is in and what to do. The
 * sentences live in shared/file/file-errors.ts (the browser build shows the same ones); this
 * module maps Node's error codes onto them.
 */

export type FileOperation = 'open' | 'save' | 'revert';

/** Node's code → ours. Several system codes mean the same thing to a user. */
export function fileErrorCode(code: string | undefined): FileErrorCode {
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'ENOSPC';
    case 'EACCES':
    case 'EPERM':
      return 'EACCES';
    case 'EROFS':
      return 'EROFS';
    case 'ENOENT':
    case 'ENOTDIR':
      return 'ENOENT';
    case 'EISDIR':
    case 'ENOTFILE':
      return 'EISDIR';
    case 'EBUSY':
    case 'ETXTBSY':
    case 'EAGAIN':
      return 'EBUSY';
    case 'TOO_LARGE':
      return 'TOO_LARGE';
    default:
      return 'UNKNOWN';
  }
}

/** A failed system call during `operation` on the file called `fileName`. */
export function fileErrorFrom(
  error: unknown,
  operation: FileOperation,
  fileName: string,
): FileError {
  const code = fileErrorCode(errorCode(error));
  if (operation === 'save') return saveFailure(code, fileName);
  const size =
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { size?: unknown }).size === 'number'
      ? (error as { size: number }).size
      : undefined;
  return readFailure(code, operation, fileName, size);
}

/** A problem main finds itself (wrong extension, nothing to revert to…). */
export function fileError(code: FileErrorCode, fileName: string, message: string): FileError {
  return { code, message, fileName };
}

// The sentences both builds show for a file that is not a journey live in shared/.
export { fileErrorFromParse, notCvjError, notUtf8Error } from '../../../shared/file/file-errors';
