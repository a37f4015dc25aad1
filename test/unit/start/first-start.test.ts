import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { zip } from './zip';

/**
 * `npm start` on a checkout whose Electron binary was never fetched (a fresh `npm install`):
 * the real npm script runs in a copy of the project setup, with Electron's downloader pointed at
 * a server on 127.0.0.1 that this test runs, so nothing reaches the internet.
 */

const repoRoot = join(import.meta.dirname, '../../..');
const modules = join(repoRoot, 'node_modules');
const electronVersion = (
  JSON.parse(readFileSync(join(modules, 'electron/package.json'), 'utf8')) as { version: string }
).version;
/** What node_modules/electron/install.js writes to path.txt on this platform. */
const executable =
  process.platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : 'electron';
const STARTED = 'fake Electron started';

/**
 * The project as `npm install` leaves it: package.json, scripts/, and node_modules with Electron's
 * package but no binary. The packages that must resolve `electron` from here (electron and
 * electron-vite) are copied; the rest link to this checkout's node_modules. The shared
 * node_modules/electron is never written to.
 */
function freshCheckout(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cvj-first-start-'));
  dirs.push(dir);
  copyFileSync(join(repoRoot, 'package.json'), join(dir, 'package.json'));
  // The start script and the helpers it imports (scripts/lib), as a checkout has them.
  mkdirSync(join(dir, 'scripts/lib'), { recursive: true });
  for (const file of ['ensure-electron.mjs', 'lib/electron-binary.mjs']) {
    copyFileSync(join(repoRoot, 'scripts', file), join(dir, 'scripts', file));
  }
  mkdirSync(join(dir, 'node_modules/.bin'), { recursive: true });
  for (const name of readdirSync(modules)) {
    if (name.startsWith('.')) continue;
    const from = join(modules, name);
    const to = join(dir, 'node_modules', name);
    if (name === 'electron') {
      // Its package as npm installs it: no binary (dist/) and no path.txt, whatever is here.
      const skip = [join(from, 'dist'), join(from, 'path.txt')];
      cpSync(from, to, {
        recursive: true,
        filter: (path) => !skip.some((s) => path === s || path.startsWith(s + sep)),
      });
    } else if (name === 'electron-vite') cpSync(from, to, { recursive: true });
    else symlinkSync(from, to);
  }
  symlinkSync(
    '../electron-vite/bin/electron-vite.js',
    join(dir, 'node_modules/.bin/electron-vite'),
  );
  // `--skipBuild` (below) runs the app's last build; a stand-in entry is enough for the fake binary.
  mkdirSync(join(dir, 'out/main'), { recursive: true });
  writeFileSync(join(dir, 'out/main/index.js'), '');
  writeFileSync(join(dir, 'empty.npmrc'), '');
  expect(existsSync(join(dir, 'node_modules/electron/path.txt'))).toBe(false);
  return dir;
}

/** Electron's release zip, with a shell script in place of the binary. */
function fakeElectronZip(): Buffer {
  const script = `#!/bin/sh\necho "${STARTED} with: $*"\n`;
  return zip([
    { name: executable, data: Buffer.from(script), mode: 0o755 },
    { name: 'version', data: Buffer.from(`v${electronVersion}`) },
  ]);
}

interface Mirror {
  url: string;
  requests: string[];
  server: Server;
}

const servers: Server[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A download mirror on 127.0.0.1: serves `files` by name (last path segment), 404 otherwise. */
async function mirror(files: Record<string, Buffer | string>): Promise<Mirror> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const body = files[(req.url ?? '').split('/').pop() ?? ''];
    if (body === undefined) res.writeHead(404).end('Not Found');
    else res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(body);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, requests, server };
}

/** A port on 127.0.0.1 that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * `npm start -- --skipBuild` (or `npm run dev`) in `dir`, with no stdin and Electron's downloader
 * pointed at `mirrorUrl`.
 */
