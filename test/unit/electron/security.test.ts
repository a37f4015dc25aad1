import { createHash } from 'node:crypto';
import reactPlugin from '@vitejs/plugin-react';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN } from '../../../electron/main/app-protocol';
import { buildCsp, REACT_REFRESH_PREAMBLE_HASH } from '../../../electron/main/csp';
import {
  isAllowedNavigation,
  isPermissionAllowed,
  isTrustedSender,
  originOf,
  resolveRendererTarget,
  secureWebPreferences,
  withSecurityHeaders,
} from '../../../electron/main/security';

const DEV = 'http://localhost:5173';

function parseCsp(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
}

describe('secureWebPreferences', () => {
  const prefs = secureWebPreferences('/app/out/preload/index.cjs');

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['webviewTag', false],
    ['navigateOnDragDrop', false],
    ['safeDialogs', true],
    ['enableWebSQL', false],
  ] as const)('sets %s to %s', (key, value) => {
    expect(prefs[key]).toBe(value);
  });

  it('uses the given preload and no other script injection', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
    expect(prefs).not.toHaveProperty('additionalArguments');
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });

  it('spellchecks unless told not to', () => {
    expect(prefs.spellcheck).toBe(true);
    expect(secureWebPreferences('/p', { spellcheck: false }).spellcheck).toBe(false);
  });
});

