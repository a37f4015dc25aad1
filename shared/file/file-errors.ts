import type { FileError, FileErrorCode } from '../ipc/contract';
import type { ParseError } from './result';

/** `“Q3 launch.cvj”`: how messages quote a file's name. */
export const quotedName = (name: string): string => `“${name}”`;

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
  const verb = operation === 'revert' ? 'revert to' : 'open';
  return {
    code,
    message: `Couldn’t ${verb} ${quotedName(fileName)}. ${error.message}`,
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
  const verb = operation === 'revert' ? 'revert to' : 'open';
  return {
    code: 'NOT_JSON',
    fileName,
    message: `Couldn’t ${verb} ${quotedName(fileName)}. This file is not text (it is not valid UTF-8), so it holds no journey.`,
  };
}
