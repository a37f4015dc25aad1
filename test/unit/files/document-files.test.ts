import {
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  utimesSync,
  writeFileSync,
  chmodSync,
  readlinkSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseJourneyFile, serializeJourneyFile } from '../../../shared/file';
import { MAX_FILE_BYTES } from '../../../shared/file/size';
import { BackupStore } from '../../../electron/main/files/backups';
import { DocumentFiles, sha256 } from '../../../electron/main/files/document-files';
import { nodeFs, type FsPort } from '../../../electron/main/files/fs-port';
import {
  faultyFs,
  fixture,
  isRoot,
  makeMutable,
  namesIn,
  removeDir,
  steppingClock,
  tempDir,
  tryMakeImmutable,
  tryMountTmpfs,
  unmount,
  type Faults,
} from './helpers';

const FULL = fixture('v1/full.cvj');
const STARTER = fixture('v1/starter.cvj');

let root: string;
let docs: string;
let backupsDir: string;

beforeEach(() => {
  root = tempDir();
  docs = join(root, 'Documents');
  backupsDir = join(root, 'userData', 'backups');
  mkdirSync(docs);
});
afterEach(() => removeDir(root));

function service(
  fs: FsPort = nodeFs,
  keep = 3,
): { files: DocumentFiles; backups: BackupStore; warnings: string[] } {
  const warnings: string[] = [];
  const now = steppingClock();
  const backups = new BackupStore({ fs: nodeFs, dir: backupsDir, keep, now });
  const files = new DocumentFiles({ fs, backups, now, onWarning: (m) => warnings.push(m) });
  return { files, backups, warnings };
}

