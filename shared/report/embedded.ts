import type { Extracted } from '../export/embed';
import { utf8Decode } from '../export/bytes';

/**
 * The `.cvj` a PDF report or a PPTX deck carries (shared/report/pdf.ts attaches it as an
 * uncompressed embedded file; pptx.ts stores it uncompressed as cvj-studio/journey.cvj). Both
 * are read synchronously, without a zlib, in every host. Anything else (a report another tool
 * recompressed) says so instead of guessing.
 */

const latin1 = (bytes: Uint8Array, from = 0, to = bytes.length) => {
  let s = '';
  for (let i = from; i < to; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, Math.min(to, i + 0x8000)));
  return s;
};

export function isPdf(bytes: Uint8Array): boolean {
  return bytes.length > 5 && latin1(bytes, 0, 5) === '%PDF-';
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

const CVJ_SUBTYPE = '/Subtype /application#2Fvnd.cvj+json';

export function extractJourneyFromPdf(bytes: Uint8Array): Extracted {
  const text = latin1(bytes);
  let at = text.indexOf(CVJ_SUBTYPE);
  if (at < 0) return { ok: false, reason: 'none' };
  // The dictionary around the subtype: from its object's "obj" to "stream".
  const start = text.lastIndexOf(' obj', at);
  const streamAt = text.indexOf('stream', at);
  if (start < 0 || streamAt < 0) return { ok: false, reason: 'damaged' };
  const dict = text.slice(start, streamAt);
  if (/\/Filter/.test(dict)) return { ok: false, reason: 'compressed' };
  const length = /\/Length (\d+)/.exec(dict);
  if (!length) return { ok: false, reason: 'damaged' };
  at = streamAt + 'stream'.length;
  if (text[at] === '\r') at++;
  if (text[at] === '\n') at++;
  const end = at + Number(length[1]);
  if (end > bytes.length) return { ok: false, reason: 'damaged' };
  try {
    return { ok: true, text: utf8Decode(bytes.subarray(at, end)) };
  } catch {
    return { ok: false, reason: 'damaged' };
  }
}

/** A file stored (not compressed) in a zip package, found through the central directory. */
export function extractStoredZipEntry(bytes: Uint8Array, name: string): Extracted {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: the last "PK\5\6" within the final 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, reason: 'damaged' };
  const entries = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  for (let n = 0; n < entries; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) return { ok: false, reason: 'damaged' };
    const method = view.getUint16(p + 10, true);
    const size = view.getUint32(p + 20, true);
    const nameLength = view.getUint16(p + 28, true);
    const extra = view.getUint16(p + 30, true);
    const comment = view.getUint16(p + 32, true);
    const local = view.getUint32(p + 42, true);
    if (latin1(bytes, p + 46, p + 46 + nameLength) === name) {
      if (method !== 0) return { ok: false, reason: 'compressed' };
      if (local + 30 > bytes.length) return { ok: false, reason: 'damaged' };
      const dataAt = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      if (dataAt + size > bytes.length) return { ok: false, reason: 'damaged' };
      try {
        return { ok: true, text: utf8Decode(bytes.subarray(dataAt, dataAt + size)) };
      } catch {
        return { ok: false, reason: 'damaged' };
      }
    }
    p += 46 + nameLength + extra + comment;
  }
  return { ok: false, reason: 'none' };
}
