import { UNTITLED_JOURNEY } from '../model/names';
import { hasControlCharacters } from './control-characters';

/** Names of journey files and exported images, the same in the desktop app and the browser. */

export const CVJ_EXTENSION = '.cvj';
/** A journey file's media type (package.json's file association, the web app's file handler).
 * Not application/json: some browsers append ".json" to a download of that type. */
export const CVJ_MIME = 'application/vnd.cvj+json';
/** What a document without a file (or a journey without a title) is called. */
export const UNTITLED_NAME = UNTITLED_JOURNEY;

/** Characters no file system takes (Windows is the strictest) and reserved device names. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f]/gu;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** A file name for a journey titled `title`: "Q3 launch.cvj"; "Untitled journey.cvj" if empty. */
export function suggestFileName(title: string): string {
  const cleaned = title
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[. ]+$/u, '')
    .slice(0, 120)
    .trim();
  const stem = cleaned === '' || RESERVED.test(cleaned) ? UNTITLED_NAME : cleaned;
  return `${stem}${CVJ_EXTENSION}`;
}

export const MAX_EXPORT_NAME_LENGTH = 200;

/**
 * What is wrong with `name` as the suggested name of an exported image (for the Save dialog),
 * or null: it must be a bare name (no folder, no control characters) ending in `.extension`.
 * Main still lets the user pick any place and name.
 */
export function exportNameProblem(extension: string, name: string): string | null {
  if (name.length === 0 || name.length > MAX_EXPORT_NAME_LENGTH)
    return 'a name of 1–200 characters';
  if (hasControlCharacters(name) || /[\\/:*?"<>|]/.test(name)) return 'a bare file name';
  if (/^[. ]/.test(name)) return 'a name that does not start with a dot or space';
  if (!name.toLowerCase().endsWith(`.${extension}`)) return `a name ending in .${extension}`;
  return null;
}
