import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * Proves the layering rules in eslint.config.js bite, through ESLint's own API and the real
 * config. lintText takes a virtual filePath, so probes need not exist on disk: the path alone
 * decides which layer's rules apply.
 */
const repoRoot = join(import.meta.dirname, '../../..');
let eslint: ESLint;

beforeAll(async () => {
  eslint = new ESLint({ cwd: repoRoot });
  // The first lint loads the config, typescript-eslint and its parser: seconds on a busy machine,
  // which must not count against the first test's time limit.
  await eslint.lintText('export {};\n', { filePath: 'shared/model/__lint_warm_up__.ts' });
}, 60_000);

async function lint(code: string, filePath: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath });
  if (!result) throw new Error('ESLint returned no result');
  // A fatal parse error or an "ignored file" warning would make the assertions below vacuous.
  expect(result.messages.filter((m) => m.fatal || m.ruleId === null)).toEqual([]);
  return result.messages;
}

const errorsOf = (messages: Linter.LintMessage[], ruleId: string): string[] =>
  messages.filter((m) => m.ruleId === ruleId && m.severity === 2).map((m) => m.message);

describe('layering rules', () => {
  it('forbids shared/ from importing renderer code (fixture)', async () => {
    const code = readFileSync(join(repoRoot, 'test/fixtures/lint/shared/bad-import.ts'), 'utf8');
    const messages = await lint(code, 'shared/model/__lint_probe__.ts');
    expect(messages.map((m) => m.ruleId)).toEqual(['no-restricted-imports']);
    expect(errorsOf(messages, 'no-restricted-imports')).toEqual([
      expect.stringContaining(
        'This layer may not import renderer/ (see docs/architecture.md, "Layers")',
      ),
    ]);
  });

  it('forbids shared/ from importing electron/ code', async () => {
    const messages = await lint(
      "import { buildCsp } from '../../electron/main/csp';\nexport const x = buildCsp;\n",
      'shared/ipc/__lint_probe__.ts',
    );
    expect(errorsOf(messages, 'no-restricted-imports')).toEqual([
      expect.stringContaining('may not import electron/'),
    ]);
  });

  it("forbids shared/ from importing the 'electron' module", async () => {
    const messages = await lint(
      "import { app } from 'electron';\nexport const name = app.name;\n",
      'shared/model/__lint_probe__.ts',
    );
    // The `**/electron` layer pattern matches the bare module name too, hence possibly two errors.
    expect(errorsOf(messages, 'no-restricted-imports')).toEqual(
      expect.arrayContaining([expect.stringContaining('shared/ must not import electron')]),
    );
  });

  it('forbids DOM globals in shared/', async () => {
    const messages = await lint(
      'export const title = (): string => document.title;\n',
      'shared/model/__lint_probe__.ts',
    );
    expect(errorsOf(messages, 'no-restricted-globals')).toEqual([
      expect.stringContaining('shared/ must not use the DOM'),
    ]);
  });

  it('forbids electron/ from importing renderer/', async () => {
    const messages = await lint(
      "import { App } from '../../renderer/src/App';\nexport const x = App;\n",
      'electron/main/__lint_probe__.ts',
    );
    expect(errorsOf(messages, 'no-restricted-imports')).toEqual([
      expect.stringContaining('may not import renderer/'),
    ]);
  });

  it('forbids renderer/ from importing electron/ and the electron module', async () => {
    const messages = await lint(
      "import { buildCsp } from '../../electron/main/csp';\nimport { ipcRenderer } from 'electron';\nexport const x = [buildCsp, ipcRenderer];\n",
      'renderer/src/__lint_probe__.ts',
    );
    const errors = errorsOf(messages, 'no-restricted-imports');
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^'\.\.\/\.\.\/electron\/main\/csp'.*may not import electron\//),
        expect.stringContaining('only through the preload API'),
      ]),
    );
  });

  it('lets electron/ and renderer/ import shared/', async () => {
    const code =
      "import { windowTitle } from '../../shared/ipc/contract';\nexport const t = windowTitle;\n";
    expect(await lint(code, 'electron/main/__lint_probe__.ts')).toEqual([]);
    expect(await lint(code, 'renderer/src/__lint_probe__.ts')).toEqual([]);
  });

  it('passes a clean shared/ file', async () => {
    const messages = await lint(
      "import type { WindowState } from '../ipc/contract';\n\nexport function isEdited(state: WindowState): boolean {\n  return state.edited;\n}\n",
      'shared/model/__lint_probe__.ts',
    );
    expect(messages).toEqual([]);
  });
});
