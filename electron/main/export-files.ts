import { basename, join } from 'node:path';
import { exportBytesMatch, type ExportFormat } from '../../shared/export/sniff';
import { exportNameProblem } from '../../shared/file/file-names';
import { UNTITLED_JOURNEY } from '../../shared/model/names';
import type { ExportOutcome, ExportRequest } from '../../shared/ipc/contract';
import { atomicWrite } from './files/atomic-write';
import { fileErrorFrom } from './files/file-errors';
import type { FsPort } from './files/fs-port';

/**
 * File > Export…: the renderer hands over finished image bytes and a suggested name; main shows
 * a Save dialog filtered to the format and writes the file atomically. The renderer never picks
 * the path. Electron-free (the dialog is a port), so it is tested for real on temporary folders.
 */

export interface ExportDeps {
  fs: FsPort;
  /** Native Save dialog for `format`, starting at `defaultPath`; null when cancelled. */
  chooseExportPath(windowId: number, defaultPath: string, format: ExportFormat): Promise<string | null>;
  /** Where the dialog starts (the user's Documents or Pictures folder). */
  defaultDir(): string;
}

export async function exportImage(
  deps: ExportDeps,
  windowId: number,
  request: ExportRequest,
): Promise<ExportOutcome> {
  // The contract checked these already; checked again because this writes to the user's disk.
  if (!exportBytesMatch(request.format, request.bytes)) {
    throw new Error(`Refused to export: the bytes are not a ${request.format} image`);
  }
  const problem = exportNameProblem(request.format, request.suggestedName);
  const suggested = problem === null ? request.suggestedName : `${UNTITLED_JOURNEY}.${request.format}`;
  const chosen = await deps.chooseExportPath(windowId, join(deps.defaultDir(), suggested), request.format);
  if (chosen === null) return { status: 'cancelled' };
  // Some Linux dialogs return the typed name without the filter's extension.
  const path = chosen.toLowerCase().endsWith(`.${request.format}`)
    ? chosen
    : `${chosen}.${request.format}`;
  const name = basename(path);
  try {
    await atomicWrite(deps.fs, path, request.bytes);
  } catch (error) {
    const failed = fileErrorFrom(error, 'save', name);
    // The file-service wording talks about "your journey"; an export leaves the journey as is.
    return {
      status: 'error',
      error: {
        ...failed,
        message: failed.message.replace(/^Couldn’t save/, 'Couldn’t export'),
      },
    };
  }
  return { status: 'saved', name };
}

export const EXPORT_FILTERS: Record<ExportFormat, { name: string; extensions: string[] }[]> = {
  png: [{ name: 'PNG Image', extensions: ['png'] }],
  svg: [{ name: 'SVG Image', extensions: ['svg'] }],
  csv: [{ name: 'CSV Table', extensions: ['csv'] }],
};