/** A journey text that differs from STARTER in its title. */
function edited(text: string, title: string): string {
  const parsed = parseJourneyFile(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return serializeJourneyFile({ ...parsed.journey, title }, { extra: parsed.file });
}

async function openOk(files: DocumentFiles, path: string) {
  const read = await files.read(path);
  if (!read.ok) throw new Error(read.error.message);
  return read;
}

describe('reading', () => {
  it('round trip: read → parse → serialize → save → read gives the same journey and bytes', async () => {
    const path = join(docs, 'Full.cvj');
    writeFileSync(path, FULL);
    const { files } = service();
    const first = await openOk(files, path);
    expect(first.text).toBe(FULL);
    expect(first.baseline).toMatchObject({
      size: Buffer.byteLength(FULL),
      sha256: sha256(Buffer.from(FULL)),
    });

    const parsed = parseJourneyFile(first.text);
    if (!parsed.ok) throw new Error('fixture must parse');
    const text = serializeJourneyFile(parsed.journey, { extra: parsed.file });
    const saved = await files.write(path, text, { baseline: first.baseline });
    expect(saved.ok).toBe(true);

    const again = await openOk(files, path);
    expect(again.text).toBe(text);
    const reparsed = parseJourneyFile(again.text);
    expect(reparsed.ok && reparsed.journey).toEqual(parsed.journey);
    if (saved.ok) expect(saved.baseline.sha256).toBe(again.baseline.sha256);
  });

  it('returns the journey title for window titles and file names', async () => {
    const path = join(docs, 'Starter.cvj');
    writeFileSync(path, STARTER);
    const read = await openOk(service().files, path);
    expect(read.title).toBe(JSON.parse(STARTER).journey.title);
  });

  it('refuses a file over the size limit from its size, before reading a byte (60 MB sparse file)', async () => {
    const path = join(docs, 'Huge.cvj');
    writeFileSync(path, '');
    truncateSync(path, 60 * 1024 * 1024);
    const fs = faultyFs();
    const result = await service(fs).files.read(path);
    expect(result).toMatchObject({ ok: false, error: { code: 'TOO_LARGE', fileName: 'Huge.cvj' } });
    if (result.ok) return;
    expect(result.error.message).toContain('“Huge.cvj”');
    expect(result.error.message).toContain('60 MB');
    expect(result.error.message).toContain(`${MAX_FILE_BYTES / 1024 / 1024} MB`);
    expect(fs.calls.read).toBe(0);
  });

  it.each([
    ['not-json.cvj', 'NOT_JSON', undefined],
    ['not-cvj.cvj', 'NOT_CVJ', undefined],
    ['version-too-new.cvj', 'VERSION_TOO_NEW', 'version'],
    ['unknown-stage.cvj', 'INVALID', 'journey.tactics[2].stage'],
    ['duplicate-ids.cvj', 'INVALID', 'journey.tactics[3].id'],
    ['missing-connection-target.cvj', 'INVALID', 'journey.connections[1].target'],
  ])(
    'a broken file (%s) gives %s naming the file and the JSON path',
    async (name, code, jsonPath) => {
      const path = join(docs, name);
      writeFileSync(path, fixture(`broken/${name}`));
      const result = await service().files.read(path);
      expect(result).toMatchObject({ ok: false, error: { code, fileName: name } });
      if (result.ok) return;
      expect(result.error.message.startsWith(`Couldn’t open “${name}”.`)).toBe(true);
      if (jsonPath) expect(result.error.jsonPath).toBe(jsonPath);
    },
  );

  it('says a newer version made the file', async () => {
    const path = join(docs, 'From the future.cvj');
    writeFileSync(path, fixture('broken/version-too-new.cvj'));
    const result = await service().files.read(path);
    if (result.ok) throw new Error('expected a refusal');
    expect(result.error.message).toMatch(/newer version of CVJ Studio/);
    expect(result.error.message).toMatch(/Update CVJ Studio/);
  });

  it('says where a JSON syntax error is', async () => {
    const path = join(docs, 'Typo.cvj');
    writeFileSync(path, '{\n  "format": "cvj",\n  "version": 1,,\n}');
    const result = await service().files.read(path);
    if (result.ok) throw new Error('expected a refusal');
    expect(result.error.code).toBe('NOT_JSON');
    expect(result.error.message).toMatch(/line 3, column \d+/);
  });

  it('refuses bytes that are not UTF-8 text', async () => {
    const path = join(docs, 'Binary.cvj');
    writeFileSync(path, Buffer.from([0x7b, 0xff, 0xfe, 0x00, 0x7d]));
    const result = await service().files.read(path);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'NOT_JSON', fileName: 'Binary.cvj' },
    });
  });

  it('refuses a name without .cvj before touching the disk', async () => {
    const fs = faultyFs();
    const result = await service(fs).files.read(join(docs, 'notes.txt'));
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_CVJ', fileName: 'notes.txt' } });
    expect(fs.calls.open).toEqual([]);
  });

  it('a missing file is ENOENT (real)', async () => {
    const result = await service().files.read(join(docs, 'Gone.cvj'));
    expect(result).toMatchObject({ ok: false, error: { code: 'ENOENT', fileName: 'Gone.cvj' } });
    if (!result.ok) expect(result.error.message).toMatch(/no longer exists/);
  });

  it('a folder named like a journey is EISDIR (real)', async () => {
    mkdirSync(join(docs, 'Folder.cvj'));
    const result = await service().files.read(join(docs, 'Folder.cvj'));
    expect(result).toMatchObject({ ok: false, error: { code: 'EISDIR' } });
  });

  it.skipIf(isRoot)('an unreadable file is EACCES (real: chmod 000, not root)', async () => {
    const path = join(docs, 'Locked.cvj');
    writeFileSync(path, STARTER);
    chmodSync(path, 0o000);
    const result = await service().files.read(path);
    expect(result).toMatchObject({ ok: false, error: { code: 'EACCES' } });
  });

  it('an unreadable file is EACCES (simulated)', async () => {
    const path = join(docs, 'Locked.cvj');
    writeFileSync(path, STARTER);
    const result = await service(faultyFs({ open: { code: 'EACCES' } })).files.read(path);
    expect(result).toMatchObject({ ok: false, error: { code: 'EACCES', fileName: 'Locked.cvj' } });
    if (!result.ok) expect(result.error.message).toMatch(/permission to read/);
  });
});

