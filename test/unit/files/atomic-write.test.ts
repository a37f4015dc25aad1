import { readFileSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atomicWrite, isTempName, tempPathFor } from '../../../electron/main/files/atomic-write';
import { nodeFs } from '../../../electron/main/files/fs-port';
import { faultyFs, namesIn, removeDir, tempDir } from './helpers';

const OLD = 'the previous version\n'.repeat(200);
const NEW = new TextEncoder().encode('the new version\n'.repeat(5_000));

let dir: string;
let target: string;

beforeEach(() => {
  dir = tempDir();
  target = join(dir, 'Q3 launch.cvj');
});
afterEach(() => removeDir(dir));

describe('atomicWrite on a real folder', () => {
  it('creates a new file', async () => {
    await atomicWrite(nodeFs, target, NEW);
    expect(new Uint8Array(readFileSync(target))).toEqual(NEW);
    expect(namesIn(dir)).toEqual(['Q3 launch.cvj']);
  });

  it('replaces an existing file and leaves no temp file', async () => {
    writeFileSync(target, OLD);
    await atomicWrite(nodeFs, target, NEW);
    expect(new Uint8Array(readFileSync(target))).toEqual(NEW);
    expect(namesIn(dir)).toEqual(['Q3 launch.cvj']);
  });

  it('gives the new file the permissions it is asked to keep', async () => {
    writeFileSync(target, OLD);
    chmodSync(target, 0o640);
    await atomicWrite(nodeFs, target, NEW, { mode: 0o640 });
    expect(statSync(target).mode & 0o777).toBe(0o640);
  });

  it('names temp files so they are hidden and never look like journeys', () => {
    const temp = tempPathFor(target);
    const name = temp.slice(dir.length + 1);
    expect(name.startsWith('.Q3 launch.cvj.')).toBe(true);
    expect(name.endsWith('.cvj')).toBe(false);
    expect(isTempName(name)).toBe(true);
    expect(tempPathFor(target)).not.toBe(temp);
  });
});

// Simulated failures (injected fs); the bytes that are written really land on disk.
describe('atomicWrite when a step fails part-way (simulated)', () => {
  it.each([
    [
      'the write stops after 1000 bytes (disk full)',
      { write: { afterBytes: 1000, code: 'ENOSPC' } },
      'ENOSPC',
    ],
    ['the very first write fails', { write: { afterBytes: 0, code: 'EIO' } }, 'EIO'],
    ['fsync fails', { sync: { code: 'EIO' } }, 'EIO'],
    ['the rename fails', { rename: { code: 'EACCES' } }, 'EACCES'],
    ['creating the temp file fails', { open: { code: 'EROFS' } }, 'EROFS'],
  ] as const)(
    '%s: the old file stays byte-identical, no temp file is left',
    async (_name, faults, code) => {
      writeFileSync(target, OLD);
      const before = readFileSync(target);
      const fs = faultyFs(faults);
      await expect(atomicWrite(fs, target, NEW)).rejects.toMatchObject({ code });
      expect(readFileSync(target).equals(before)).toBe(true);
      expect(namesIn(dir)).toEqual(['Q3 launch.cvj']);
    },
  );

  it('really wrote part of the temp file before failing (the failure is part-way)', async () => {
    writeFileSync(target, OLD);
    const fs = faultyFs({ write: { afterBytes: 1000, code: 'ENOSPC' } });
    await expect(atomicWrite(fs, target, NEW)).rejects.toThrow();
    expect(fs.calls.write).toBeGreaterThanOrEqual(2);
    expect(fs.calls.rename).toBe(0);
  });

  it('a failed first save of a new file leaves nothing behind', async () => {
    const fs = faultyFs({ rename: { code: 'ENOSPC' } });
    await expect(atomicWrite(fs, target, NEW)).rejects.toThrow();
    expect(namesIn(dir)).toEqual([]);
  });

  it('retries a rename a Windows scanner briefly blocks, when asked to', async () => {
    writeFileSync(target, OLD);
    const fs = faultyFs({ rename: { code: 'EBUSY', times: 2 } });
    await atomicWrite(fs, target, NEW, { retryRename: true });
    expect(new Uint8Array(readFileSync(target))).toEqual(NEW);
    expect(fs.calls.rename).toBe(3);
  });

  it('does not retry without being asked', async () => {
    const fs = faultyFs({ rename: { code: 'EBUSY', times: 1 } });
    await expect(atomicWrite(fs, target, NEW)).rejects.toMatchObject({ code: 'EBUSY' });
    expect(fs.calls.rename).toBe(1);
  });
});
