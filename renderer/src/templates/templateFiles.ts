import { loadParser } from '../documents/parser';
import type { Journey } from '../../../shared/model/types';
import { TEMPLATES, type TemplateInfo } from '../../../shared/templates/catalog';

/**
 * The templates shipped in assets/templates, bundled with the app (nothing is fetched): their
 * .cvj text, loaded when the gallery first opens.
 */
const FILES = import.meta.glob<string>('../../../assets/templates/*.cvj', {
  query: '?raw',
  import: 'default',
});

export interface LoadedTemplate extends TemplateInfo {
  text: string;
  journey: Journey;
}

let loading: Promise<LoadedTemplate[]> | null = null;

/** Every shipped template, in the catalog's order (a damaged one is left out, and logged). */
export function loadTemplates(): Promise<LoadedTemplate[]> {
  loading ??= Promise.all(
    TEMPLATES.map(async (info) => {
      const load = FILES[`../../../assets/templates/${info.id}.cvj`];
      if (!load) return null;
      const text = await load();
      const parsed = (await loadParser()).parseJourneyFile(text);
      if (!parsed.ok) {
        console.error(`Template ${info.id} is damaged: ${parsed.error.message}`);
        return null;
      }
      return { ...info, text, journey: parsed.journey };
    }),
  ).then((list) => list.filter((t): t is LoadedTemplate => t !== null));
  return loading;
}
