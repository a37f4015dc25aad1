import { basename, join } from 'node:path';
import { exportBytesMatch, type ExportFormat } from '../../shared/export/sniff';
import { exportNameProblem } from '../../shared/file/file-names';
import { UNTITLED_JOURNEY } from '../../shared/model/names';
import type { ExportManyOutcome, ExportManyRequest, ExportOutcome, ExportRequest } from '../../shared/ipc/contract';
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

export interface ExportManyDeps {
  fs: FsPort;
  /** Native folder dialog (can create a folder), starting at `defaultDir`; null when cancelled. */
  chooseExportFolder(windowId: number, defaultDir: string, count: number): Promise<string | null>;
  /** "Replace these files?" for names already in the folder; false keeps them (nothing written). */
  confirmReplace(windowId: number, folder: string, names: string[]): Promise<boolean>;
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
    return { status: 'error', error: exportError(error, name) };
  }
  return { status: 'saved', name };
}

/** The file-service wording talks about "your journey"; an export leaves the journey as is. */
function exportError(error: unknown, name: string) {
  const failed = fileErrorFrom(error, 'save', name);
  return { ...failed, message: failed.message.replace(/^Couldn’t save/, 'Couldn’t export') };
}

/**
 * Export › All journeys: one image per journey into a folder the user picks. Names already in
 * the folder are replaced only after the user agreed (one question for all of them); each file
 * is written atomically, so a failure part-way leaves the earlier files whole and names them.
 */
export async function exportImages(
  deps: ExportManyDeps,
  windowId: number,
  request: ExportManyRequest,
): Promise<ExportManyOutcome> {
  // The contract checked these already; checked again because this writes to the user's disk.
  const names = new Set<string>();
  for (const file of request.files) {
    if (!exportBytesMatch(request.format, file.bytes)) {
      throw new Error(`Refused to export: the bytes are not a ${request.format} image`);
    }
    const problem = exportNameProblem(request.format, file.suggestedName);
    if (problem !== null || names.has(file.suggestedName.toLowerCase())) {
      throw new Error(`Refused to export: "${file.suggestedName}" is not a usable, unique file name`);
    }
    names.add(file.suggestedName.toLowerCase());
  }
  const folder = await deps.chooseExportFolder(windowId, deps.defaultDir(), request.files.length);
  if (folder === null) return { status: 'cancelled' };
  let present: Set<string>;
  try {
    present = new Set((await deps.fs.readdir(folder)).map((n) => n.toLowerCase()));
  } catch (error) {
    return { status: 'error', error: exportError(error, basename(folder)), names: [] };
  }
  const clashes = request.files.map((f) => f.suggestedName).filter((n) => present.has(n.toLowerCase()));
  if (clashes.length > 0 && !(await deps.confirmReplace(windowId, folder, clashes))) {
    return { status: 'cancelled' };
  }
  const written: string[] = [];
  for (const file of request.files) {
    try {
      await atomicWrite(deps.fs, join(folder, file.suggestedName), file.bytes);
    } catch (error) {
      return { status: 'error', error: exportError(error, file.suggestedName), names: written };
    }
    written.push(file.suggestedName);
  }
  return { status: 'saved', folder: basename(folder), names: written };
}

export const EXPORT_FILTERS: Record<ExportFormat, { name: string; extensions: string[] }[]> = {
  png: [{ name: 'PNG Image', extensions: ['png'] }],
  svg: [{ name: 'SVG Image', extensions: ['svg'] }],
  csv: [{ name: 'CSV Table', extensions: ['csv'] }],
  pdf: [{ name: 'PDF Report', extensions: ['pdf'] }],
  pptx: [{ name: 'PowerPoint Presentation', extensions: ['pptx'] }],
};
