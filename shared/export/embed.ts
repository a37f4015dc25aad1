import { base64Decode, utf8Base64, utf8Decode, utf8Encode } from './bytes';
import { makeITxt, readPngChunks, readPngText, writePngChunks } from './png-chunks';

/**
 * The journey travels inside its exports so that File > Open can turn an exported image back
 * into an editable journey:
 * - SVG: `<metadata><cvj:journey xmlns:cvj="urn:x-cvj-studio:journey" encoding="base64">` holding
 *   the `.cvj` text as base64 of its UTF-8 bytes. Base64 rather than CDATA or escaped text: it
 *   survives any XML tool untouched (no `]]>` splitting, no characters XML 1.0 forbids, no
 *   whitespace normalisation) and line breaks inside it are ignored on reading.
 * - PNG: an uncompressed iTXt chunk with the keyword `cvj` holding the `.cvj` text (UTF-8),
 *   before IEND.
 */
export const SVG_JOURNEY_NAMESPACE = 'urn:x-cvj-studio:journey';
export const PNG_JOURNEY_KEYWORD = 'cvj';

const BASE64_LINE = 76;

/** The `<metadata>` element the SVG exporter writes (the `.cvj` text goes in as base64). */
export function svgJourneyMetadata(cvjText: string): string {
  const encoded = utf8Base64(cvjText, BASE64_LINE);
  return `<metadata><cvj:journey xmlns:cvj="${SVG_JOURNEY_NAMESPACE}" encoding="base64">\n${encoded}\n</cvj:journey></metadata>`;
}

export type Extracted =
  { ok: true; text: string } | { ok: false; reason: 'none' | 'damaged' | 'compressed' };

/**
 * Finds the embedded journey in SVG text, whatever prefix an editor gave our namespace (Inkscape
 * and others move namespace declarations to the root and may rename prefixes).
 */
export function extractJourneyFromSvg(svg: string): Extracted {
  const prefixes = new Set<string>();
  const declaration = /xmlns(?::([A-Za-z_][\w.-]*))?\s*=\s*(["'])([^"']*)\2/g;
  let hasDefault = false;
  for (const match of svg.matchAll(declaration)) {
    if (match[3] !== SVG_JOURNEY_NAMESPACE) continue;
    if (match[1] === undefined) hasDefault = true;
    else prefixes.add(match[1]);
  }
  const names = [...prefixes].map((p) => `${p}:journey`);
  if (hasDefault) names.push('journey');
  for (const name of names) {
    const open = new RegExp(`<${name.replace(/[.]/g, '\\.')}(?=[\\s/>])[^>]*>`, 'g');
    for (const match of svg.matchAll(open)) {
      if (match[0].endsWith('/>')) continue;
      const start = match.index + match[0].length;
      const end = svg.indexOf(`</${name}`, start);
      if (end < 0) return { ok: false, reason: 'damaged' };
      const bytes = base64Decode(svg.slice(start, end));
      if (!bytes) return { ok: false, reason: 'damaged' };
      return { ok: true, text: utf8Decode(bytes) };
    }
  }
  return { ok: false, reason: 'none' };
}

/** A copy of `png` with the journey in an iTXt chunk (replacing any journey already there). */
export function embedJourneyInPng(png: Uint8Array, cvjText: string): Uint8Array {
  const chunks = readPngChunks(png).filter((c) => !isJourneyChunk(c));
  const end = chunks.findIndex((c) => c.type === 'IEND');
  if (end < 0) throw new Error('This PNG image has no end marker.');
  chunks.splice(end, 0, { ...makeITxt(PNG_JOURNEY_KEYWORD, cvjText), crcOk: true });
  return writePngChunks(chunks);
}

export function extractJourneyFromPng(png: Uint8Array): Extracted {
  for (const chunk of readPngChunks(png)) {
    if (!isJourneyChunk(chunk)) continue;
    if (!chunk.crcOk) return { ok: false, reason: 'damaged' };
    const text = readPngText(chunk);
    if (!text) return { ok: false, reason: 'damaged' };
    if (text.compressed || text.text === undefined) return { ok: false, reason: 'compressed' };
    return { ok: true, text: text.text };
  }
  return { ok: false, reason: 'none' };
}

function isJourneyChunk(chunk: { type: string; data: Uint8Array }): boolean {
  if (chunk.type !== 'iTXt' && chunk.type !== 'tEXt' && chunk.type !== 'zTXt') return false;
  const key = utf8Encode(PNG_JOURNEY_KEYWORD);
  return key.every((b, i) => chunk.data[i] === b) && chunk.data[key.length] === 0;
}
