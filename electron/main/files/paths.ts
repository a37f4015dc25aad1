import { basename, dirname, extname, resolve, win32, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CVJ_EXTENSION } from '../../../shared/file/file-names';
import { errorCode, type FsPort } from './fs-port';

/** Path helpers for documents: names users see, extension rules, identity, argv. */

export { CVJ_EXTENSION, UNTITLED_NAME, suggestFileName } from '../../../shared/file/file-names';

/** Whether the platform's file systems usually ignore case (so "A.cvj" is "a.cvj"). */
export function caseInsensitive(platform: NodeJS.Platform): boolean {
  return platform === 'win32' || platform === 'darwin';
}

function pathApi(platform: NodeJS.Platform): typeof posix {
  return platform === 'win32' ? win32 : posix;
}

/** "Q3 launch.cvj": what messages and titles call a file. Never the folder. */
export function displayName(path: string, platform: NodeJS.Platform = process.platform): string {
  return pathApi(platform).basename(path);
}

/** "Clients": the folder a file is in, to tell two "Plan.cvj" apart in the recent list. */
export function folderName(path: string, platform: NodeJS.Platform = process.platform): string {
  const api = pathApi(platform);
  return api.basename(api.dirname(path)) || api.dirname(path);
}

export function hasCvjExtension(path: string): boolean {
  return extname(path).toLowerCase() === CVJ_EXTENSION;
}

/** PNG and SVG images exported by the app carry the journey inside: they open too. */
export function hasImageExtension(path: string): boolean {
  const ext = extname(path).toLowerCase();
  return ext === '.png' || ext === '.svg' || ext === '.pdf' || ext === '.pptx';
}

/**
 * A Save dialog may return a name without the extension (GTK does not add it): append it.
 * `appended` says the native dialog's "replace?" question did not cover this exact name.
 */
export function withCvjExtension(path: string): { path: string; appended: boolean } {
  return hasCvjExtension(path)
    ? { path, appended: false }
    : { path: `${path}${CVJ_EXTENSION}`, appended: true };
}


/**
 * The key two paths share when they name the same file: the real path (symlinks resolved) when
 * it exists, else the absolute path; lower-cased where the file system ignores case.
 */
export async function pathKey(
  fs: FsPort,
  path: string,
  platform: NodeJS.Platform,
): Promise<string> {
  let real = resolve(path);
  try {
    real = await fs.realpath(path);
  } catch (error) {
    // A file that does not exist yet (Save As) keys by its absolute path; its folder may be a link.
    if (errorCode(error) === 'ENOENT') {
      try {
        real = resolve(await fs.realpath(dirname(path)), basename(path));
      } catch {
        // The folder is gone too: keep the absolute path.
      }
    }
  }
  return caseInsensitive(platform) ? real.toLowerCase() : real;
}

/**
 * The .cvj files named on a command line (Windows and Linux pass a double-clicked file as an
 * argument; a second launch forwards its argv). Skips the executable, Chromium/Electron
 * switches and the app path `electron .` passes in development; resolves relative paths
 * against the launching shell's folder.
 */
export function filesFromArgv(
  argv: readonly string[],
  workingDirectory: string,
  platform: NodeJS.Platform = process.platform,
): string[] {
  const api = pathApi(platform);
  const found: string[] = [];
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-') || !hasCvjExtension(arg)) continue;
    // A file:// URL is what some Linux file managers pass.
    const path = arg.startsWith('file://') ? fileUrlToPath(arg) : arg;
    if (path === null) continue;
    const absolute = api.isAbsolute(path) ? path : api.resolve(workingDirectory, path);
    if (!found.includes(absolute)) found.push(absolute);
  }
  return found;
}

function fileUrlToPath(url: string): string | null {
  try {
    return fileURLToPath(url);
  } catch {
    return null;
  }
}
