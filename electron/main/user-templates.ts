import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { parseJourneyFile } from '../../shared/file/parse';
import { UserTemplateSchema, type UserTemplate } from '../../shared/ipc/contract';
import { errorCode, type FsPort } from './files/fs-port';
import { readJson, writeJson } from './files/json-store';

/** How many of the user's own templates are kept (Save as Template refuses more). */
export const MAX_USER_TEMPLATES = 100;
/** The largest template kept (its journey text), so every saved one can be listed again. */
export const MAX_TEMPLATE_BYTES = 5 * 1024 * 1024;

/**
 * "My templates": journeys the user saved as templates (Save as Template…), one JSON file each
 * in userData/templates: `{ version: 1, name, savedAt, text }`, written atomically. A file that
 * is damaged or not a journey is left out of the list (with a warning), never deleted.
 */
export class UserTemplates {
  constructor(
    private readonly options: {
      fs: FsPort;
      dir: string;
      now?: () => Date;
      onWarning?: (message: string, error?: unknown) => void;
    },
  ) {}

  async list(): Promise<UserTemplate[]> {
    const { fs, dir, onWarning } = this.options;
    let names: string[];
    try {
      names = await fs.readdir(dir);
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') onWarning?.('Could not read the templates folder', error);
      return [];
    }
    const out: UserTemplate[] = [];
    for (const file of names.filter((n) => /^[a-z0-9]{16}\.json$/.test(n)).sort()) {
      // Escaped JSON text may take up to twice the bytes of the journey (plus the envelope).
      const read = await readJson(fs, join(dir, file), 2 * MAX_TEMPLATE_BYTES + 4096);
      const value = read.ok ? (read.value as Partial<Stored> | null) : null;
      const entry =
        value?.version === 1
          ? UserTemplateSchema.safeParse({
              id: file.slice(0, -5),
              name: value.name,
              savedAt: value.savedAt,
              text: value.text,
            })
          : null;
      if (
        !entry?.success ||
        Number.isNaN(Date.parse(entry.data.savedAt)) ||
        !parseJourneyFile(entry.data.text).ok
      ) {
        onWarning?.(`Template ${file} is damaged; it is left out`);
        continue;
      }
      out.push(entry.data);
    }
    return out.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  /** Keeps `text` (a checked journey) as a template called `name`; its id. */
  async save(name: string, text: string): Promise<string> {
    const { fs, dir } = this.options;
    if (new TextEncoder().encode(text).length > MAX_TEMPLATE_BYTES) {
      throw new TemplateRefusal('This journey is too large to keep as a template (over 5 MB).');
    }
    if ((await this.list()).length >= MAX_USER_TEMPLATES) {
      throw new TemplateRefusal(`You have ${MAX_USER_TEMPLATES} templates already: remove one first.`);
    }
    const id = randomBytes(8).toString('hex');
    const stored: Stored = {
      version: 1,
      name,
      savedAt: (this.options.now?.() ?? new Date()).toISOString(),
      text,
    };
    await writeJson(fs, dir, join(dir, `${id}.json`), stored);
    return id;
  }

  async remove(id: string): Promise<void> {
    if (!/^[a-z0-9]{16}$/.test(id)) return;
    try {
      await this.options.fs.unlink(join(this.options.dir, `${id}.json`));
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error;
    }
  }
}

interface Stored {
  version: 1;
  name: string;
  savedAt: string;
  text: string;
}

/** A reason of ours not to keep a template: its message is what the user reads. */
export class TemplateRefusal extends Error {}

/**
 * The sentence the page shows when saving or removing a template failed: ours as written, a
 * system error in plain words (the template folder is in the app's data folder, not the user's).
 */
export function templateFailureMessage(error: unknown, operation: 'save' | 'remove'): string {
  if (error instanceof TemplateRefusal) return error.message;
  const what = operation === 'save' ? 'The template was not saved' : 'The template was not removed';
  switch (errorCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `${what}: the disk is full. Free some space and try again; the journey itself is untouched.`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `${what}: CVJ Studio may not write to its templates folder (permission denied). The journey itself is untouched.`;
    default:
      return `${what}: ${error instanceof Error ? error.message : String(error)}`;
  }
}
