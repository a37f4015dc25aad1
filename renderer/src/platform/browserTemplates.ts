import { parseJourneyFile } from '../../../shared/file/parse';
import type { UserTemplate } from '../../../shared/ipc/contract';
import type { UserTemplatesApi } from '../../../shared/ipc/desktop-api';
import { safeLocalStorage } from './browserRecovery';

const KEY = 'cvj.templates.v1';
const MAX = 100;

/**
 * My templates in a browser: this browser's storage (localStorage), one list under one key.
 * A full or refused storage says so when saving; a damaged entry is left out of the list.
 */
export function createBrowserTemplates(now: () => Date = () => new Date()): UserTemplatesApi {
  const read = (): UserTemplate[] => {
    try {
      const raw = JSON.parse(safeLocalStorage()?.getItem(KEY) ?? '[]') as unknown;
      if (!Array.isArray(raw)) return [];
      return raw.filter(
        (t): t is UserTemplate =>
          typeof t === 'object' &&
          t !== null &&
          typeof t.id === 'string' &&
          typeof t.name === 'string' &&
          typeof t.savedAt === 'string' &&
          typeof t.text === 'string' &&
          parseJourneyFile(t.text).ok,
      );
    } catch {
      return [];
    }
  };
  const write = (list: UserTemplate[]) => {
    const storage = safeLocalStorage();
    if (!storage) throw new Error('This browser does not let the page keep templates (private mode?).');
    try {
      storage.setItem(KEY, JSON.stringify(list));
    } catch {
      throw new Error("This browser's storage for the page is full: remove a template, or save the journey as a file instead.");
    }
  };
  return {
    async list() {
      return read().sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    },
    async save({ name, text }) {
      const list = read();
      if (list.length >= MAX) throw new Error(`You have ${MAX} templates already: remove one first.`);
      const id = Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('');
      write([...list, { id, name, savedAt: now().toISOString(), text }]);
      return id;
    },
    async remove(id) {
      write(read().filter((t) => t.id !== id));
    },
  };
}
