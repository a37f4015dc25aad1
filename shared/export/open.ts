import { parseJourneyFile } from '../file/parse';
import type { ParseResult } from '../file/result';
import { APP_NAME } from '../file/version';
import { utf8Decode } from './bytes';
import { extractJourneyFromPng, extractJourneyFromSvg, type Extracted } from './embed';
import { isPng } from './png-chunks';
import { extractJourneyFromPdf, extractStoredZipEntry, isPdf, isZip } from '../report/embedded';
import { DECK_CVJ_PATH } from '../report/deck-path';

export type JourneySource = 'cvj' | 'svg' | 'png' | 'pdf' | 'pptx';

export type OpenResult = ParseResult & { source: JourneySource };

/**
 * Reads the bytes of a file the user opened: a `.cvj` file, or an SVG, PNG, PDF report or PPTX
 * deck exported with the journey embedded. Never throws; failures carry the message the app (and `cvj validate`) shows.
 */
export function readJourneyBytes(bytes: Uint8Array): OpenResult {
  if (isPng(bytes)) {
    let extracted: Extracted;
    try {
      extracted = extractJourneyFromPng(bytes);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return fail('png', 'invalid', `This PNG image could not be read: ${reason}`);
    }
    return fromExtracted('png', 'PNG image', extracted);
  }
  if (isPdf(bytes)) return fromExtracted('pdf', 'PDF', extractJourneyFromPdf(bytes));
  if (isZip(bytes)) {
    const extracted = extractStoredZipEntry(bytes, DECK_CVJ_PATH);
    // Another zip (a Word file, an archive) is not a deck of ours.
    if (!extracted.ok && extracted.reason === 'none') return fail('pptx', 'not-cvj', `This file is not a ${APP_NAME} journey, nor a report or deck exported from ${APP_NAME} with the journey embedded.`);
    return fromExtracted('pptx', 'PowerPoint deck', extracted);
  }
  const text = utf8Decode(bytes);
  return readJourneyText(text);
}

/** Like `readJourneyBytes`, for text already decoded (a `.cvj` file or an SVG). */
export function readJourneyText(text: string): OpenResult {
  if (looksLikeXml(text)) {
    if (!/<svg[\s>]/.test(text)) {
      return fail(
        'svg',
        'not-cvj',
        `This file is XML, but neither a ${APP_NAME} journey nor an SVG image exported from ${APP_NAME}.`,
      );
    }
    return fromExtracted('svg', 'SVG image', extractJourneyFromSvg(text));
  }
  return { ...parseJourneyFile(text), source: 'cvj' };
}

function looksLikeXml(text: string): boolean {
  return /^\ufeff?\s*</.test(text);
}

function fromExtracted(source: JourneySource, what: string, extracted: Extracted): OpenResult {
  if (extracted.ok) return { ...parseJourneyFile(extracted.text), source };
  switch (extracted.reason) {
    case 'none':
      return fail(
        source,
        'not-cvj',
        `This ${what} holds no ${APP_NAME} journey. Only images exported from ${APP_NAME} with the journey embedded (the default) can be opened.`,
      );
    case 'compressed':
      return fail(
        source,
        'invalid',
        `The journey in this ${what} is compressed, which this version of ${APP_NAME} cannot read.`,
      );
    default:
      return fail(source, 'invalid', `The journey embedded in this ${what} is damaged.`);
  }
}

function fail(source: JourneySource, code: 'not-cvj' | 'invalid', message: string): OpenResult {
  return { ok: false, error: { code, message }, source };
}
