import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFs } from '../../../electron/main/files/fs-port';
import { ThemeSetting } from '../../../electron/main/theme-setting';

describe('ThemeSetting (userData/theme.json)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cvj-theme-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('follows the system until a theme is saved, then gives it back on the next start', async () => {
    const file = join(dir, 'sub', 'theme.json');
    expect(await new ThemeSetting({ fs: nodeFs, file }).load()).toBe('system');
    const setting = new ThemeSetting({ fs: nodeFs, file });
    void setting.save('dark');
    await setting.save('projector');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ version: 1, theme: 'projector' });
    expect(await new ThemeSetting({ fs: nodeFs, file }).load()).toBe('projector');
  });

  it('reads a damaged or foreign file as "system", with a warning when it cannot be read', async () => {
    const file = join(dir, 'theme.json');
    for (const text of ['{not json', '{"version":1,"theme":"sepia"}', '{"version":2,"theme":"dark"}', 'null']) {
      writeFileSync(file, text);
      const warnings: string[] = [];
      expect(await new ThemeSetting({ fs: nodeFs, file, onWarning: (m) => warnings.push(m) }).load()).toBe('system');
      expect(warnings).toEqual(text === '{not json' ? ['Theme setting unreadable'] : []);
    }
  });

  it('warns, and does not throw, when the file cannot be written', async () => {
    // Its folder is a file: mkdir and the write fail (as for root, who ignores read-only modes).
    const blocker = join(dir, 'blocker');
    writeFileSync(blocker, 'x');
    const warnings: string[] = [];
    const setting = new ThemeSetting({ fs: nodeFs, file: join(blocker, 'theme.json'), onWarning: (m) => warnings.push(m) });
    await setting.save('dark');
    expect(warnings).toEqual(['Could not save the theme setting']);
    // Later saves still run.
    await setting.save('light');
    expect(warnings).toHaveLength(2);
  });
});
