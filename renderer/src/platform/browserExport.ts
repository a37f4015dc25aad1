import type { ClipboardImage, ExportManyOutcome, ExportManyRequest, ExportOutcome, ExportRequest } from '../../../shared/ipc/contract';
import { download } from './browserFiles';

/**
 * Exported images in a plain browser. The desktop app hands both jobs to main (`file:export`
 * with its Save dialog, `clipboard:write-image`; the page there is granted no web permission).
 */

const MIME = {
  png: 'image/png',
  svg: 'image/svg+xml',
  csv: 'text/csv',
  pdf: 'application/pdf',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
} as const;

/** An exported image as a download; the browser decides where it goes. */
export async function downloadExport(request: ExportRequest): Promise<ExportOutcome> {
  download(request.bytes, request.suggestedName, MIME[request.format]);
  return { status: 'saved', name: request.suggestedName };
}

/**
 * Export › All journeys in a browser: one download per journey, a moment apart (Chromium asks
 * once whether the site may download several files; a burst can lose some).
 */
export async function downloadExports(request: ExportManyRequest): Promise<ExportManyOutcome> {
  const names: string[] = [];
  for (const file of request.files) {
    if (names.length > 0) await new Promise((resolve) => setTimeout(resolve, 250));
    download(file.bytes, file.suggestedName, MIME[request.format]);
    names.push(file.suggestedName);
  }
  return { status: 'saved', folder: 'Downloads', names };
}

/**
 * Copy as PNG / Copy as SVG through the async Clipboard API: PNG as an image; SVG as
 * image/svg+xml where the browser takes it (Chromium 124+), with the same markup as plain text
 * so paste targets that only take text (code editors, Figma's "paste as SVG") get it too.
 */
export async function copyImageInBrowser({ format, bytes }: ClipboardImage): Promise<void> {
  const clipboard = navigator.clipboard as Clipboard | undefined;
  if (!clipboard) throw new Error('this browser does not let pages use the clipboard');
  if (format === 'png') {
    const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: MIME.png });
    await clipboard.write([new ClipboardItem({ [MIME.png]: blob })]);
    return;
  }
  const text = new TextDecoder().decode(bytes);
  const plain = new Blob([text], { type: 'text/plain' });
  if (typeof ClipboardItem.supports === 'function' && ClipboardItem.supports(MIME.svg)) {
    const svg = new Blob([text], { type: MIME.svg });
    try {
      await clipboard.write([new ClipboardItem({ [MIME.svg]: svg, 'text/plain': plain })]);
      return;
    } catch {
      // Fall back to text below.
    }
  }
  await clipboard.writeText(text);
}
