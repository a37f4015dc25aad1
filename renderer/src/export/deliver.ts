import type { ExportOutcome, ExportRequest } from '../../../shared/ipc/contract';
import type { Platform } from '../platform';

/**
 * Where an export goes: the platform's to decide. Desktop: main's Save dialog (`file:export`;
 * main picks and checks the path, the renderer only suggests a name). Browser: a download.
 */
export function saveExport(platform: Platform, request: ExportRequest): Promise<ExportOutcome> {
  return platform.exportFile(request);
}

/** The clipboard. Desktop: main writes it. Browser: the async Clipboard API. */
export function copyExport(
  platform: Platform,
  format: 'png' | 'svg',
  bytes: Uint8Array,
): Promise<void> {
  return platform.copyImage({ format, bytes });
}