describe('buildCsp (production)', () => {
  const csp = parseCsp(buildCsp());

  it('denies by default and pins the dangerous directives to none', () => {
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('frame-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
  });

  it('runs only our own scripts: no eval, no inline', () => {
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(buildCsp()).not.toContain('unsafe-eval');
    expect(buildCsp()).not.toContain('unsafe-inline');
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
  });

  it('names no remote origin and no wildcard anywhere', () => {
    for (const [directive, values] of csp) {
      for (const value of values) {
        expect(value, directive).toMatch(/^('self'|'none'|data:|blob:)$/);
      }
    }
  });
});

describe('buildCsp (dev)', () => {
  const prod = parseCsp(buildCsp());
  const dev = parseCsp(buildCsp({ devServerOrigin: DEV }));

  it('keeps every production source and directive', () => {
    expect([...dev.keys()]).toEqual([...prod.keys()]);
    for (const [directive, values] of prod) {
      expect(dev.get(directive), directive).toEqual(expect.arrayContaining(values));
    }
  });

  it('only adds the dev server, its websocket, dev-only inline styles and the refresh preamble', () => {
    const allowedAdditions: Record<string, string[]> = {
      'connect-src': [DEV, 'ws://localhost:5173'],
      'style-src': ["'unsafe-inline'"],
      'script-src': [REACT_REFRESH_PREAMBLE_HASH],
    };
    for (const [directive, values] of dev) {
      const added = values.filter((v) => !prod.get(directive)?.includes(v));
      expect(added, directive).toEqual(allowedAdditions[directive] ?? []);
    }
    expect(buildCsp({ devServerOrigin: DEV })).not.toContain('unsafe-eval');
  });

  it("allows exactly @vitejs/plugin-react's Fast Refresh preamble, not inline script in general", () => {
    const preamble = reactPlugin.preambleCode.replace('__BASE__', '/');
    const hash = createHash('sha256').update(preamble).digest('base64');
    expect(REACT_REFRESH_PREAMBLE_HASH).toBe(`'sha256-${hash}'`);
    expect(dev.get('script-src')).not.toContain("'unsafe-inline'");
  });
});

describe('originOf', () => {
  it.each([
    ['app://cvj/index.html', 'app://cvj'],
    ['APP://CVJ/x', 'app://cvj'],
    ['http://localhost:5173/src/main.tsx', 'http://localhost:5173'],
    ['https://example.com:443/', 'https://example.com'],
    ['file:///etc/passwd', null],
    ['about:blank', null],
    ['data:text/html,hi', null],
    ['javascript:alert(1)', null],
    ['http://user:pw@localhost:5173/', null],
    ['not a url', null],
  ])('%s -> %s', (url, origin) => {
    expect(originOf(url)).toBe(origin);
  });
});

describe('isAllowedNavigation', () => {
  it('allows the app’s own pages', () => {
    expect(isAllowedNavigation('app://cvj/index.html', APP_ORIGIN)).toBe(true);
    expect(isAllowedNavigation('app://cvj/index.html#/journey', APP_ORIGIN)).toBe(true);
    expect(isAllowedNavigation('http://localhost:5173/', DEV)).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://cvj/',
    'app://evil/index.html',
    'app://cvj.evil.com/',
    'app://cvj@evil.com/',
    'app://user@cvj/index.html',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'blob:app://cvj/1234',
    '',
    'http://localhost:5174/',
    'https://localhost:5173/',
  ])('denies %s', (url) => {
    expect(isAllowedNavigation(url, APP_ORIGIN)).toBe(false);
    expect(isAllowedNavigation(url, DEV)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('trusts only the main frame on the app origin', () => {
    expect(isTrustedSender({ url: APP_ENTRY_URL, isMainFrame: true }, APP_ORIGIN)).toBe(true);
    expect(isTrustedSender({ url: APP_ENTRY_URL, isMainFrame: false }, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender({ url: 'https://example.com/', isMainFrame: true }, APP_ORIGIN)).toBe(
      false,
    );
    expect(isTrustedSender({ url: 'about:blank', isMainFrame: true }, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender({ url: '', isMainFrame: true }, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender(null, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender(undefined, APP_ORIGIN)).toBe(false);
  });

  it('in dev trusts the dev server, not the app scheme', () => {
    expect(isTrustedSender({ url: `${DEV}/`, isMainFrame: true }, DEV)).toBe(true);
    expect(isTrustedSender({ url: APP_ENTRY_URL, isMainFrame: true }, DEV)).toBe(false);
  });
});

describe('isPermissionAllowed', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'clipboard-sanitized-write',
    'fullscreen',
    'openExternal',
    'hid',
    'serial',
    'usb',
    'fileSystem',
    'unknown',
    '',
  ])('denies %s', (permission) => {
    expect(isPermissionAllowed(permission)).toBe(false);
  });
});

describe('resolveRendererTarget', () => {
  it('loads app://cvj when packaged, whatever the environment says', () => {
    expect(
      resolveRendererTarget({ devServerUrl: 'http://localhost:5173/', isPackaged: true }),
    ).toEqual({
      url: APP_ENTRY_URL,
      origin: APP_ORIGIN,
      dev: false,
    });
  });

  it('loads the dev server in an unpackaged run', () => {
    expect(
      resolveRendererTarget({ devServerUrl: 'http://localhost:5173', isPackaged: false }),
    ).toEqual({
      url: 'http://localhost:5173/',
      origin: DEV,
      dev: true,
    });
    expect(
      resolveRendererTarget({ devServerUrl: 'http://127.0.0.1:5174/', isPackaged: false }).origin,
    ).toBe('http://127.0.0.1:5174');
  });

  it.each([
    'https://evil.example/',
    'http://192.168.1.5:5173/',
    'file:///tmp/index.html',
    'garbage',
    '',
  ])('ignores a dev URL that is not a loopback http server: %s', (devServerUrl) => {
    expect(resolveRendererTarget({ devServerUrl, isPackaged: false }).url).toBe(APP_ENTRY_URL);
  });

  it('uses app://cvj without a dev URL', () => {
    expect(resolveRendererTarget({ devServerUrl: undefined, isPackaged: false }).dev).toBe(false);
  });
});

describe('withSecurityHeaders', () => {
  it('replaces any CSP or nosniff header, whatever its case, and keeps the rest', () => {
    const headers = withSecurityHeaders(
      {
        'content-security-policy': ['default-src *'],
        'X-CONTENT-TYPE-OPTIONS': ['sniff-away'],
        'Content-Type': ['text/html'],
      },
      "default-src 'none'",
    );
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': ["default-src 'none'"],
      'X-Content-Type-Options': ['nosniff'],
    });
  });

  it('works without incoming headers', () => {
    expect(withSecurityHeaders(undefined, 'x')['Content-Security-Policy']).toEqual(['x']);
  });
});
