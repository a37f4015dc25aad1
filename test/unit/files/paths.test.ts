import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFs } from '../../../electron/main/files/fs-port';
import {
  displayName,
  filesFromArgv,
  folderName,
  pathKey,
  suggestFileName,
  withCvjExtension,
} from '../../../electron/main/files/paths';
import { removeDir, tempDir } from './helpers';

describe('filesFromArgv', () => {
  it('finds a double-clicked file on Windows', () => {
    expect(
      filesFromArgv(
        [
          'C:\\Program Files\\CVJ Studio\\CVJ Studio.exe',
          'C:\\Users\\ana\\Q3 launch.cvj',
          'Plan.cvj',
        ],
        'C:\\Users\\ana\\Desktop',
        'win32',
      ),
    ).toEqual(['C:\\Users\\ana\\Q3 launch.cvj', 'C:\\Users\\ana\\Desktop\\Plan.cvj']);
  });

  it('skips the executable, switches, the dev app path and other files', () => {
    expect(
      filesFromArgv(
        [
          '/usr/bin/electron',
          '.',
          '--no-sandbox',
          '--flag=x.cvj',
          'notes.txt',
          '/home/ana/Plan.cvj',
        ],
        '/home/ana',
        'linux',
      ),
    ).toEqual(['/home/ana/Plan.cvj']);
  });

  it('resolves relative paths against the launching folder, and takes file:// URLs', () => {
    expect(
      filesFromArgv(
        ['cvj-studio', 'plans/Plan.CVJ', pathToFileURL('/tmp/My plan.cvj').href],
        '/home/ana',
      ),
    ).toEqual(['/home/ana/plans/Plan.CVJ', '/tmp/My plan.cvj']);
  });

  it('lists a file once', () => {
    expect(filesFromArgv(['app', '/a/P.cvj', '/a/P.cvj'], '/')).toEqual(['/a/P.cvj']);
  });
});

describe('names', () => {
  it('shows the file name and its folder, never the full path', () => {
    expect(displayName('/home/ana/Clients/Q3 launch.cvj', 'linux')).toBe('Q3 launch.cvj');
    expect(displayName('C:\\Users\\ana\\Q3 launch.cvj', 'win32')).toBe('Q3 launch.cvj');
    expect(folderName('/home/ana/Clients/Q3 launch.cvj', 'linux')).toBe('Clients');
    expect(folderName('C:\\Users\\ana\\Q3 launch.cvj', 'win32')).toBe('ana');
  });

  it.each([
    ['Q3 launch', 'Q3 launch.cvj'],
    ['  Spring: B2B / SaaS?  ', 'Spring B2B SaaS.cvj'],
    ['', 'Untitled journey.cvj'],
    ['...', 'Untitled journey.cvj'],
    ['CON', 'Untitled journey.cvj'],
    ['tabs\tand\nnewlines', 'tabs and newlines.cvj'],
    ['x'.repeat(300), `${'x'.repeat(120)}.cvj`],
  ])('suggests a file name for the title %j', (title, name) => {
    expect(suggestFileName(title)).toBe(name);
  });

  it('appends .cvj when a Save dialog returns a bare name', () => {
    expect(withCvjExtension('/a/Plan')).toEqual({ path: '/a/Plan.cvj', appended: true });
    expect(withCvjExtension('/a/Plan.CVJ')).toEqual({ path: '/a/Plan.CVJ', appended: false });
    expect(withCvjExtension('/a/Plan.cvj.txt')).toEqual({
      path: '/a/Plan.cvj.txt.cvj',
      appended: true,
    });
  });
});

describe('pathKey: one key per file', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => removeDir(dir));

  it('follows symlinks, so a file opened through a link is the same file', async () => {
    const real = join(dir, 'real');
    mkdirSync(real);
    writeFileSync(join(real, 'Plan.cvj'), '{}');
    symlinkSync(real, join(dir, 'link'));
    expect(await pathKey(nodeFs, join(dir, 'link', 'Plan.cvj'), 'linux')).toBe(
      await pathKey(nodeFs, join(real, 'Plan.cvj'), 'linux'),
    );
  });

  it('keys a file that does not exist yet by its folder’s real path', async () => {
    const real = join(dir, 'real');
    mkdirSync(real);
    symlinkSync(real, join(dir, 'link'));
    expect(await pathKey(nodeFs, join(dir, 'link', 'New.cvj'), 'linux')).toBe(
      await pathKey(nodeFs, join(real, 'New.cvj'), 'linux'),
    );
  });

  it('ignores case on macOS and Windows only', async () => {
    const a = await pathKey(nodeFs, join(dir, 'Plan.cvj'), 'darwin');
    expect(await pathKey(nodeFs, join(dir, 'PLAN.cvj'), 'darwin')).toBe(a);
    expect(await pathKey(nodeFs, join(dir, 'PLAN.cvj'), 'linux')).not.toBe(
      await pathKey(nodeFs, join(dir, 'Plan.cvj'), 'linux'),
    );
  });
});
