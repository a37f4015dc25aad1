import type { Journey, JourneySet } from '../model/types';
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
      /** Every journey of the file, with any unknown keys still on their objects. */
      set: JourneySet;
      /** The first journey (the one tab of a version 1 file). */
      journey: Journey;
      /** The whole envelope as read (after migration), for the serializer's `extra`. */
      file: CvjFile;
      /**
       * The format version the file was written in when older than this build's: the first
       * save writes the current one, which older versions of CVJ Studio cannot open.
       */
      upgradedFrom?: number;
      /** Things the user may want to know that did not stop the file from opening. */
      warnings: string[];
    }
  | { ok: false; error: ParseError };
