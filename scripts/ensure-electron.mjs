// Makes sure the Electron binary is on this machine before `npm start` / `npm run dev` run
// electron-vite:
//
//   node scripts/ensure-electron.mjs && electron-vite preview
//
// Electron's npm package has no install script: its binary is fetched the first time
// `require('electron')` runs, or by the package's own installer (node_modules/electron/install.js,
// the `install-electron` bin), which unpacks it into node_modules/electron/dist and writes
// node_modules/electron/path.txt. electron-vite reads path.txt directly and stops with
// "Electron uninstall" when it is missing, so on a fresh `npm install` nothing ever fetched the
// binary. This script runs Electron's installer when the binary is missing, says so in one line,
// and when the download fails says why in one sentence (no stack trace) and exits 1.
//
// The installer honours Electron's own settings: ELECTRON_MIRROR (or electron_mirror in .npmrc),
// electron_config_cache, ELECTRON_OVERRIDE_DIST_PATH; ELECTRON_EXEC_PATH skips it (electron-vite
// then runs that binary).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { electronBinary } from './lib/electron-binary.mjs';

const require = createRequire(import.meta.url);
const DEFAULT_MIRROR = 'https://github.com/electron/electron/releases/download/';

/** True when electron-vite will find a binary to run (scripts/lib/electron-binary.mjs). */
function electronIsInstalled(electronDir) {
  return process.env.ELECTRON_EXEC_PATH ? true : electronBinary(electronDir) !== null;
}

/** Where the installer downloads from, as @electron/get resolves its `mirror` setting. */
function mirrorHost() {
  const env = process.env;
  const mirror =
    env.npm_config_electron_mirror ||
    env.NPM_CONFIG_ELECTRON_MIRROR ||
    env.npm_package_config_electron_mirror ||
    env.ELECTRON_MIRROR ||
    DEFAULT_MIRROR;
  try {
    return new URL(mirror).host;
  } catch {
    return mirror;
  }
}

/**
 * The one sentence a user reads when the installer failed, from what it printed (it prints the
 * error's stack). A failed fetch hides its cause, so a network failure names the host instead.
 */
function describeDownloadFailure(output, host) {
  const lead = 'Couldn’t download Electron (needed once, on first start)';
  const http = /Response code (\d+) \(([^)]*)\) for (\S+)/.exec(output);
  if (http) {
    const [, status, text, url] = http;
    let where = host;
    try {
      where = new URL(url).host;
    } catch {
      // keep the mirror's host
    }
    const file = url.split('/').pop();
    return `${lead}: ${where} answered ${status}${text ? ` ${text}` : ''} for ${file}; check the network (and ELECTRON_MIRROR, if set) and try again.`;
  }
  if (
    /fetch failed|ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|ENETUNREACH|EHOSTUNREACH|socket hang up|network/i.test(
      output,
    )
  ) {
    return `${lead}: could not reach ${host} over the network; check that this computer is online and try again.`;
  }
  if (/checksum|sha256/i.test(output)) {
    return `${lead}: the file from ${host} did not match Electron’s published checksum (a proxy may have altered it); try again.`;
  }
  const first = output
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line !== '' && !line.startsWith('at '));
  return `${lead}: ${(first ?? 'its installer stopped without saying why').replace(/\.$/, '')}.`;
}

function runInstaller(installer) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [installer], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: process.env,
    });
    let output = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      if (output.length < 64 * 1024) output += chunk;
    });
    child.on('error', (error) => resolve({ code: 1, output: String(error) }));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

async function main() {
  let electronDir;
  try {
    electronDir = dirname(require.resolve('electron/package.json'));
  } catch {
    console.error('Electron’s package is not installed: run npm install first.');
    return 1;
  }
  if (electronIsInstalled(electronDir)) return 0;
  console.log('Downloading Electron (first start only)…');
  const { code, output } = await runInstaller(join(electronDir, 'install.js'));
  if (code === 0 && electronIsInstalled(electronDir)) return 0;
  console.error(describeDownloadFailure(output, mirrorHost()));
  return 1;
}

process.exitCode = await main();
