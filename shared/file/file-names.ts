/** Journey file names, the same in the desktop app (main) and the browser build. */
import { UNTITLED_JOURNEY } from '../model/names';

export const CVJ_EXTENSION = '.cvj';
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
