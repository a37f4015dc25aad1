import { readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFs } from '../../../electron/main/files/fs-port';
import { newRecoveryId, RecoveryStore } from '../../../electron/main/files/recovery-store';
import { faultyFs, fixture, removeDir, steppingClock, tempDir } from './helpers';

const STARTER = fixture('v1/starter.cvj');
const BASELINE = { mtimeMs: 1_700_000_000_000, size: 10, sha256: 'a'.repeat(64) };

let root: string;
let dir: string;
let warnings: string[];

function store(): RecoveryStore {
  return new RecoveryStore({
    fs: nodeFs,
    dir,
    now: steppingClock(),
    onWarning: (m) => warnings.push(m),
  });
}

beforeEach(() => {
  root = tempDir();
  dir = join(root, 'recovery');
  warnings = [];
});
afterEach(() => removeDir(root));

describe('RecoveryStore', () => {
  it('writes, lists (newest first), reads and discards', async () => {
    const recovery = store();
    const a = newRecoveryId();
    const b = newRecoveryId();
    await recovery.write(a, {
      text: STARTER,
      title: 'Untitled plan',
      originalPath: null,
      baseline: null,
    });
    await recovery.write(b, {
      text: STARTER,
      title: 'Q3',
      originalPath: '/docs/Q3 launch.cvj',
      baseline: BASELINE,
    });
    const listed = await recovery.list();
    expect(listed.map((r) => [r.id, r.title, r.originalPath])).toEqual([
      [b, 'Q3', '/docs/Q3 launch.cvj'],
      [a, 'Untitled plan', null],
    ]);
    expect(listed[0]?.savedAt).toBe('2026-03-01T09:00:01.000Z');
    expect((await recovery.read(b))?.baseline).toEqual(BASELINE);
    expect((await recovery.read(b))?.text).toBe(STARTER);
    await recovery.discard(b);
    expect((await recovery.list()).map((r) => r.id)).toEqual([a]);
    expect(await recovery.read(b)).toBeNull();
    await expect(recovery.discard(b)).resolves.toBeUndefined();
  });

  it('an empty or missing folder lists nothing', async () => {
    expect(await store().list()).toEqual([]);
  });

  it('survives a crash: a new store on the same folder sees what the old one wrote', async () => {
    const id = newRecoveryId();
    await store().write(id, {
      text: STARTER,
      title: 'Before the crash',
      originalPath: null,
      baseline: null,
    });
    // "Crash": the first instance is simply dropped; nothing was closed or flushed by hand.
    const after = store();
    const [record] = await after.list();
    expect(record).toMatchObject({ id, title: 'Before the crash', text: STARTER });
  });

  it('keeps only the latest of many quick autosaves, in order', async () => {
    const recovery = store();
    const id = newRecoveryId();
    await Promise.all(
      ['one', 'two', 'three', 'four'].map((title) =>
        recovery.write(id, { text: STARTER, title, originalPath: null, baseline: null }),
      ),
    );
    expect((await recovery.read(id))?.title).toBe('four');
    expect(readdirSync(dir)).toEqual([`${id}.json`]);
  });

  it('a discard queued after a write wins', async () => {
    const recovery = store();
    const id = newRecoveryId();
    const writing = recovery.write(id, {
      text: STARTER,
      title: 'x',
      originalPath: null,
      baseline: null,
    });
    const discarding = recovery.discard(id);
    await Promise.all([writing, discarding]);
    expect(await recovery.list()).toEqual([]);
  });

  it('skips a torn (partially written) file with a warning instead of crashing', async () => {
    const recovery = store();
    const good = newRecoveryId();
    const torn = newRecoveryId();
    await recovery.write(good, {
      text: STARTER,
      title: 'good',
      originalPath: null,
      baseline: null,
    });
    await recovery.write(torn, {
      text: STARTER,
      title: 'torn',
      originalPath: null,
      baseline: null,
    });
    truncateSync(join(dir, `${torn}.json`), 100);
    const listed = await store().list();
    expect(listed.map((r) => r.id)).toEqual([good]);
    expect(warnings.join('\n')).toContain(`${torn}.json`);
  });

  it('skips files that are not recovery records, or claim another id', async () => {
    const recovery = store();
    const id = newRecoveryId();
    const other = newRecoveryId();
    await recovery.write(id, { text: STARTER, title: 'ok', originalPath: null, baseline: null });
    writeFileSync(join(dir, `${other}.json`), readFileSync(join(dir, `${id}.json`)));
    writeFileSync(join(dir, `${'b'.repeat(32)}.json`), '{"format":"something else"}');
    writeFileSync(join(dir, 'notes.txt'), 'not mine');
    writeFileSync(join(dir, '../escape.json'), '{}');
    const listed = await recovery.list();
    expect(listed.map((r) => r.id)).toEqual([id]);
    expect(warnings).toHaveLength(2);
  });

  it('removes temp files a crash left mid-autosave, and nothing else', async () => {
    const recovery = store();
    const id = newRecoveryId();
    await recovery.write(id, { text: STARTER, title: 'ok', originalPath: null, baseline: null });
    writeFileSync(join(dir, `.${id}.json.0a1b2c3d4e5f.tmp`), '{"partial');
    await recovery.removeStaleTempFiles();
    expect(readdirSync(dir)).toEqual([`${id}.json`]);
  });

  it('a failed autosave leaves the previous one intact (simulated disk full)', async () => {
    const id = newRecoveryId();
    await store().write(id, { text: STARTER, title: 'first', originalPath: null, baseline: null });
    const failing = new RecoveryStore({
      fs: faultyFs({ write: { afterBytes: 10, code: 'ENOSPC' } }),
      dir,
    });
    await expect(
      failing.write(id, { text: STARTER, title: 'second', originalPath: null, baseline: null }),
    ).rejects.toMatchObject({ code: 'ENOSPC' });
    expect((await store().read(id))?.title).toBe('first');
  });

  it('refuses ids that are not its own kind (no path can be smuggled in)', async () => {
    const recovery = store();
    for (const id of ['../../etc/passwd', '/etc/passwd', 'A'.repeat(32), '']) {
      expect(() => recovery.read(id)).toThrow('Invalid recovery id');
      expect(() => recovery.discard(id)).toThrow('Invalid recovery id');
    }
  });
});
