import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import type { Configuration } from 'app-builder-lib';

/**
 * electron-builder cannot package here (it downloads Electron), so its configuration, the
 * package.json "build" key, is checked offline: against electron-builder's own schema with
 * app-builder-lib's validateConfiguration, then for what CVJ Studio needs from it.
 */

const root = join(import.meta.dirname, '../../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  main: string;
  devDependencies: Record<string, string>;
  build: Configuration;
};
const config = pkg.build;
/** validateConfiguration only reads isEnabled and calls add() when debugging. */
const quietLogger = { isEnabled: false, add: () => {} } as unknown as Parameters<
  typeof validateConfiguration
>[1];

function clone<T>(value: T): T {
  return structuredClone(value);
}

describe('electron-builder configuration', () => {
  it('passes electron-builder’s own validation', async () => {
    await expect(validateConfiguration(clone(config), quietLogger)).resolves.toBeUndefined();
  });

  it('the validator does catch mistakes (so the pass above means something)', async () => {
    await expect(
      validateConfiguration(
        { ...clone(config), fileAssociation: [] } as Configuration,
        quietLogger,
      ),
    ).rejects.toThrow(/fileAssociation/);
    await expect(
      validateConfiguration(
        { ...clone(config), electronFuses: { runAsNode: 'no' } } as unknown as Configuration,
        quietLogger,
      ),
    ).rejects.toThrow(/runAsNode/);
  });

  it('names the app and packs only the build output', () => {
    expect(config.productName).toBe('CVJ Studio');
    expect(config.appId).toMatch(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/);
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(['out/**', 'package.json']);
    expect(pkg.main.startsWith('out/')).toBe(true);
    expect(config.directories).toEqual({ output: 'release', buildResources: 'build' });
  });

  it('pins electron exactly (electron-builder refuses a range)', () => {
    expect(pkg.devDependencies['electron']).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('associates .cvj files as CVJ Journey documents the app edits', () => {
    expect(config.fileAssociations).toEqual([
      {
        ext: 'cvj',
        name: 'CVJ Journey',
        description: 'Customer Value Journey',
        mimeType: 'application/vnd.cvj+json',
        role: 'Editor',
        rank: 'Owner',
        icon: 'cvj-document',
      },
    ]);
    // The document icon named there exists for macOS (.icns) and Windows (.ico).
    expect(existsSync(join(root, 'build/cvj-document.icns'))).toBe(true);
    expect(existsSync(join(root, 'build/cvj-document.ico'))).toBe(true);
  });

  it('declares the .cvj type on macOS (exported UTI with extension and MIME type)', () => {
    const [uti] = (
      config.mac?.extendInfo as { UTExportedTypeDeclarations: Record<string, unknown>[] }
    ).UTExportedTypeDeclarations;
    expect(uti).toMatchObject({
      UTTypeConformsTo: expect.arrayContaining(['public.json']),
      UTTypeTagSpecification: {
        'public.filename-extension': ['cvj'],
        'public.mime-type': ['application/vnd.cvj+json'],
      },
    });
  });

  it('builds AppImage and deb (Office), nsis, and dmg', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBe('Office');
    expect(config.linux?.maintainer).toMatch(/^.+ <.+@.+>$/);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
  });

  it('sets the security fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableCookieEncryption: true,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableNodeCliInspectArguments: false,
    });
  });
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(data: Buffer): [number, number] {
  expect(data.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [data.readUInt32BE(16), data.readUInt32BE(20)];
}

describe('icons in build/', () => {
  it('has the 1024 px app icon and the Linux icon set', () => {
    expect(pngSize(readFileSync(join(root, 'build/icon.png')))).toEqual([1024, 1024]);
    for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) {
      expect(pngSize(readFileSync(join(root, `build/icons/${size}x${size}.png`)))).toEqual([
        size,
        size,
      ]);
    }
    expect(config.linux?.icon).toBe('build/icons');
  });

  it.each(['build/icon.ico', 'build/cvj-document.ico'])(
    '%s is an ICO with PNG images up to 256 px',
    (file) => {
      const data = readFileSync(join(root, file));
      expect([data.readUInt16LE(0), data.readUInt16LE(2)]).toEqual([0, 1]);
      const count = data.readUInt16LE(4);
      const sizes: number[] = [];
      for (let i = 0; i < count; i += 1) {
        const entry = 6 + 16 * i;
        const width = data.readUInt8(entry) || 256;
        const offset = data.readUInt32LE(entry + 12);
        const length = data.readUInt32LE(entry + 8);
        expect(pngSize(data.subarray(offset, offset + length))).toEqual([width, width]);
        sizes.push(width);
      }
      expect(sizes).toContain(256);
      expect(sizes).toContain(16);
    },
  );

  it.each(['build/icon.icns', 'build/cvj-document.icns'])('%s is an ICNS up to 1024 px', (file) => {
    const data = readFileSync(join(root, file));
    expect(data.subarray(0, 4).toString('ascii')).toBe('icns');
    expect(data.readUInt32BE(4)).toBe(data.length);
    const types = new Map<string, number>();
    for (let offset = 8; offset < data.length;) {
      const type = data.subarray(offset, offset + 4).toString('ascii');
      const length = data.readUInt32BE(offset + 4);
      types.set(type, pngSize(data.subarray(offset + 8, offset + length))[0]);
      offset += length;
    }
    expect(types.get('ic10')).toBe(1024);
    expect(types.get('ic09')).toBe(512);
    expect(types.get('ic07')).toBe(128);
  });
});
