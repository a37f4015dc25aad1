import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * What users run carries no test hooks: window.cvjDebug (the browser tests' read-only handle)
 * and window.cvjBench (the bench's) exist only in the test build. This reads the renderer
 * builds themselves, so `npm test` runs it after `npm run build` and `npm run build:test`.
 */

const root = join(import.meta.dirname, '../../..');
const HOOKS = ['cvjDebug', 'cvjBench'];

/** Every .js and .html file under `dir`, with the hook names each one contains. */
function hooksIn(dir: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) =>
    /\.(m?js|html)$/.test(name),
  );
  expect(files.some((name) => name.endsWith('.js'))).toBe(true);
  for (const name of files) {
    const text = readFileSync(join(dir, name), 'utf8');
    found.set(relative(root, join(dir, name)), HOOKS.filter((hook) => text.includes(hook)));
  }
  return found;
}

describe('test hooks stay out of the production renderer', () => {
  it('no file of out/renderer (npm run build) mentions cvjDebug or cvjBench', ({ skip }) => {
    const dir = join(root, 'out/renderer');
    if (!existsSync(join(dir, 'index.html'))) {
      skip('out/renderer is absent: run `npm run build` first (npm test does)');
    }
    const leaks = [...hooksIn(dir)].filter(([, hooks]) => hooks.length > 0);
    expect(leaks).toEqual([]);
  });

  it('the test build (npm run build:test) has both, so the check above looks for the right names', ({
    skip,
  }) => {
    const dir = join(root, 'out/renderer-test');
    if (!existsSync(join(dir, 'index.html'))) {
      skip('out/renderer-test is absent: run `npm run build:test` first (npm test does)');
    }
    const hooks = new Set([...hooksIn(dir).values()].flat());
    expect([...hooks].sort()).toEqual([...HOOKS].sort());
  });
});
