import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportImage, exportImages, type ExportDeps, type ExportManyDeps } from '../../../electron/main/export-files';
import { nodeFs } from '../../../electron/main/files/fs-port';
import { ClipboardImageSchema, ExportManyRequestSchema, ExportRequestSchema, INVOKE_CHANNELS } from '../../../shared/ipc/contract';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const SVG = new TextEncoder().encode('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cvj-export-main-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function deps(choose: (defaultPath: string) => string | null): ExportDeps & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    fs: nodeFs,
    defaultDir: () => dir,
    chooseExportPath: async (_id, defaultPath) => {
      asked.push(defaultPath);
      return choose(defaultPath);
    },
  };
}

describe('exportImage (main side of file:export)', () => {
  it('writes the bytes where the user chose, atomically, and answers with the name only', async () => {
    const d = deps((p) => p);
    const outcome = await exportImage(d, 1, { format: 'png', bytes: PNG, suggestedName: 'Q3.png' });
    expect(outcome).toEqual({ status: 'saved', name: 'Q3.png' });
    expect(d.asked).toEqual([join(dir, 'Q3.png')]);
    expect(new Uint8Array(readFileSync(join(dir, 'Q3.png')))).toEqual(PNG);
    expect(readdirSync(dir)).toEqual(['Q3.png']);
  });

  it('adds the extension a dialog left off, and reports cancel', async () => {
    const saved = await exportImage(deps(() => join(dir, 'plain')), 1, {
      format: 'svg',
      bytes: SVG,
      suggestedName: 'a.svg',
    });
    expect(saved).toEqual({ status: 'saved', name: 'plain.svg' });
    const cancelled = await exportImage(deps(() => null), 1, {
      format: 'svg',
      bytes: SVG,
      suggestedName: 'a.svg',
    });
    expect(cancelled).toEqual({ status: 'cancelled' });
  });

  it('turns a failed write into a readable error and leaves no temporary file', async () => {
    const outcome = await exportImage(deps(() => join(dir, 'missing', 'x.png')), 1, {
      format: 'png',
      bytes: PNG,
      suggestedName: 'x.png',
    });
    expect(outcome.status).toBe('error');
    if (outcome.status === 'error') {
      expect(outcome.error.code).toBe('ENOENT');
      expect(outcome.error.message).toMatch(/^Couldn’t export “x\.png”/);
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses bytes that are not the format they claim', async () => {
    await expect(
      exportImage(deps((p) => p), 1, { format: 'png', bytes: SVG, suggestedName: 'x.png' }),
    ).rejects.toThrow(/not a png image/);
  });
});

describe('file:export request schema', () => {
  const ok = { format: 'png', bytes: PNG, suggestedName: 'Journey.png' };
  it('is a contract channel', () => {
    expect(Object.hasOwn(INVOKE_CHANNELS, 'file:export')).toBe(true);
  });
  it('accepts a PNG or SVG with a bare name of its format', () => {
    expect(ExportRequestSchema.safeParse(ok).success).toBe(true);
    expect(
      ExportRequestSchema.safeParse({ format: 'svg', bytes: SVG, suggestedName: 'J.svg' }).success,
    ).toBe(true);
  });
  it.each([
    ['an unknown format', { ...ok, format: 'pdf' }],
    ['bytes of the wrong format', { ...ok, bytes: SVG }],
    ['empty bytes', { ...ok, bytes: new Uint8Array() }],
    ['a string for bytes', { ...ok, bytes: 'iVBOR' }],
    ['a path', { ...ok, suggestedName: '../../etc/x.png' }],
    ['a Windows path', { ...ok, suggestedName: 'C:\\x.png' }],
    ['another extension', { ...ok, suggestedName: 'x.exe' }],
    ['a hidden name', { ...ok, suggestedName: '.x.png' }],
    ['control characters', { ...ok, suggestedName: 'a\u0000.png' }],
    ['extra keys', { ...ok, path: '/tmp/x.png' }],
  ])('refuses %s', (_what, request) => {
    expect(ExportRequestSchema.safeParse(request).success).toBe(false);
  });
});

describe('the forecast CSV through file:export', () => {
  const CSV = new TextEncoder().encode('stage,title,people,revenue,cost\r\nAware,Ads,1000,,\r\n');
  it('writes a CSV where the user chose, with the .csv filter', async () => {
    const d = deps((p) => p);
    const outcome = await exportImage(d, 1, { format: 'csv', bytes: CSV, suggestedName: 'Q3 - forecast.csv' });
    expect(outcome).toEqual({ status: 'saved', name: 'Q3 - forecast.csv' });
    expect(readFileSync(join(dir, 'Q3 - forecast.csv'), 'utf8')).toBe('stage,title,people,revenue,cost\r\nAware,Ads,1000,,\r\n');
  });
  it.each([
    ['an image claiming to be a CSV', { format: 'csv', bytes: PNG, suggestedName: 'x.csv' }],
    ['markup claiming to be a CSV', { format: 'csv', bytes: SVG, suggestedName: 'x.csv' }],
    ['binary bytes', { format: 'csv', bytes: new Uint8Array([65, 0, 66]), suggestedName: 'x.csv' }],
    ['a CSV under another extension', { format: 'csv', bytes: CSV, suggestedName: 'x.exe' }],
  ])('refuses %s', (_what, request) => {
    expect(ExportRequestSchema.safeParse(request).success).toBe(false);
  });
  it('never goes on the clipboard', () => {
    expect(ClipboardImageSchema.safeParse({ format: 'csv', bytes: CSV }).success).toBe(false);
  });
});

describe('exportImages (main side of file:export-many: Export › All journeys)', () => {
  const files = [
    { bytes: PNG, suggestedName: 'Today.png' },
    { bytes: PNG, suggestedName: 'Target - IT buyer.png' },
  ];
  function many(folder: string | null, replace: boolean): ExportManyDeps & { asked: string[][] } {
    const asked: string[][] = [];
    return {
      asked,
      fs: nodeFs,
      defaultDir: () => dir,
      chooseExportFolder: async () => folder,
      confirmReplace: async (_id, _folder, names) => {
        asked.push(names);
        return replace;
      },
    };
  }

  it('writes one file per journey into the chosen folder and names them', async () => {
    const d = many(dir, true);
    const outcome = await exportImages(d, 1, { format: 'png', files });
    expect(outcome).toEqual({ status: 'saved', folder: dir.split('/').pop(), names: ['Today.png', 'Target - IT buyer.png'] });
    expect(readdirSync(dir).sort()).toEqual(['Target - IT buyer.png', 'Today.png']);
    expect(new Uint8Array(readFileSync(join(dir, 'Today.png')))).toEqual(PNG);
    expect(d.asked).toEqual([]);
  });

  it('asks once before replacing files of the same names; "Cancel" writes nothing', async () => {
    writeFileSync(join(dir, 'today.png'), 'mine');
    const keep = many(dir, false);
    expect(await exportImages(keep, 1, { format: 'png', files })).toEqual({ status: 'cancelled' });
    expect(keep.asked).toEqual([['Today.png']]);
    expect(readdirSync(dir)).toEqual(['today.png']);
    expect(readFileSync(join(dir, 'today.png'), 'utf8')).toBe('mine');
    expect(await exportImages(many(null, true), 1, { format: 'png', files })).toEqual({ status: 'cancelled' });
  });

  it('a folder it cannot write: a readable error, nothing half-written', async () => {
    if (process.getuid?.() === 0) {
      // root writes anywhere: a folder that does not exist stands in for an unwritable one.
      const outcome = await exportImages(many(join(dir, 'gone'), true), 1, { format: 'png', files });
      expect(outcome.status).toBe('error');
      if (outcome.status === 'error') expect(outcome.error.message).toMatch(/^Couldn’t export/);
      return;
    }
    chmodSync(dir, 0o500);
    try {
      const outcome = await exportImages(many(dir, true), 1, { format: 'png', files });
      expect(outcome).toMatchObject({ status: 'error', names: [] });
    } finally {
      chmodSync(dir, 0o700);
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it('the request: 1 to 100 images of the format, bare names, no two alike', () => {
    expect(ExportManyRequestSchema.safeParse({ format: 'png', files }).success).toBe(true);
    expect(ExportManyRequestSchema.safeParse({ format: 'png', files: [] }).success).toBe(false);
    expect(ExportManyRequestSchema.safeParse({ format: 'svg', files }).success).toBe(false);
    expect(ExportManyRequestSchema.safeParse({ format: 'png', files: [files[0], { ...files[1], suggestedName: 'TODAY.png' }] }).success).toBe(false);
    expect(ExportManyRequestSchema.safeParse({ format: 'png', files: [{ ...files[0], suggestedName: '../x.png' }] }).success).toBe(false);
    expect(ExportManyRequestSchema.safeParse({ format: 'png', files: Array.from({ length: 101 }, (_, i) => ({ bytes: PNG, suggestedName: `${i}.png` })) }).success).toBe(false);
  });
});
