import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, MIGRATIONS, parseJourneyFile, runMigrations } from '../../../shared/file';
import type { Migration, RawFile } from '../../../shared/file';
import { readFixture } from './fixtures';

/** A made-up history: v2 renamed `journey.title` to `name`, v3 added `journey.tags`. */
function fakeRegistry(calls: number[]): Migration[] {
  return [
    {
      fromVersion: 2,
      migrate: (raw) => {
        calls.push(2);
        return { ...raw, journey: { ...(raw.journey as RawFile), tags: [] } };
      },
    },
    {
      fromVersion: 1,
      migrate: (raw) => {
        calls.push(1);
        const { title, ...journey } = raw.journey as RawFile;
        return { ...raw, journey: { ...journey, name: title } };
      },
    },
  ];
}

const v1 = (): RawFile => ({
  format: 'cvj',
  version: 1,
  journey: { id: 'j', title: 'T' },
  'x-keep': 1,
});

describe('runMigrations', () => {
  it('applies the steps in version order and stamps each new version', () => {
    const calls: number[] = [];
    expect(runMigrations(v1(), 1, fakeRegistry(calls), 3)).toEqual({
      format: 'cvj',
      version: 3,
      journey: { id: 'j', name: 'T', tags: [] },
      'x-keep': 1,
    });
    expect(calls).toEqual([1, 2]);
  });

  it("starts from the file's own version", () => {
    const calls: number[] = [];
    const v2 = { format: 'cvj', version: 2, journey: { id: 'j', name: 'T' } };
    expect(runMigrations(v2, 2, fakeRegistry(calls), 3)).toMatchObject({
      version: 3,
      journey: { tags: [] },
    });
    expect(calls).toEqual([2]);
  });

  it('returns a file that is already current as it is', () => {
    const raw = v1();
    expect(runMigrations(raw, 3, fakeRegistry([]), 3)).toBe(raw);
  });

  it('throws on a gap or a duplicate in the registry, which parse turns into an error', () => {
    const registry = fakeRegistry([]);
    expect(() => runMigrations(v1(), 1, [registry[0]!], 3)).toThrow(
      'no migration from format version 1',
    );
    expect(() => runMigrations(v1(), 1, [...registry, registry[1]!], 3)).toThrow(
      'more than one migration from format version 1',
    );
    expect(() =>
      runMigrations(v1(), 1, [{ fromVersion: 1, migrate: () => null as never }], 2),
    ).toThrow('did not return an object');
  });

  it('the real registry has exactly one step for every version below the current one', () => {
    const from = MIGRATIONS.map((step) => step.fromVersion).sort((a, b) => a - b);
    expect(from).toEqual(Array.from({ length: CURRENT_VERSION - 1 }, (_, i) => i + 1));
  });
});

describe('parseJourneyFile and versions', () => {
  it('reads the current version without migrating or warning', () => {
    expect(parseJourneyFile(readFixture('v1/starter.cvj'))).toMatchObject({
      ok: true,
      warnings: [],
    });
  });

  it.each([CURRENT_VERSION + 1, 99, 2 ** 40])('rejects format version %i as too new', (version) => {
    const text = readFixture('v1/starter.cvj').replace('"version": 1,', `"version": ${version},`);
    expect(parseJourneyFile(text)).toMatchObject({
      ok: false,
      error: { code: 'version-too-new', path: 'version' },
    });
  });

  it.each(['0', '-1', '1.5', 'null', '"2"'])('rejects format version %s as invalid', (version) => {
    const text = readFixture('v1/starter.cvj').replace('"version": 1,', `"version": ${version},`);
    expect(parseJourneyFile(text)).toMatchObject({
      ok: false,
      error: { code: 'invalid', path: 'version' },
    });
  });
});
