import type { FileError, FileErrorCode } from '../../../shared/ipc/contract';
import { quotedName } from '../../../shared/file/file-errors';
import { formatFileSize, MAX_FILE_BYTES } from '../../../shared/file/size';
import { errorCode } from './fs-port';

/**
 * Turns what went wrong into a FileError: a stable code and one clear message that names the
 * file, says what happened and, for saves, what state the journey is in and what to do. The
 * messages are the UI's words; the renderer shows them as they are.
 */

export type FileOperation = 'open' | 'save' | 'revert';

const SAVE_KEPT = 'Your journey is still open and unsaved';

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

const quoted = quotedName;

function openReason(code: FileErrorCode, size: number | undefined): string {
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
      return `it is ${size === undefined ? 'too large' : formatFileSize(size)}, larger than the ${formatFileSize(MAX_FILE_BYTES)} a journey file may be. It is probably not a journey.`;
    default:
      return 'something unexpected went wrong while reading it.';
  }
}

function saveReason(code: FileErrorCode): string {
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

/** A failed system call during `operation` on the file called `fileName`. */
export function fileErrorFrom(
  error: unknown,
  operation: FileOperation,
  fileName: string,
): FileError {
  const code = fileErrorCode(errorCode(error));
  const size =
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { size?: unknown }).size === 'number'
      ? (error as { size: number }).size
      : undefined;
  const message =
    operation === 'save'
      ? `Couldn’t save ${quoted(fileName)}: ${saveReason(code)}`
      : `Couldn’t ${operation === 'revert' ? 'revert to' : 'open'} ${quoted(fileName)}: ${openReason(code, size)}`;
  return { code, message, fileName };
}

/** A problem main finds itself (wrong extension, nothing to revert to…). */
export function fileError(code: FileErrorCode, fileName: string, message: string): FileError {
  return { code, message, fileName };
}

// The sentences both builds show for a file that is not a journey live in shared/.
export { fileErrorFromParse, notCvjError, notUtf8Error } from '../../../shared/file/file-errors';
