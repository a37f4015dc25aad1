import { describe, expect, it } from 'vitest';
import {
  CvjFileSchema,
  MIGRATIONS,
  parseJourneyFile,
  runMigrations,
  serializeJourneySet,
  CvjFileV1Schema,
} from '../../../shared/file';
import { journeysInOrder } from '../../../shared/model/journeySet';
import { fixtureNames, readFixture, withCurrentAppVersion } from './fixtures';

function parseOk(text: string) {
  const result = parseJourneyFile(text);
  if (!result.ok) throw new Error(`expected the file to parse: ${result.error.message}`);
  return result;
}

/** The v2 full fixture with one change made to its parsed JSON, as text. */
function v2With(edit: (file: { journeys: Record<string, unknown>[] } & Record<string, unknown>) => void): string {
  const file = JSON.parse(readFixture('v2/full.cvj'));
  edit(file);
  return JSON.stringify(file, null, 2);
}

/** Every version 1 file we keep: the format's fixtures and the forecast's worked examples. */
const V1_FILES = [...fixtureNames('v1').map((n) => `v1/${n}`), ...fixtureNames('forecast').map((n) => `forecast/${n}`)];

describe('format version 1 files open as one-journey version 2 files (forever)', () => {
  it.each(V1_FILES)('%s → v2 → serialize → parse is the same journey, and says it was upgraded', (name) => {
    const v1Text = readFixture(name);
    const v1 = JSON.parse(v1Text);
    const opened = parseOk(v1Text);
    expect(opened.upgradedFrom).toBe(1);
    expect(opened.warnings).toEqual([]);
    expect(opened.set.order).toEqual([v1.journey.id]);
    expect(opened.journey).toEqual(CvjFileV1Schema.parse(v1).journey);
    // The file takes its title and dates from its one journey.
    expect(opened.set.title).toBe(v1.journey.title);
    expect(opened.set.meta).toEqual(v1.journey.meta);

    const text = serializeJourneySet(opened.set, { extra: opened.file });
    expect(JSON.parse(text)).toMatchObject({ format: 'cvj', version: 2, journeys: [{ id: v1.journey.id }] });
    expect(JSON.parse(text)).not.toHaveProperty('journey');
    const again = parseOk(text);
    expect(again.upgradedFrom).toBeUndefined();
    expect(again.set).toEqual(opened.set);
    // Unknown top-level keys ride along.
    for (const key of Object.keys(v1).filter((k) => k.startsWith('x-'))) expect(JSON.parse(text)[key]).toEqual(v1[key]);
  });

  it.each(V1_FILES)('the upgrade of %s is a valid version 2 file (parse relies on it and does not check twice)', (name) => {
    const v1 = CvjFileV1Schema.parse(JSON.parse(readFixture(name)));
    const upgraded = runMigrations(v1, 1, MIGRATIONS);
    expect(CvjFileSchema.safeParse(upgraded).success).toBe(true);
  });

  it('any id is a journey id, "__proto__" too: read by id, never a prototype', () => {
    const file = JSON.parse(readFixture('v1/starter.cvj'));
    file.journey.id = '__proto__';
    const opened = parseOk(JSON.stringify(file));
    expect(opened.set.order).toEqual(['__proto__']);
    expect(Object.hasOwn(opened.set.journeys, '__proto__')).toBe(true);
    expect(opened.set.journeys['__proto__']!.tactics).toHaveLength(file.journey.tactics.length);
    const again = parseOk(serializeJourneySet(opened.set));
    expect(journeysInOrder(again.set).map((j) => j.id)).toEqual(['__proto__']);
  });

  it('messages about a broken version 1 file name its own paths', () => {
    const file = JSON.parse(readFixture('v1/starter.cvj'));
    file.journey.tactics[0].stage = 'nowhere';
    const result = parseJourneyFile(JSON.stringify(file));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid', path: 'journey.tactics[0].stage' } });
  });
});

describe('format version 2 files', () => {
  it('are all present (kept forever)', () => {
    expect(fixtureNames('v2')).toEqual(['full.cvj']);
  });

  it('full.cvj: two journeys in tab order, each with its persona, forecast and votes', () => {
    const { set, upgradedFrom, warnings } = parseOk(readFixture('v2/full.cvj'));
    expect(upgradedFrom).toBeUndefined();
    expect(warnings).toEqual([]);
    expect(set.title).toBe('Acme Coffee Roasters');
    const [cafe, home] = journeysInOrder(set);
    expect(cafe!.persona).toMatchObject({ name: 'Café owner', color: '#b45309', icon: 'coffee' });
    expect(home!.persona).toEqual({ name: 'Home brewer', description: 'Brews at home on weekends; found us through a brewing guide.' });
    expect(home!.forecast).toEqual({ currency: 'EUR', period: 'month' });
    expect(home!.tactics.find((t) => t.id === 'h_sample')!.votes).toBe(3);
    expect(cafe!.tactics.length).toBeGreaterThan(home!.tactics.length);
  });

  it('full.cvj survives a round trip byte for byte', () => {
    const text = readFixture('v2/full.cvj');
    const { set, file } = parseOk(text);
    expect(serializeJourneySet(set, { extra: file })).toBe(withCurrentAppVersion(text));
  });

  it('keeps the tab order as data: moving a journey changes the order of the file only', () => {
    const { set, file } = parseOk(readFixture('v2/full.cvj'));
    const moved = parseOk(serializeJourneySet({ ...set, order: [...set.order].reverse() }, { extra: file }));
    expect(moved.set.order).toEqual([...set.order].reverse());
    expect(moved.set.journeys).toEqual(set.journeys);
  });

  it.each([
    ['a list of no journeys', (f: { journeys: unknown[] }) => (f.journeys = []), 'journeys', 'a file holds at least one journey'],
    ['two journeys with one id', (f: { journeys: { id: string }[] }) => (f.journeys[1]!.id = f.journeys[0]!.id), 'journeys[1].id', 'is already used by journeys[0]'],
    ['a bad stage in the second journey', (f: { journeys: { tactics: { stage: string }[] }[] }) => (f.journeys[1]!.tactics[0]!.stage = 'nowhere'), 'journeys[1].tactics[0].stage', '"nowhere" is not one of the eight stages'],
    ['a persona without a name', (f: { journeys: { persona: object }[] }) => (f.journeys[1]!.persona = { description: 'x' }), 'journeys[1].persona.name', 'missing'],
    ['a persona colour that is not hex', (f: { journeys: { persona: object }[] }) => (f.journeys[0]!.persona = { name: 'A', color: 'red; x' }), 'journeys[0].persona.color', 'is not a hex colour'],
    ['no file title', (f: Record<string, unknown>) => delete f.title, 'title', 'missing'],
  ])('refuses %s with a path and a sentence', (_what, edit, path, words) => {
    const result = parseJourneyFile(v2With(edit as never));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid');
    expect(result.error.path).toBe(path);
    expect(result.error.message).toContain(words);
  });

  it('a file of the next format version is refused as too new (what an older app says to version 2)', () => {
    const text = readFixture('v2/full.cvj').replace('"version": 2,', '"version": 3,');
    expect(parseJourneyFile(text)).toMatchObject({ ok: false, error: { code: 'version-too-new', path: 'version' } });
  });
});
