import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackupStore } from '../../../electron/main/files/backups';
import { DocumentFiles } from '../../../electron/main/files/document-files';
import { nodeFs, type FileHandleLike, type FsPort } from '../../../electron/main/files/fs-port';
import {
  LIMITS,
  MAX_FILE_BYTES,
  parseJourneyFile,
  serializeJourneyFile,
} from '../../../shared/file';
import { laneLeft } from '../../../shared/model/layout';
import type { Journey } from '../../../shared/model/types';
import { STAGE_IDS } from '../../../shared/model/types';

/**
 * The documented limits (docs/files.md, docs/reliability.md): what is refused, with which
 * message and JSON path, and that the largest journeys a workshop could make still open.
 */

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cvj-limits-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The real fs, counting the bytes read from files. */
function countingFs(): FsPort & { bytesRead: number } {
  const counter = {
    ...nodeFs,
    bytesRead: 0,
    open: async (path: string, flags: 'r' | 'wx', mode?: number): Promise<FileHandleLike> => {
      const handle = await nodeFs.open(path, flags, mode);
      return {
        ...handle,
        read: async (buffer, offset, length, position) => {
          const result = await handle.read(buffer, offset, length, position);
          counter.bytesRead += result.bytesRead;
          return result;
        },
        stat: () => handle.stat(),
        sync: () => handle.sync(),
        close: () => handle.close(),
        write: (data, offset, length, position) => handle.write(data, offset, length, position),
      };
    },
  };
  return counter;
}

export function bigJourney(tactics: number): Journey {
  const list = Array.from({ length: tactics }, (_, i) => {
    const stage = STAGE_IDS[i % STAGE_IDS.length] ?? 'aware';
    return {
      id: `t${i}`,
      stage,
      kind: 'aware.seo',
      title: `Tactic ${i}`,
      notes: i % 10 === 0 ? 'A note of a reasonable length for a workshop card.' : '',
      position: { x: laneLeft(stage) + 20, y: 220 + 12 * Math.floor(i / STAGE_IDS.length) },
    };
  });
  return {
    id: 'big',
    title: `${tactics} tactics`,
    tactics: list,
    connections: list
      .slice(1)
      .map((tactic, i) => ({ id: `c${i}`, source: `t${i}`, target: tactic.id })),
    customTactics: [],
    meta: { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' },
  };
}

describe('file size', () => {
  it(`refuses a file over ${MAX_FILE_BYTES / 1024 / 1024} MB from its size, before reading a byte`, async () => {
    const path = join(dir, 'Huge.cvj');
    writeFileSync(path, '');
    truncateSync(path, MAX_FILE_BYTES + 1);
    const fs = countingFs();
    const result = await new DocumentFiles({ fs, backups: null }).read(path);
    expect(result).toMatchObject({ ok: false, error: { code: 'TOO_LARGE', fileName: 'Huge.cvj' } });
    expect(!result.ok && result.error.message).toBe(
      'Couldn’t open “Huge.cvj”: it is 50 MB, larger than the 50 MB a journey file may be. It is probably not a journey.',
    );
    expect(fs.bytesRead).toBe(0);
  });

  it('refuses to write a journey over the limit, leaving the file as it was', async () => {
    const path = join(dir, 'Grown.cvj');
    const before = serializeJourneyFile(bigJourney(3));
    writeFileSync(path, before);
    const files = new DocumentFiles({ fs: nodeFs, backups: null, maxBytes: 4_096 });
    const result = await files.write(path, before + ' '.repeat(5_000), { baseline: null });
    expect(result).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } });
    expect((await files.read(path)).ok).toBe(true);
  });
});

describe('large journeys open', () => {
  it('10,000 tactics and 9,999 connections: parsed and opened through the file service', async () => {
    const text = serializeJourneyFile(bigJourney(10_000));
    const path = join(dir, 'Ten thousand.cvj');
    writeFileSync(path, text);
    const started = performance.now();
    const result = await new DocumentFiles({
      fs: nodeFs,
      backups: new BackupStore({ fs: nodeFs, dir: join(dir, 'backups') }),
    }).read(path);
    const seconds = (performance.now() - started) / 1_000;
    expect(result.ok).toBe(true);
    const parsed = parseJourneyFile(text);
    expect(parsed.ok && parsed.journey.tactics.length).toBe(10_000);
    expect(parsed.ok && parsed.journey.connections.length).toBe(9_999);
    expect(seconds).toBeLessThan(10);
  }, 30_000);
});

