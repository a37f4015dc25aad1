import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../cli/cvj';
import { writeNewFile } from '../../../cli/writeNew';

const dir = mkdtempSync(join(tmpdir(), 'cvj-write-new-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const bytes = new TextEncoder().encode('{"journey": true}\n');

/** A file system without hard links (FAT, exFAT, some network shares): link() fails like there. */
function noLinks(code: string) {
  return () => {
    throw Object.assign(new Error(`${code}: operation not permitted, link`), { code });
  };
}

describe('cvj new writes a file that did not exist, whole, on any file system', () => {
  it('writes through a hard link and leaves no temporary file', () => {
    const out = join(dir, 'linked.cvj');
    writeNewFile(out, bytes);
    expect(readFileSync(out, 'utf8')).toBe('{"journey": true}\n');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it.each(['EPERM', 'ENOTSUP', 'EXDEV'])('falls back to an exclusive copy where link() fails with %s', (code) => {
    const out = join(dir, `copied-${code}.cvj`);
    writeNewFile(out, bytes, noLinks(code));
    expect(readFileSync(out, 'utf8')).toBe('{"journey": true}\n');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('never replaces an existing file, with or without hard links', () => {
    const out = join(dir, 'mine.cvj');
    writeFileSync(out, 'the user’s work');
    expect(() => writeNewFile(out, bytes)).toThrow(expect.objectContaining({ code: 'EEXIST' }));
    expect(() => writeNewFile(out, bytes, noLinks('EPERM'))).toThrow(expect.objectContaining({ code: 'EEXIST' }));
    expect(readFileSync(out, 'utf8')).toBe('the user’s work');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('leaves another process’s temporary file alone', () => {
    const out = join(dir, 'busy.cvj');
    const theirs = `${out}.${process.pid}.tmp`;
    writeFileSync(theirs, 'someone else is writing');
    writeNewFile(out, bytes);
    expect(readFileSync(theirs, 'utf8')).toBe('someone else is writing');
    expect(readFileSync(out, 'utf8')).toBe('{"journey": true}\n');
  });
});

describe('cvj check exit codes', () => {
  it('exits 2, not 1 ("findings"), when the check cannot finish (stdout closed)', () => {
    const errors: string[] = [];
    const code = main(['check', 'test/fixtures/v1/full.cvj'], {
      out: () => {
        throw Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
      },
      err: (line) => errors.push(line),
    });
    expect(code).toBe(2);
    expect(errors).toEqual(['cvj: write EPIPE']);
  });
});
