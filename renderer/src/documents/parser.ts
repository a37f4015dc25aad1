import type * as Parse from '../../../shared/file/parse';

let loading: Promise<typeof Parse> | null = null;

/**
 * The file parser (shared/file/parse, and zod behind it), loaded on first use: the editor's
 * first paint does not wait for it. main.tsx starts loading it as soon as the editor is up, so
 * by the time anything is opened it is normally there.
 */
export function loadParser(): Promise<typeof Parse> {
  loading ??= import('../../../shared/file/parse');
  return loading;
}

/** parseJourneyFile, once the parser is loaded. */
export async function parseFile(text: string): Promise<ReturnType<typeof Parse.parseJourneyFile>> {
  return (await loadParser()).parseJourneyFile(text);
}
