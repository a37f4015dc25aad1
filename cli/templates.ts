import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseJourneyFile } from '../shared/file/parse';
import { serializeJourneyFile } from '../shared/file/serialize';
import { TEMPLATES } from '../shared/templates/catalog';
import { journeyFromTemplate } from '../shared/templates/instantiate';

/**
 * The journey templates shipped in assets/templates (one .cvj file each, listed in
 * shared/templates/catalog.ts), found from this module's location like the fonts.
 */
export function shippedTemplateDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'assets', 'templates');
    if (TEMPLATES.every((t) => existsSync(join(candidate, `${t.id}.cvj`)))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('The shipped templates (assets/templates/*.cvj) were not found.');
    dir = parent;
  }
}

/** `cvj templates`: one line per template, id first. */
export function templateLines(): string[] {
  const width = Math.max(...TEMPLATES.map((t) => t.id.length));
  return TEMPLATES.map((t) => `${t.id.padEnd(width)}  ${t.name}: ${t.description}`);
}

/** The text of a new journey made from the template `id`, or a message saying why not. */
export function newJourneyText(id: string, now = new Date()): { ok: true; text: string; title: string } | { ok: false; message: string } {
  const info = TEMPLATES.find((t) => t.id === id);
  if (!info) {
    return { ok: false, message: `No template "${id}". cvj templates lists them: ${TEMPLATES.map((t) => t.id).join(', ')}.` };
  }
  const parsed = parseJourneyFile(readFileSync(join(shippedTemplateDir(), `${id}.cvj`), 'utf8'));
  if (!parsed.ok) return { ok: false, message: `The template "${id}" is damaged: ${parsed.error.message}` };
  const journey = journeyFromTemplate(parsed.journey, now);
  return { ok: true, text: serializeJourneyFile(journey), title: journey.title };
}