type Edit = (journey: Record<string, unknown> & { tactics: Record<string, unknown>[] }) => void;
const tactic =
  (edit: (t: Record<string, unknown>) => void): Edit =>
  (j) =>
    edit(j.tactics[0] as Record<string, unknown>);

describe('oversized and malformed fields are refused with their JSON path', () => {
  it.each<[string, Edit, string]>([
    [
      'a title',
      tactic((t) => (t['title'] = 'x'.repeat(LIMITS.titleLength + 1))),
      'journey.tactics[0].title',
    ],
    [
      'a 100,000-character note',
      tactic((t) => (t['notes'] = 'x'.repeat(100_000))),
      'journey.tactics[0].notes',
    ],
    [
      'a link',
      tactic((t) => (t['link'] = `https://example.com/${'a'.repeat(LIMITS.linkLength)}`)),
      'journey.tactics[0].link',
    ],
    [
      'an owner',
      tactic((t) => (t['owner'] = 'o'.repeat(LIMITS.shortTextLength + 1))),
      'journey.tactics[0].owner',
    ],
    ['an id', tactic((t) => (t['id'] = 'i'.repeat(LIMITS.idLength + 1))), 'journey.tactics[0].id'],
    [
      'a coordinate',
      tactic((t) => (t['position'] = { x: 1e300, y: 0 })),
      'journey.tactics[0].position.x',
    ],
    ['a cost', tactic((t) => (t['cost'] = -1)), 'journey.tactics[0].cost'],
    [
      'a conversion rate',
      tactic((t) => (t['conversionRate'] = 100.5)),
      'journey.tactics[0].conversionRate',
    ],
    ['a number given as text', tactic((t) => (t['cost'] = 'NaN')), 'journey.tactics[0].cost'],
    ['a journey title', (j) => (j['title'] = 't'.repeat(LIMITS.titleLength + 1)), 'journey.title'],
    [
      'a custom tactic colour',
      (j) =>
        (j['customTactics'] = [
          { id: 'c', name: 'n', stage: 'aware', icon: 'i', color: 'red" onload="x' },
        ]),
      'journey.customTactics[0].color',
    ],
    [
      'too many custom tactics',
      (j) =>
        (j['customTactics'] = Array.from({ length: LIMITS.customTactics + 1 }, (_, i) => ({
          id: `c${i}`,
          name: 'n',
          stage: 'aware',
          icon: 'i',
          color: '#123',
        }))),
      'journey.customTactics',
    ],
  ])('%s', (_name, edit, path) => {
    const journey = structuredClone(bigJourney(2)) as unknown as Parameters<Edit>[0];
    edit(journey);
    const result = parseJourneyFile(
      JSON.stringify({ format: 'cvj', version: 1, app: { name: 'x', version: '1' }, journey }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.path).toBe(path);
    expect(result.error.message).toMatch(/^The journey is invalid at /);
    expect(result.error.message.length).toBeLessThan(400);
  });

  it(`more than ${LIMITS.tactics.toLocaleString('en')} tactics: refused at journey.tactics`, () => {
    const journey = bigJourney(LIMITS.tactics + 1);
    journey.connections = [];
    const started = performance.now();
    const result = parseJourneyFile(serializeJourneyFile(journey));
    expect(result).toMatchObject({ ok: false, error: { path: 'journeys[0].tactics' } });
    expect(performance.now() - started).toBeLessThan(15_000);
  }, 60_000);
});

describe('a named pipe or device called *.cvj', () => {
  const fifoSupported = process.platform !== 'win32';

  it.runIf(fifoSupported)(
    'is refused at once when opened or saved over (it used to hang the file service)',
    async () => {
      const path = join(dir, 'pipe.cvj');
      execFileSync('mkfifo', [path]);
      const files = new DocumentFiles({ fs: nodeFs, backups: null });
      const within = <T>(promise: Promise<T>) =>
        Promise.race([
          promise,
          new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), 2_000)),
        ]);
      expect(await within(files.read(path))).toMatchObject({
        ok: false,
        error: { code: 'EISDIR' },
      });
      expect(
        await within(files.write(path, serializeJourneyFile(bigJourney(1)), { baseline: null })),
      ).toMatchObject({
        ok: false,
        error: { code: 'EISDIR' },
      });
      // /dev/zero behind a journey's name: endless bytes, refused as no regular file.
      const device = join(dir, 'zero.cvj');
      execFileSync('ln', ['-s', '/dev/zero', device]);
      expect(await within(files.read(device))).toMatchObject({
        ok: false,
        error: { code: 'EISDIR' },
      });
    },
  );
});
