import { loadParser } from '../documents/parser';
import type { UserTemplate } from '../../../shared/ipc/contract';
import type { UserTemplatesApi } from '../../../shared/ipc/desktop-api';
import { safeLocalStorage } from './storage';

const KEY = 'cvj.templates.v1';
const MAX = 100;
/**
 * Templates share this site's storage (about 5 million characters) with autosave and recovery:
 * they may take at most this many characters in all, so autosave always keeps room.
 */
export const MAX_BROWSER_TEMPLATE_CHARS = 1_500_000;

/**
 * My templates in a browser: this browser's storage (localStorage), one list under one key.
 * A full or refused storage says so when saving; an entry this version cannot read is left out
 * of the list but kept as it is when the list is written again (a newer version may read it).
 */
export function createBrowserTemplates(
  now: () => Date = () => new Date(),
  storageOf: () => Storage | null = safeLocalStorage,
): UserTemplatesApi {
  /** Everything stored, readable or not. */
  const stored = (): unknown[] => {
    try {
      const raw = JSON.parse(storageOf()?.getItem(KEY) ?? '[]') as unknown;
      return Array.isArray(raw) ? raw : [];
    } catch {
      return [];
    }
  };
  /** Whether `t` is a template this version reads (the parser is loaded first: `readables`). */
  const readableWith = (parse: (text: string) => { ok: boolean }) => (t: unknown): t is UserTemplate =>
    typeof t === 'object' &&
    t !== null &&
    typeof (t as UserTemplate).id === 'string' &&
    typeof (t as UserTemplate).name === 'string' &&
    typeof (t as UserTemplate).savedAt === 'string' &&
    typeof (t as UserTemplate).text === 'string' &&
    parse((t as UserTemplate).text).ok;
  const readables = async (list: unknown[]): Promise<UserTemplate[]> => {
    const { parseJourneyFile } = await loadParser();
    return list.filter(readableWith(parseJourneyFile));
  };
  const write = (list: unknown[]) => {
    const storage = storageOf();
    if (!storage) throw new Error('This browser does not let the page keep templates (private mode?).');
    const text = JSON.stringify(list);
    if (text.length > MAX_BROWSER_TEMPLATE_CHARS && text.length > (storage.getItem(KEY)?.length ?? 0)) {
      throw new Error(
        'Templates in this browser are full (they share its storage with autosave): remove a template, or save the journey as a file instead.',
      );
    }
    try {
      storage.setItem(KEY, text);
    } catch {
      throw new Error("This browser's storage for the page is full: remove a template, or save the journey as a file instead.");
    }
  };
  return {
    async list() {
      return (await readables(stored())).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    },
    async save({ name, text }) {
      const list = stored();
      if ((await readables(list)).length >= MAX) throw new Error(`You have ${MAX} templates already: remove one first.`);
      const id = Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('');
      write([...list, { id, name, savedAt: now().toISOString(), text }]);
      return id;
    },
    async remove(id) {
      write(stored().filter((t) => !(typeof t === 'object' && t !== null && (t as { id?: unknown }).id === id)));
    },
  };
}