describe('saving', () => {
  let path: string;
  beforeEach(() => {
    path = join(docs, 'Q3 launch.cvj');
    writeFileSync(path, STARTER);
  });

  it('writes, reports the new baseline and keeps the previous version as a backup', async () => {
    const { files, backups } = service();
    const { baseline } = await openOk(files, path);
    const text = edited(STARTER, 'Q3 launch v2');
    const result = await files.write(path, text, { baseline });
    if (!result.ok) throw new Error('expected a save');
    expect(readFileSync(path, 'utf8')).toBe(text);
    expect(result.baseline.sha256).toBe(sha256(Buffer.from(text)));
    expect(result.backupPath).not.toBeNull();
    const [newest] = await backups.list(path);
    expect(newest && readFileSync(newest, 'utf8')).toBe(STARTER);
    expect(newest?.startsWith(join(backupsDir, 'Q3 launch-'))).toBe(true);
    expect(namesIn(docs)).toEqual(['Q3 launch.cvj']);
  });

  it('removes the temp files that killed saves of this file left, but not a save in progress', async () => {
    const hour = Date.now() / 1000 - 3600;
    const stale = ['.Q3 launch.cvj.0123456789ab.tmp', '.Q3 launch.cvj.ffffffffffff.tmp'];
    const fresh = '.Q3 launch.cvj.aaaaaaaaaaaa.tmp'; // another window saving right now
    const others = ['.Other.cvj.0123456789ab.tmp', '.Q3 launch.cvj.notes.tmp', 'Q3 launch.cvj.bak'];
    for (const name of [...stale, ...others]) {
      writeFileSync(join(docs, name), 'partial');
      utimesSync(join(docs, name), hour, hour);
    }
    writeFileSync(join(docs, fresh), 'partial');
    const files = new DocumentFiles({ fs: nodeFs, backups: null, now: () => new Date() });
    const { baseline } = await openOk(files, path);
    expect((await files.write(path, edited(STARTER, 'v2'), { baseline })).ok).toBe(true);
    expect(namesIn(docs)).toEqual([fresh, ...others, 'Q3 launch.cvj'].sort());
  });

  it('keeps only the newest backups per file', async () => {
    const { files, backups } = service(nodeFs, 2);
    let { baseline } = await openOk(files, path);
    for (const title of ['one', 'two', 'three']) {
      const result = await files.write(path, edited(STARTER, title), { baseline });
      if (!result.ok) throw new Error('expected a save');
      baseline = result.baseline;
    }
    const kept = await backups.list(path);
    expect(kept).toHaveLength(2);
    expect(JSON.parse(readFileSync(kept[0] ?? '', 'utf8')).journeys[0].title).toBe('two');
    expect(JSON.parse(readFileSync(kept[1] ?? '', 'utf8')).journeys[0].title).toBe('one');
  });

  it('saves even when the backup cannot be made, and says so in a warning', async () => {
    mkdirSync(join(root, 'userData'));
    writeFileSync(backupsDir, 'a file where the backups folder should be');
    const { files, warnings } = service();
    const { baseline } = await openOk(files, path);
    const result = await files.write(path, edited(STARTER, 'x'), { baseline });
    expect(result).toMatchObject({ ok: true, backupPath: null });
    expect(warnings.join()).toMatch(/Could not back up/);
  });

  it('writes through a symlink to the real file and keeps the link', async () => {
    const link = join(docs, 'Shortcut.cvj');
    symlinkSync(path, link);
    const { files } = service();
    const { baseline } = await openOk(files, link);
    const text = edited(STARTER, 'via link');
    expect((await files.write(link, text, { baseline })).ok).toBe(true);
    expect(readlinkSync(link)).toBe(path);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('refuses a journey over the size limit', async () => {
    const files = new DocumentFiles({ fs: nodeFs, backups: null, maxBytes: 100 });
    const result = await files.write(path, STARTER, { baseline: null });
    expect(result).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } });
    expect(readFileSync(path, 'utf8')).toBe(STARTER);
  });

  describe('conflicts: the file changed on disk since it was read', () => {
    it('another program changed it: conflict with its time; nothing written', async () => {
      const { files } = service();
      const { baseline } = await openOk(files, path);
      const theirs = edited(STARTER, 'their edit');
      writeFileSync(path, theirs);
      utimesSync(path, new Date('2026-03-01T10:15:00Z'), new Date('2026-03-01T10:15:00Z'));
      const result = await files.write(path, edited(STARTER, 'my edit'), { baseline });
      expect(result).toEqual({
        ok: false,
        conflict: { reason: 'modified', modifiedAt: new Date('2026-03-01T10:15:00Z') },
      });
      expect(readFileSync(path, 'utf8')).toBe(theirs);
    });

    it('force overwrites, and their version goes to the backups', async () => {
      const { files, backups } = service();
      const { baseline } = await openOk(files, path);
      const theirs = edited(STARTER, 'their edit');
      writeFileSync(path, theirs);
      const mine = edited(STARTER, 'my edit');
      expect((await files.write(path, mine, { baseline, force: true })).ok).toBe(true);
      expect(readFileSync(path, 'utf8')).toBe(mine);
      const [newest] = await backups.list(path);
      expect(newest && readFileSync(newest, 'utf8')).toBe(theirs);
    });

    it('the same bytes written again (a sync client touching it) are not a conflict', async () => {
      const { files } = service();
      const { baseline } = await openOk(files, path);
      writeFileSync(path, STARTER);
      utimesSync(path, new Date('2030-01-01'), new Date('2030-01-01'));
      expect((await files.write(path, edited(STARTER, 'mine'), { baseline })).ok).toBe(true);
    });

    it('deleted or moved away: conflict "deleted"; force writes it again', async () => {
      const { files } = service();
      const { baseline } = await openOk(files, path);
      rmSync(path);
      const mine = edited(STARTER, 'mine');
      expect(await files.write(path, mine, { baseline })).toEqual({
        ok: false,
        conflict: { reason: 'deleted', modifiedAt: null },
      });
      expect((await files.write(path, mine, { baseline, force: true })).ok).toBe(true);
      expect(readFileSync(path, 'utf8')).toBe(mine);
    });

    it('no baseline (Save As onto a file the dialog confirmed) is never a conflict', async () => {
      const { files } = service();
      const result = await files.write(path, edited(STARTER, 'mine'), { baseline: null });
      expect(result.ok).toBe(true);
    });
  });

  describe('failures leave the previous file intact and give typed errors', () => {
    async function expectFailure(
      fs: FsPort,
      code: string,
      pattern: RegExp,
      target = path,
    ): Promise<void> {
      const before = readFileSafe(target);
      const files = new DocumentFiles({ fs, backups: null });
      const baseline = before === null ? null : (await openOk(files, target)).baseline;
      const result = await files.write(target, edited(STARTER, 'mine'), { baseline });
      expect(result).toMatchObject({ ok: false, error: { code, fileName: 'Q3 launch.cvj' } });
      if (result.ok || !('error' in result)) return;
      expect(result.error.message.startsWith('Couldn’t save “Q3 launch.cvj”: ')).toBe(true);
      expect(result.error.message).toMatch(pattern);
      expect(result.error.message).toContain('Your journey is still open and unsaved');
      expect(readFileSafe(target)).toEqual(before);
    }

    const simulated: [string, Faults, string, RegExp][] = [
      [
        'disk full during the write',
        { write: { afterBytes: 512, code: 'ENOSPC' } },
        'ENOSPC',
        /the disk is full.*free some space or use Save As/,
      ],
      [
        'quota exceeded',
        { write: { afterBytes: 0, code: 'EDQUOT' } },
        'ENOSPC',
        /the disk is full/,
      ],
      [
        'permission denied creating the temp file',
        { open: { when: (_p, f) => f === 'wx', code: 'EACCES' } },
        'EACCES',
        /permission/,
      ],
      ['permission denied on the rename', { rename: { code: 'EPERM' } }, 'EACCES', /permission/],
      [
        'read-only file system',
        { open: { when: (_p, f) => f === 'wx', code: 'EROFS' } },
        'EROFS',
        /read-only/,
      ],
      [
        'folder vanished before the rename',
        { rename: { code: 'ENOENT' } },
        'ENOENT',
        /folder no longer exists/,
      ],
      ['file locked by another program', { rename: { code: 'EBUSY' } }, 'EBUSY', /another program/],
      ['an I/O error on fsync', { sync: { code: 'EIO' } }, 'UNKNOWN', /something unexpected/],
    ];
    it.each(simulated)('%s (simulated)', async (_name, faults, code, pattern) => {
      await expectFailure(faultyFs(faults), code, pattern);
      expect(namesIn(docs)).toEqual(['Q3 launch.cvj']);
    });

    it('the folder was deleted (real): ENOENT', async () => {
      const files = new DocumentFiles({ fs: nodeFs, backups: null });
      const { baseline } = await openOk(files, path);
      rmSync(docs, { recursive: true });
      const result = await files.write(path, edited(STARTER, 'mine'), { baseline, force: true });
      expect(result).toMatchObject({ ok: false, error: { code: 'ENOENT' } });
      if (!result.ok && 'error' in result)
        expect(result.error.message).toMatch(/folder no longer exists/);
    });

    it('the folder was deleted (real), without force: still an error, not a conflict', async () => {
      const files = new DocumentFiles({ fs: nodeFs, backups: null });
      const { baseline } = await openOk(files, path);
      rmSync(docs, { recursive: true });
      const result = await files.write(path, edited(STARTER, 'mine'), { baseline });
      expect(result).toMatchObject({ ok: false, error: { code: 'ENOENT' } });
    });

    it('a file where the folder should be (real ENOTDIR): ENOENT', async () => {
      const blocker = join(root, 'not-a-folder');
      writeFileSync(blocker, 'x');
      const result = await new DocumentFiles({ fs: nodeFs, backups: null }).write(
        join(blocker, 'Q3 launch.cvj'),
        STARTER,
        { baseline: null },
      );
      expect(result).toMatchObject({ ok: false, error: { code: 'ENOENT' } });
    });

    it('a folder where the file should be (real): EISDIR', async () => {
      rmSync(path);
      mkdirSync(path);
      const result = await new DocumentFiles({ fs: nodeFs, backups: null }).write(path, STARTER, {
        baseline: null,
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'EISDIR' } });
    });

    it.skipIf(isRoot)('a read-only folder (real: chmod 0o500, not root): EACCES', async () => {
      chmodSync(docs, 0o500);
      try {
        await expectFailure(nodeFs, 'EACCES', /permission/);
      } finally {
        chmodSync(docs, 0o700);
      }
    });

    // As root, chmod does not stop writes; an immutable folder (chattr +i) does, with EPERM.
    const immutableOk = (() => {
      if (!isRoot) return false;
      const probe = tempDir('cvj-chattr-');
      const ok = tryMakeImmutable(probe);
      makeMutable(probe);
      removeDir(probe);
      return ok;
    })();
    it.skipIf(!immutableOk)(
      'an immutable folder (real, as root: chattr +i gives EPERM): EACCES',
      async () => {
        tryMakeImmutable(docs);
        try {
          await expectFailure(nodeFs, 'EACCES', /permission/);
        } finally {
          makeMutable(docs);
        }
      },
    );
  });
});

