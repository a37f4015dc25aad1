import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * zod 4 runs a string's or a list's length checks on any value with a `length`, even one that
 * failed the type check, and throws on a `length` it cannot compare (docs/reliability.md, bug 6).
 * Product code builds bounded text and lists with `text()` / `list()` from
 * shared/file/zod-setup.ts, which limit those checks to values of the right type.
 */
const root = join(import.meta.dirname, '../../..');
const RAW_LENGTH_CHECK = /z\s*\.\s*(?:string|array)\([^)]*\)\s*\.\s*(?:min|max|length|nonempty)\(/;

function* sources(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sources(path);
    else if (/\.tsx?$/.test(name)) yield path;
  }
}

describe('zod length checks in product code', () => {
  it('go through text() / list(), never z.string().min/max or z.array().max', () => {
    const offenders: string[] = [];
    for (const top of ['shared', 'electron', 'renderer/src', 'cli']) {
      for (const file of sources(join(root, top))) {
        if (file.endsWith('zod-setup.ts')) continue;
        const text = readFileSync(file, 'utf8');
        // Method chains may break across lines: compare with whitespace removed.
        if (RAW_LENGTH_CHECK.test(text.replace(/\s+/g, ''))) offenders.push(relative(root, file));
      }
    }
    expect(offenders).toEqual([]);
  });

  it('the pattern catches a raw check, also split over lines', () => {
    expect(RAW_LENGTH_CHECK.test('z.string().min(1)')).toBe(true);
    expect(RAW_LENGTH_CHECK.test('z\n  .string()\n  .max(5)'.replace(/\s+/g, ''))).toBe(true);
    expect(RAW_LENGTH_CHECK.test('z.array(Item).max(3)')).toBe(true);
    expect(RAW_LENGTH_CHECK.test('text(200, 1)')).toBe(false);
  });
});
