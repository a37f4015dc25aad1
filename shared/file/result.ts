import type { Journey } from '../model/types';
import type { CvjFile } from './schema';

export type ParseErrorCode = 'not-json' | 'not-cvj' | 'version-too-new' | 'invalid';

export interface ParseError {
  code: ParseErrorCode;
  /** One or two sentences the UI can show as they are. */
  message: string;
  /** Where the first problem is, as a JSON path like `journey.tactics[2].stage`. */
  path?: string;
  /** Every problem found, each as `path: reason`, for a "details" disclosure. */
  details?: string[];
}

export type ParseResult =
  | {
      ok: true;
      /** The journey, with any unknown keys still on its objects. */
      journey: Journey;
      /** The whole envelope as read (after migration), for `serializeJourneyFile`'s `extra`. */
      file: CvjFile;
      /** Things the user may want to know that did not stop the file from opening. */
      warnings: string[];
    }
  | { ok: false; error: ParseError };