function npmStart(
  dir: string,
  mirrorUrl: string,
  extraEnv: Record<string, string> = {},
  script: 'start' | 'dev' = 'start',
): Promise<{ code: number | null; output: string }> {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    // The runner's own npm and Electron settings (a mirror, a cache, a binary) stay out.
    if (!/^(npm_|electron_)/i.test(key)) env[key] = value;
  }
  Object.assign(env, {
    ELECTRON_MIRROR: mirrorUrl,
    // No user or CI .npmrc (an electron_mirror there would win over ELECTRON_MIRROR).
    npm_config_userconfig: join(dir, 'empty.npmrc'),
    electron_config_cache: join(dir, 'electron-cache'),
    ELECTRON_GET_NO_PROGRESS: '1',
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    ...extraEnv,
  });
  return new Promise((resolve) => {
    const args = script === 'start' ? ['start', '--', '--skipBuild'] : ['run', 'dev'];
    const child = spawn('npm', args, {
      cwd: dir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('close', (code) => resolve({ code, output }));
  });
}

const zipName = `electron-v${electronVersion}-${process.platform}-${process.arch}.zip`;
const LEAD = 'Couldn’t download Electron (needed once, on first start)';
const stackTrace = /^\s+at /m;

describe.skipIf(process.platform === 'win32')('npm start on a fresh checkout', () => {
  it('fetches Electron through its installer, then starts it (and only the first time)', async () => {
    const dir = freshCheckout();
    const sharedPathTxt = existsSync(join(modules, 'electron/path.txt'));
    const zipBytes = fakeElectronZip();
    const sum = createHash('sha256').update(zipBytes).digest('hex');
    const server = await mirror({ [zipName]: zipBytes, 'SHASUMS256.txt': `${sum} *${zipName}\n` });
    // The fake zip has its own checksum, published by the mirror as Electron publishes its own.
    const env = { electron_use_remote_checksums: '1' };

    const first = await npmStart(dir, server.url, env);
    expect(first.output).not.toContain('Electron uninstall');
    expect(server.requests).toContain(`/v${electronVersion}/${zipName}`);
    expect(first.output).toContain('Downloading Electron (first start only)…');
    expect(first.output).toContain(`${STARTED} with: .`);
    expect(first.code).toBe(0);
    expect(readFileSync(join(dir, 'node_modules/electron/path.txt'), 'utf8')).toBe(executable);

    const requestsBefore = server.requests.length;
    const second = await npmStart(dir, server.url, env);
    expect(second.output).not.toContain('Downloading Electron');
    expect(second.output).toContain(`${STARTED} with: .`);
    expect(second.code).toBe(0);
    expect(server.requests).toHaveLength(requestsBefore);
    expect(existsSync(join(modules, 'electron/path.txt'))).toBe(sharedPathTxt);
  }, 90_000);

  it('says in one sentence that the server answered 404, with no stack trace', async () => {
    const dir = freshCheckout();
    const server = await mirror({});
    const { code, output } = await npmStart(dir, server.url);
    expect(server.requests).toContain(`/v${electronVersion}/${zipName}`);
    expect(code).not.toBe(0);
    expect(output).toContain('Downloading Electron (first start only)…');
    expect(output).toContain(
      `${LEAD}: ${new URL(server.url).host} answered 404 Not Found for ${zipName}; check the network (and ELECTRON_MIRROR, if set) and try again.\n`,
    );
    expect(output).not.toMatch(stackTrace);
    expect(output).not.toContain('Electron uninstall');
    expect(output).not.toContain(STARTED);
  }, 60_000);

  for (const script of ['start', 'dev'] as const) {
    it(`says in one sentence that the network could not be reached (npm ${script}), with no stack trace`, async () => {
      const dir = freshCheckout();
      const port = await closedPort();
      const { code, output } = await npmStart(dir, `http://127.0.0.1:${port}/`, {}, script);
      expect(code).not.toBe(0);
      expect(output).toContain('Downloading Electron (first start only)…');
      expect(output).toContain(
        `${LEAD}: could not reach 127.0.0.1:${port} over the network; check that this computer is online and try again.\n`,
      );
      expect(output).not.toMatch(stackTrace);
      expect(output).not.toContain('Electron uninstall');
      expect(existsSync(join(dir, 'node_modules/electron/path.txt'))).toBe(false);
    }, 60_000);
  }
});
