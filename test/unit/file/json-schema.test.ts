import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { parseJourneyFile } from '../../../shared/file';
import { cvjJsonSchema, cvjJsonSchemaText, SCHEMA_VERSIONS } from '../../../shared/file/json-schema';
import { fixtureNames, readFixture, tacticOf } from './fixtures';
import type { LooseFile } from './fixtures';

const committed = (version: number) => readFileSync(new URL(`../../../docs/cvj-v${version}.schema.json`, import.meta.url), 'utf8');

// `date-time` is declared for readers of the schema; zod's pattern beside it does the checking.
const ajv = new Ajv2020({ allErrors: true, strict: true, formats: { 'date-time': true } });
/** The version 1 schema: the broken fixtures and the edits below are version 1 files. */
const validate = ajv.compile(cvjJsonSchema(1));
const validateV2 = ajv.compile(cvjJsonSchema(2));

describe.each(SCHEMA_VERSIONS)('docs/cvj-v%i.schema.json', (version) => {
  it('is up to date with the zod schema (run `npm run schema` to refresh it)', () => {
    expect(committed(version)).toBe(cvjJsonSchemaText(version));
  });

  it('is a draft 2020-12 schema', () => {
    expect(JSON.parse(committed(version)).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });
});

describe('the version 2 JSON Schema agrees with the parser', () => {
  it.each(fixtureNames('v2'))('accepts v2/%s', (name) => {
    expect(validateV2(JSON.parse(readFixture(`v2/${name}`))), ajv.errorsText(validateV2.errors)).toBe(true);
  });

  it('refuses a version 1 file and a file of no journeys, as the parser does', () => {
    const file = JSON.parse(readFixture('v2/full.cvj'));
    expect(validateV2(JSON.parse(readFixture('v1/starter.cvj')))).toBe(false);
    file.journeys = [];
    expect(parseJourneyFile(JSON.stringify(file)).ok).toBe(false);
    expect(validateV2(file)).toBe(false);
  });

  it("accepts two journeys with one id: cross-field rules are the parser's alone", () => {
    const file = JSON.parse(readFixture('v2/full.cvj'));
    file.journeys[1].id = file.journeys[0].id;
    expect(parseJourneyFile(JSON.stringify(file)).ok).toBe(false);
    expect(validateV2(file)).toBe(true);
  });
});

describe('the version 1 JSON Schema agrees with the parser', () => {
  it.each(fixtureNames('v1'))('accepts v1/%s', (name) => {
    expect(validate(JSON.parse(readFixture(`v1/${name}`))), ajv.errorsText(validate.errors)).toBe(
      true,
    );
  });

  it.each([
    ['unknown-stage.cvj', '/journey/tactics/2/stage'],
    ['not-cvj.cvj', ''],
    ['version-too-new.cvj', '/version'],
  ])('rejects broken/%s, as the parser does', (name, instancePath) => {
    const text = readFixture(`broken/${name}`);
    expect(parseJourneyFile(text).ok).toBe(false);
    expect(validate(JSON.parse(text))).toBe(false);
    expect(validate.errors?.map((error) => error.instancePath)).toContain(instancePath);
  });

  it.each(['missing-connection-target.cvj', 'duplicate-ids.cvj'])(
    "accepts broken/%s: cross-field rules are the parser's alone (the schema description says so)",
    (name) => {
      const text = readFixture(`broken/${name}`);
      expect(parseJourneyFile(text).ok).toBe(false);
      expect(validate(JSON.parse(text))).toBe(true);
    },
  );

  type Edit = (file: LooseFile) => void;
  const tactic = (file: LooseFile) => tacticOf(file);
  it.each<[string, Edit, boolean]>([
    ['an unknown field at the top', (f) => (f['x-new'] = { a: 1 }), true],
    ['no customTactics', (f) => delete f.journey.customTactics, true],
    [
      'an upper-case hex colour',
      (f) =>
        (f.journey.customTactics = [
          { id: 'c', name: 'C', stage: 'aware', icon: 'star', color: '#ABCDEF' },
        ]),
      true,
    ],
    [
      'a timestamp with an offset',
      (f) => (f.journey.meta.createdAt = '2025-01-06T10:00:00+01:00'),
      true,
    ],
    ['a title over the limit', (f) => (tactic(f).title = 'x'.repeat(501)), false],
    ['a negative cost', (f) => (tactic(f).cost = -1), false],
    ['a conversion rate over 100', (f) => (tactic(f).conversionRate = 100.5), false],
    ['an unknown status', (f) => (tactic(f).status = 'done'), false],
    ['an empty tactic id', (f) => (tactic(f).id = ''), false],
    [
      'a colour that is not hex',
      (f) =>
        (f.journey.customTactics = [
          { id: 'c', name: 'C', stage: 'aware', icon: 'star', color: 'red' },
        ]),
      false,
    ],
    ['a timestamp without a time', (f) => (f.journey.meta.createdAt = '2025-01-06'), false],
    ['no app', (f) => delete f.app, false],
  ])('both decide the same on %s', (_name, edit, valid) => {
    const file = JSON.parse(readFixture('v1/starter.cvj'));
    edit(file);
    expect(parseJourneyFile(JSON.stringify(file)).ok).toBe(valid);
    expect(validate(file)).toBe(valid);
  });
});
