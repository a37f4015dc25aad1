import type { ExportOutcome } from '../../../shared/ipc/contract';
import type { Platform } from '../platform';
import { downloadBytes } from '../platform/browserFiles';

/**
 * Where an export goes. Desktop: main's Save dialog (`file:export`; main picks and checks the
 * path, the renderer only suggests a name). Browser: a download.
 */
export async function saveExport(
  platform: Platform,
  request: { format: 'png' | 'svg'; bytes: Uint8Array; suggestedName: string },
): Promise<ExportOutcome> {
  if (platform.exportFile) return platform.exportFile(request);
  downloadBytes(request.bytes, request.suggestedName, MIME[request.format]);
  return { status: 'saved', name: request.suggestedName };
}

const MIME = { png: 'image/png', svg: 'image/svg+xml' } as const;

/**
 * The clipboard. Desktop: main writes it (`clipboard:write-image`; the page is granted no web
 * permission, see security.ts). Browser: the async Clipboard API, PNG as an image; SVG as
 * image/svg+xml where the browser takes it (Chromium 124+), with the same markup as plain text
 * so paste targets that only take text (code editors, Figma's "paste as SVG") get it too.
 */
export async function copyExport(
  platform: Platform,
  format: 'png' | 'svg',
  bytes: Uint8Array,
): Promise<void> {
  if (platform.copyImage) return platform.copyImage({ format, bytes });
  const clipboard = navigator.clipboard as Clipboard | undefined;
  if (!clipboard) throw new Error('this browser does not let pages use the clipboard');
  if (format === 'png') {
    const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/png' });
    await clipboard.write([new ClipboardItem({ 'image/png': blob })]);
    return;
  }
  const text = new TextDecoder().decode(bytes);
  const plain = new Blob([text], { type: 'text/plain' });
  if (typeof ClipboardItem.supports === 'function' && ClipboardItem.supports('image/svg+xml')) {
    const svg = new Blob([text], { type: 'image/svg+xml' });
    try {
      await clipboard.write([new ClipboardItem({ 'image/svg+xml': svg, 'text/plain': plain })]);
      return;
    } catch {
      // Fall back to text below.
    }
  }
  await clipboard.writeText(text);
}