// Real ENOSPC and EROFS need a small or read-only file system: a tmpfs mount (Linux, root).
// Where mounting is not allowed these skip; the simulated cases above cover the same paths.
const mountOk = (() => {
  const probe = tempDir('cvj-mount-');
  const ok = tryMountTmpfs(probe, { size: 65536 });
  unmount(probe);
  removeDir(probe);
  return ok;
})();

describe.skipIf(!mountOk)('real full and read-only disks (tmpfs, Linux as root)', () => {
  let mount: string;
  beforeEach(() => {
    mount = tempDir('cvj-tmpfs-');
  });
  afterEach(() => {
    unmount(mount);
    removeDir(mount);
  });

  it('ENOSPC: a save that does not fit leaves the old file byte-identical and no temp file', async () => {
    tryMountTmpfs(mount, { size: 64 * 1024 });
    const path = join(mount, 'Q3 launch.cvj');
    writeFileSync(path, STARTER);
    const files = new DocumentFiles({ fs: nodeFs, backups: null });
    const { baseline } = await openOk(files, path);
    const big = edited(STARTER, 'x'.repeat(400)).replace(
      '"notes": ""',
      `"notes": "${'n'.repeat(15_000)}"`,
    );
    // Large enough that old + new cannot both fit in 64 KiB.
    const huge = JSON.stringify({ ...JSON.parse(big), padding: 'p'.repeat(80 * 1024) }, null, 2);
    const result = await files.write(path, huge, { baseline });
    expect(result).toMatchObject({ ok: false, error: { code: 'ENOSPC' } });
    expect(readFileSync(path, 'utf8')).toBe(STARTER);
    expect(namesIn(mount)).toEqual(['Q3 launch.cvj']);
  });

  it('EROFS: saving onto a read-only disk', async () => {
    tryMountTmpfs(mount, { readOnly: true });
    const result = await new DocumentFiles({ fs: nodeFs, backups: null }).write(
      join(mount, 'Q3 launch.cvj'),
      STARTER,
      { baseline: null },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'EROFS' } });
    if (!result.ok && 'error' in result) expect(result.error.message).toMatch(/read-only/);
  });
});

function readFileSafe(path: string): Buffer | null {
  try {
    return readFileSync(path);
  } catch {
    return null;
  }
}
