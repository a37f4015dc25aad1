import { isPng } from './png-chunks';

/**
 * What exported image bytes really are, from their first bytes. Main checks what the renderer
 * hands it before writing a file or the system clipboard: bytes that claim to be a PNG or an
 * SVG must look like one.
 */

export const EXPORT_FORMATS = ['png', 'svg', 'csv', 'pdf', 'pptx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** What may go on the clipboard: images only (the forecast's CSV is a file). */
export const CLIPBOARD_FORMATS = ['png', 'svg'] as const;

/** The first `limit` bytes as Latin-1 text (shared/ has no TextDecoder type). */
function head(bytes: Uint8Array, limit: number): string {
  let text = '';
  for (let i = 0; i < Math.min(bytes.length, limit); i += 1) text += String.fromCharCode(bytes[i]!);
  return text;
}

/** The bytes are the format they claim: a PNG signature, or text that opens an SVG element. */
export function exportBytesMatch(format: ExportFormat, bytes: Uint8Array): boolean {
  if (format === 'png') return isPng(bytes);
  // The client report and deck (issue 17): a PDF, an Office Open XML package (a zip).
  if (format === 'pdf') return head(bytes, 5) === '%PDF-';
  if (format === 'pptx') return head(bytes, 4) === 'PK\x03\x04';
  // The forecast's table: plain text (no NUL, no PNG or markup pretending to be a table).
  if (format === 'csv') return !bytes.includes(0) && !isPng(bytes) && !/^\s*</.test(head(bytes, 64));
  return /^\ufeff?\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<svg[\s>]/.test(
    head(bytes, 4096).replace(/^\xef\xbb\xbf/, ''),
  );
}

/**
 * Stricter than exportBytesMatch for what goes on the clipboard, where its text is pasted into
 * other programs: an SVG is the exporter's own shape, an optional XML declaration then `<svg`
 * (no leading comments, which could carry any text).
 */
export function clipboardBytesMatch(format: ExportFormat, bytes: Uint8Array): boolean {
  if (format === 'csv' || format === 'pdf' || format === 'pptx') return false;
  if (format === 'png') return isPng(bytes);
  return /^(?:<\?xml [^<>]*\?>\s*)?<svg[\s>]/.test(head(bytes, 256));
}
