// Where Electron's binary is on this machine, or null: the check electron-vite's getElectronPath
// makes (node_modules/electron/path.txt names the executable inside the dist folder, which
// ELECTRON_OVERRIDE_DIST_PATH may move), plus that the file is really there. ELECTRON_EXEC_PATH
// names a binary outright. Nothing here downloads anything.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** @param {string} electronDir node_modules/electron @returns {string | null} */
export function electronBinary(electronDir) {
  const exec = process.env.ELECTRON_EXEC_PATH;
  if (exec) return existsSync(exec) ? exec : null;
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const executable = readFileSync(pathFile, 'utf8').trim();
  if (!executable) return null;
  const binary = join(process.env.ELECTRON_OVERRIDE_DIST_PATH || join(electronDir, 'dist'), executable);
  return existsSync(binary) ? binary : null;
}
