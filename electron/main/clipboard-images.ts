import { clipboardBytesMatch } from '../../shared/export/sniff';
import type { ClipboardImage } from '../../shared/ipc/contract';

/**
 * Export dialog > Copy as PNG / Copy as SVG, main side. The page gets no clipboard permission
 * (security.ts refuses every web permission); it hands main the finished image and main puts it
 * on the system clipboard. Electron-free: the clipboard is a port, so what goes on it for each
 * format is tested in Node.
 */

/** MIME type → payload, the shape of Electron's `new ClipboardItem(...)`. */
export type ClipboardEntries = Record<string, Blob | string>;

export interface ClipboardPort {
  /** All entries at once (Electron: `clipboard.write([new ClipboardItem(entries)])`). */
  write(entries: ClipboardEntries): Promise<void>;
  writeText(text: string): Promise<void>;
  /** Whether the window asking is the one in front: only it may write the clipboard. */
  senderFocused(): boolean;
  /** Where a write that failed but was recovered from is reported (main's log). */
  warn(message: string, error: unknown): void;
}

/**
 * What goes on the clipboard: a PNG as an image; an SVG as image/svg+xml (Inkscape, Illustrator,
 * Office) with the same markup as text/plain, for paste targets that only take text (code
 * editors, Figma's paste of SVG markup).
 */
export function clipboardEntriesFor(image: ClipboardImage): ClipboardEntries {
  if (image.format === 'png') return { 'image/png': new Blob([copyOf(image.bytes)], { type: 'image/png' }) };
  const markup = new TextDecoder().decode(image.bytes);
  return { 'image/svg+xml': new Blob([markup], { type: 'image/svg+xml' }), 'text/plain': markup };
}

export async function copyImageToClipboard(port: ClipboardPort, image: ClipboardImage): Promise<void> {
  // The contract checked this already; checked again because it reaches the OS clipboard.
  if (!clipboardBytesMatch(image.format, image.bytes)) {
    throw new Error(`Refused to copy: the bytes are not a ${image.format} image`);
  }
  // The user clicks Copy in the window in front; a page in the background writing the
  // clipboard (to swap what the user pastes elsewhere) is refused.
  if (!port.senderFocused()) {
    throw new Error('Refused to copy: the window asking is not the one in front');
  }
  const entries = clipboardEntriesFor(image);
  if (image.format === 'png') {
    await port.write(entries);
    return;
  }
  try {
    await port.write(entries);
  } catch (error) {
    // A platform clipboard without an SVG type still takes the markup as text.
    port.warn('The clipboard refused SVG as an image; copied it as text', error);
    await port.writeText(entries['text/plain'] as string);
  }
}

/** The bytes in an ArrayBuffer of their own (a Blob part must not be a shared buffer view). */
function copyOf(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return copy;
}
