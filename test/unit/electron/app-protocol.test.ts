import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_SCHEME_PRIVILEGES,
  mimeTypeFor,
  resolveAppPath,
  serveAppRequest,
  type AppResponse,
} from '../../../electron/main/app-protocol';
import { buildCsp } from '../../../electron/main/csp';

const CSP = buildCsp();
let base: string;
let root: string;

beforeAll(async () => {
  // <base>/secret.txt sits next to the served root: the traversal target.
  base = await mkdtemp(join(tmpdir(), 'cvj-app-protocol-'));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets', 'nested'), { recursive: true });
  await writeFile(join(base, 'secret.txt'), 'TOP SECRET');
  await writeFile(join(root, 'index.html'), '<!doctype html><title>CVJ</title>');
  await writeFile(join(root, 'assets', 'index-abc.js'), 'console.log("hi");');
  await writeFile(join(root, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(
    join(root, 'assets', 'nested', 'icon.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg"/>',
  );
  await writeFile(join(root, 'assets', 'font.woff2'), new Uint8Array([1, 2, 3]));
  await writeFile(join(root, 'assets', 'space name.png'), new Uint8Array([137, 80, 78, 71]));
  await writeFile(join(root, 'assets', 'blob.xyz'), 'data');
  await symlink(join(base, 'secret.txt'), join(root, 'assets', 'link-out.txt'));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const get = (url: string, method = 'GET'): Promise<AppResponse> =>
  serveAppRequest({ url, method }, { rootDir: root, csp: CSP });
const text = (response: AppResponse): string =>
  new TextDecoder().decode(response.body ?? new Uint8Array());

describe('serveAppRequest', () => {
  it('serves the entry document with the CSP and nosniff headers', async () => {
    const response = await get(APP_ENTRY_URL);
    expect(response.status).toBe(200);
    expect(text(response)).toContain('<title>CVJ</title>');
    expect(response.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(response.headers['Content-Security-Policy']).toBe(CSP);
    expect(response.headers['X-Content-Type-Options']).toBe('nosniff');
  });

  it('serves index.html for the bare origin', async () => {
    for (const url of ['app://cvj', 'app://cvj/']) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(text(response)).toContain('<title>CVJ</title>');
    }
  });

  it('serves nested assets with their types, ignoring query and hash', async () => {
    const js = await get('app://cvj/assets/index-abc.js?v=1#x');
    expect(js.status).toBe(200);
    expect(js.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    // Workers take their CSP from the script response, so scripts carry it too.
    expect(js.headers['Content-Security-Policy']).toBe(CSP);
    expect((await get('app://cvj/assets/nested/icon.svg')).headers['Content-Type']).toBe(
      'image/svg+xml',
    );
    expect((await get('app://cvj/assets/font.woff2')).body).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('decodes percent-encoded names', async () => {
    const response = await get('app://cvj/assets/space%20name.png');
    expect(response.status).toBe(200);
    expect(response.headers['Content-Type']).toBe('image/png');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get(APP_ENTRY_URL, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBeNull();
    expect((await get(APP_ENTRY_URL, 'POST')).status).toBe(405);
    expect((await get(APP_ENTRY_URL, 'PUT')).status).toBe(405);
  });

  it.each([
    'app://cvj/../secret.txt',
    'app://cvj/assets/../../secret.txt',
    'app://cvj/%2e%2e/secret.txt',
    'app://cvj/%2E%2E/%2e%2E/secret.txt',
    'app://cvj/..%2fsecret.txt',
    'app://cvj/..%2Fsecret.txt',
    'app://cvj/assets/..%2f..%2fsecret.txt',
    'app://cvj/..%5csecret.txt',
    'app://cvj/assets%2f..%2f..%2fsecret.txt',
    'app://cvj/%2e%2e%2fsecret.txt',
    'app://cvj/%252e%252e/secret.txt',
    'app://cvj/assets/link-out.txt',
  ])('never serves a file outside the root: %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(text(response)).not.toContain('TOP SECRET');
  });

  it.each([
    `app://cvj/${encodeURIComponent('/etc/passwd')}`,
    'app://cvj//etc/passwd',
    'app://cvj/%2fetc%2fpasswd',
    'app://cvj/C:%5cWindows%5cwin.ini',
    'app://cvj/c:/Windows/win.ini',
    'app://cvj/index.html%00.js',
  ])('refuses absolute or device paths: %s', async (url) => {
    const response = await get(url);
    expect([400, 404]).toContain(response.status);
    expect(response.body).toBeNull();
  });

  it('answers 404 for directories and missing files', async () => {
    expect((await get('app://cvj/assets')).status).toBe(404);
    expect((await get('app://cvj/assets/')).status).toBe(404);
    expect((await get('app://cvj/missing.js')).status).toBe(404);
    expect((await get('app://cvj/assets/nested/missing.svg')).status).toBe(404);
  });

  it('answers 404 for other hosts and schemes, 400 for malformed input', async () => {
    expect((await get('app://evil/index.html')).status).toBe(404);
    expect((await get('http://cvj/index.html')).status).toBe(404);
    expect((await get('file:///etc/passwd')).status).toBe(404);
    expect((await get('not a url')).status).toBe(400);
    expect((await get('app://cvj/%E0%A4%A')).status).toBe(400);
  });

  it('still sends the security headers on errors', async () => {
    const response = await get('app://cvj/missing.js');
    expect(response.headers['Content-Security-Policy']).toBe(CSP);
    expect(response.headers['X-Content-Type-Options']).toBe('nosniff');
  });

  it('does not throw when the root itself is missing', async () => {
    const response = await serveAppRequest(
      { url: APP_ENTRY_URL, method: 'GET' },
      { rootDir: join(base, 'no-such-dir'), csp: CSP },
    );
    expect(response.status).toBe(404);
  });
});

describe('resolveAppPath', () => {
  it('resolves inside the root', () => {
    expect(resolveAppPath('app://cvj/assets/index-abc.js', '/srv/r')).toEqual({
      ok: true,
      filePath: join('/srv/r', 'assets', 'index-abc.js'),
    });
  });

  it('refuses dot segments that survive URL parsing', () => {
    expect(resolveAppPath('app://cvj/..%2f..%2fetc/passwd', '/srv/r')).toEqual({
      ok: false,
      status: 400,
    });
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.mjs', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.json', 'application/json; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.PNG', 'image/png'],
    ['a.jpeg', 'image/jpeg'],
    ['a.woff2', 'font/woff2'],
    ['a.ttf', 'font/ttf'],
    ['a.wasm', 'application/wasm'],
    ['a.xyz', 'application/octet-stream'],
    ['noextension', 'application/octet-stream'],
  ])('%s -> %s', (file, type) => {
    expect(mimeTypeFor(file)).toBe(type);
  });

  it('serves unknown types as opaque bytes', async () => {
    expect((await get('app://cvj/assets/blob.xyz')).headers['Content-Type']).toBe(
      'application/octet-stream',
    );
  });
});

describe('APP_SCHEME_PRIVILEGES', () => {
  it('is a standard secure scheme with fetch, and neither bypasses CSP nor opens CORS', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({
      standard: true,
      secure: true,
      supportFetchAPI: true,
    });
    expect(APP_SCHEME_PRIVILEGES).not.toHaveProperty('bypassCSP');
    expect(APP_SCHEME_PRIVILEGES).not.toHaveProperty('corsEnabled');
  });
});
