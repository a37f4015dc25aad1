import {
  extractJourneyFromPng,
  extractJourneyFromSvg,
  readJourneyBytes,
} from '../../../shared/export';
import { extractJourneyFromPdf, extractStoredZipEntry } from '../../../shared/report/embedded';
import { DECK_CVJ_PATH } from '../../../shared/report/deck-path';
import { fileErrorFromParse, notCvjError } from './browserFileErrors';
import type { ReadOutcome } from './browserFiles';

/** An SVG or PNG exported with the journey embedded: the journey's own text, checked. */
export function readJourneyImage(
  bytes: Uint8Array,
  operation: 'open' | 'revert',
  name: string,
): ReadOutcome {
  const parsed = readJourneyBytes(bytes);
  if (!parsed.ok) return { ok: false, error: fileErrorFromParse(parsed.error, operation, name) };
  const extracted =
    parsed.source === 'png'
      ? extractJourneyFromPng(bytes)
      : parsed.source === 'pdf'
        ? extractJourneyFromPdf(bytes)
        : parsed.source === 'pptx'
          ? extractStoredZipEntry(bytes, DECK_CVJ_PATH)
          : extractJourneyFromSvg(new TextDecoder().decode(bytes));
  if (!extracted.ok) return { ok: false, error: notCvjError(name) };
  return { ok: true, text: extracted.text, title: parsed.journey.title, source: parsed.source };
}
