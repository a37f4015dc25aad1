import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFs } from '../../../electron/main/files/fs-port';
import { RecentList } from '../../../electron/main/files/recent-list';
import { removeDir, steppingClock, tempDir } from './helpers';

let root: string;
let file: string;
let docs: string;
let warnings: string[];

function list(
  options: { platform?: NodeJS.Platform; max?: number; secret?: Uint8Array } = {},
): RecentList {
  return new RecentList({
    fs: nodeFs,
    file,
    now: steppingClock(),
    onWarning: (m) => warnings.push(m),
    ...options,
  });
}

function journey(name: string, folder = docs): string {
  mkdirSync(folder, { recursive: true });
  const path = join(folder, name);
  writeFileSync(path, '{}');
  return path;
}

beforeEach(() => {
  root = tempDir();
  file = join(root, 'userData', 'recent.json');
  docs = join(root, 'Documents');
  warnings = [];
});
afterEach(() => removeDir(root));

describe('RecentList', () => {
  it('lists newest first with names and folders, never paths', async () => {
    const recent = list();
    const a = journey('A.cvj');
    const b = journey('B.cvj', join(root, 'Clients'));
    await recent.add(a);
    await recent.add(b);
    const entries = await recent.list();
    expect(entries.map((e) => [e.name, e.folder])).toEqual([
      ['B.cvj', 'Clients'],
      ['A.cvj', 'Documents'],
    ]);
    for (const entry of entries) {
      expect(entry.id).toMatch(/^[0-9a-f]{32}$/);
      expect(JSON.stringify(entry)).not.toContain(root);
    }
  });

  it('moves a file reopened to the top instead of listing it twice', async () => {
    const recent = list();
    const a = journey('A.cvj');
    const b = journey('B.cvj');
    await recent.add(a);
    await recent.add(b);
    await recent.add(a);
    expect((await recent.list()).map((e) => e.name)).toEqual(['A.cvj', 'B.cvj']);
  });

  it('treats names differing only in case as one file on macOS and Windows', async () => {
    const recent = list({ platform: 'darwin' });
    const a = journey('Plan.cvj');
    await recent.add(a);
    await recent.add(a.replace('Plan.cvj', 'PLAN.cvj'));
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { entries: unknown[] };
    expect(stored.entries).toHaveLength(1);
  });

  it('keeps at most 10', async () => {
    const recent = list();
    for (let i = 0; i < 13; i += 1) await recent.add(journey(`J${i}.cvj`));
    const names = (await recent.list()).map((e) => e.name);
    expect(names).toHaveLength(10);
    expect(names[0]).toBe('J12.cvj');
    expect(names.at(-1)).toBe('J3.cvj');
  });

  it('drops files that vanished when listing, and remembers that', async () => {
    const recent = list();
    const a = journey('A.cvj');
    const b = journey('B.cvj');
    await recent.add(a);
    await recent.add(b);
    rmSync(b);
    expect((await recent.list()).map((e) => e.name)).toEqual(['A.cvj']);
    expect((await list().list()).map((e) => e.name)).toEqual(['A.cvj']);
  });

  it('resolves its own ids to paths, and nothing else', async () => {
    const recent = list();
    const a = journey('A.cvj');
    await recent.add(a);
    const [entry] = await recent.list();
    expect(await recent.resolve(entry?.id ?? '')).toBe(a);
    expect(await recent.resolve('0'.repeat(32))).toBeNull();
    expect(await recent.resolve(a)).toBeNull();
  });

  it('gives ids that cannot be computed from the path without this run’s secret', () => {
    const path = join(docs, 'A.cvj');
    expect(list().idFor(path)).not.toBe(list().idFor(path));
    const secret = new Uint8Array(32).fill(7);
    expect(list({ secret }).idFor(path)).toBe(list({ secret }).idFor(path));
  });

  it('is kept across restarts (atomic JSON in the data folder)', async () => {
    const a = journey('A.cvj');
    await list().add(a);
    expect((await list().list()).map((e) => e.name)).toEqual(['A.cvj']);
  });

  it('clears', async () => {
    const recent = list();
    await recent.add(journey('A.cvj'));
    await recent.clear();
    expect(await recent.list()).toEqual([]);
    expect(await list().list()).toEqual([]);
  });

  it('starts empty, with a warning, from a malformed file', async () => {
    mkdirSync(join(root, 'userData'));
    writeFileSync(file, '{"version": 1, "entries": "nope"}');
    expect(await list().list()).toEqual([]);
    writeFileSync(file, '{ torn');
    expect(await list().list()).toEqual([]);
    expect(warnings).toHaveLength(2);
  });

  it('starts empty from a path that is an object with an odd "length" (threw inside zod), and works on', async () => {
    mkdirSync(join(root, 'userData'));
    writeFileSync(file, '{"version": 1, "entries": [{"path": {"length": {"toString": null}}, "openedAt": "x"}]}');
    const recent = list();
    expect(await recent.list()).toEqual([]);
    await recent.add(journey('Plan.cvj'));
    expect((await recent.list()).map((e) => e.name)).toEqual(['Plan.cvj']);
  });

  it('keeps working in memory when its file cannot be written', async () => {
    writeFileSync(join(root, 'userData'), 'a file where the folder should be');
    const recent = list();
    await recent.add(journey('A.cvj'));
    expect((await recent.list()).map((e) => e.name)).toEqual(['A.cvj']);
    expect(warnings.join()).toMatch(/Could not write the recent list/);
  });
});
