import { describe, expect, it } from 'vitest';
import {
  MAX_DEPTH,
  parseJourneyFile,
  serializeJourneyFile,
  validateJourney,
} from '../../../shared/file';
import type { ParseError } from '../../../shared/file';
import { connectionOf, readFixture, starterWith, tacticOf } from './fixtures';
import type { LooseFile } from './fixtures';

function parseError(text: string): ParseError {
  const result = parseJourneyFile(text);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.error;
}

describe('broken fixtures', () => {
  it('not-json: says where the syntax error is', () => {
    expect(parseError(readFixture('broken/not-json.cvj'))).toEqual({
      code: 'not-json',
      message:
        "This file is not valid JSON (expected ',' or '}' after property value at line 4, column 3).",
    });
  });

  it('not-cvj: recognises JSON that is some other document', () => {
    expect(parseError(readFixture('broken/not-cvj.cvj'))).toEqual({
      code: 'not-cvj',
      message:
        'This file is JSON, but not a CVJ Studio journey (it has no "format": "cvj" marker).',
      path: 'format',
    });
  });

  it('version-too-new: asks the user to update', () => {
    expect(parseError(readFixture('broken/version-too-new.cvj'))).toEqual({
      code: 'version-too-new',
      message:
        'This file was made by a newer version of CVJ Studio (format version 3); this version reads up to version 2. Update CVJ Studio to open it.',
      path: 'version',
    });
  });

  it('unknown-stage: names the tactic, the bad value and the valid stages', () => {
    const error = parseError(readFixture('broken/unknown-stage.cvj'));
    expect(error).toMatchObject({ code: 'invalid', path: 'journey.tactics[2].stage' });
    expect(error.message).toBe(
      'The journey is invalid at tactics[2].stage: "awareness" is not one of the eight stages (aware, engage, subscribe, convert, excite, ascend, advocate, promote).',
    );
    expect(error.details).toEqual([
      expect.stringMatching(/^journey\.tactics\[2\]\.stage: "awareness" is not/),
    ]);
  });

  it('missing-connection-target: points at the dangling end', () => {
    const error = parseError(readFixture('broken/missing-connection-target.cvj'));
    expect(error).toMatchObject({ code: 'invalid', path: 'journey.connections[1].target' });
    expect(error.message).toBe(
      'The journey is invalid at connections[1].target: no tactic has the id "t_deleted".',
    );
  });

  it('duplicate-ids: points at the second occurrence', () => {
    const error = parseError(readFixture('broken/duplicate-ids.cvj'));
    expect(error).toMatchObject({ code: 'invalid', path: 'journey.tactics[3].id' });
    expect(error.message).toBe(
      'The journey is invalid at tactics[3].id: the id "t_aware" is already used by tactics[0].',
    );
  });
});

describe('parseJourneyFile never throws', () => {
  const deep = '['.repeat(100_000);
  const cases: [string, string, ParseError['code']][] = [
    ['empty text', '', 'not-json'],
    ['only whitespace', ' \n\t', 'not-json'],
    ['only a byte order mark', '\uFEFF', 'not-json'],
    ['an array', '[]', 'not-cvj'],
    ['null', 'null', 'not-cvj'],
    ['a number', '42', 'not-cvj'],
    ['a string', '"cvj"', 'not-cvj'],
    ['a bare format marker', '{"format":"cvj"}', 'invalid'],
    ['a 100k-deep unterminated list', deep, 'not-json'],
    ['a 100k-deep complete list', deep + ']'.repeat(100_000), 'not-cvj'],
    [
      'deep nesting inside a cvj file',
      `{"format":"cvj","version":1,"x":${deep}${']'.repeat(100_000)}}`,
      'invalid',
    ],
    [
      'lone surrogates and control escapes',
      '{"format":"cvj","version":1,"app":"\\ud800\\u0000"}',
      'invalid',
    ],
    ['a future format without a journey', '{"format":"cvj","version":99}', 'version-too-new'],
  ];

  it.each(cases)('%s', (_name, text, code) => {
    let result: ReturnType<typeof parseJourneyFile> | undefined;
    expect(() => (result = parseJourneyFile(text))).not.toThrow();
    expect(result).toMatchObject({ ok: false, error: { code } });
    if (result?.ok === false) expect(result.error.message).toMatch(/^[A-Z].*\.$/s);
  });

  it('rejects a value that is not a string (untyped callers)', () => {
    expect(parseJourneyFile(undefined as unknown as string)).toMatchObject({
      ok: false,
      error: { code: 'not-json' },
    });
  });

  it('rejects nesting deeper than MAX_DEPTH with a clear sentence', () => {
    const text = starterWith(
      (file) => (file['x-deep'] = JSON.parse('['.repeat(MAX_DEPTH) + ']'.repeat(MAX_DEPTH))),
    );
    expect(parseError(text).message).toBe(
      `The file is invalid: it is nested more than ${MAX_DEPTH} levels deep, which no journey is.`,
    );
  });
});

describe('JSON syntax errors', () => {
  it.each([
    ['{\n  "a": }', "unexpected token '}' at line 2, column 8"],
    [
      '{\n  "format": "cvj",\n  "version": 1,\n}',
      'expected double-quoted property name at line 4, column 1',
    ],
    ['{"format": "cvj"', "expected ',' or '}' after property value at line 1, column 17"],
    ['{\n  "format": ', 'the text ends before the JSON is complete at line 2, column 13'],
    ['{"a": 1} x', 'unexpected non-whitespace character after JSON at line 1, column 10'],
    ['\uFEFF{\n"a": tru }', "unexpected token ' ' at line 2, column 9"],
  ])('%j', (text, reason) => {
    expect(parseError(text)).toEqual({
      code: 'not-json',
      message: `This file is not valid JSON (${reason}).`,
    });
  });

  it('accepts a file that starts with a byte order mark', () => {
    expect(parseJourneyFile(`\uFEFF${readFixture('v1/starter.cvj')}`).ok).toBe(true);
  });
});

describe('invalid content', () => {
  it.each([
    [
      'format version missing',
      (f: LooseFile) => delete f.version,
      'version',
      'The file is invalid at version: this required field is missing.',
    ],
    [
      'format version not a whole number',
      (f: LooseFile) => (f.version = '1'),
      'version',
      'The file is invalid at version: must be a whole number from 1 up (found "1").',
    ],
    [
      'app missing',
      (f: LooseFile) => delete f.app,
      'app',
      'The file is invalid at app: this required field is missing.',
    ],
    [
      'journey missing',
      (f: LooseFile) => Reflect.deleteProperty(f, 'journey'),
      'journey',
      'The file is invalid at journey: this required field is missing.',
    ],
  ])('%s', (_name, edit, path, message) => {
    expect(parseError(starterWith(edit))).toMatchObject({ code: 'invalid', path, message });
  });

  type Tactic = ReturnType<typeof tacticOf>;
  it.each([
    [
      'title too long',
      (t: Tactic) => (t.title = 'x'.repeat(501)),
      'tactics[0].title',
      'is too long (501 characters; the limit is 500)',
    ],
    ['empty id', (t: Tactic) => (t.id = ''), 'tactics[0].id', 'must not be empty'],
    [
      'notes missing',
      (t: Tactic) => delete t.notes,
      'tactics[0].notes',
      'this required field is missing',
    ],
    ['title a number', (t: Tactic) => (t.title = 7), 'tactics[0].title', 'must be text (found 7)'],
    [
      'position a list',
      (t: Tactic) => ((t as Record<string, unknown>).position = []),
      'tactics[0].position',
      'must be an object (found a list of 0 items)',
    ],
    [
      'negative cost',
      (t: Tactic) => (t.cost = -5),
      'tactics[0].cost',
      'must be at least 0 (found -5)',
    ],
    [
      'conversion rate over 100',
      (t: Tactic) => (t.conversionRate = 150),
      'tactics[0].conversionRate',
      'must be at most 100 (found 150)',
    ],
    [
      'unknown status',
      (t: Tactic) => (t.status = 'done'),
      'tactics[0].status',
      '"done" is not one of the statuses (idea, planned, live, paused)',
    ],
    [
      'coordinate far off the canvas',
      (t: Tactic) => (t.position.x = 1e300),
      'tactics[0].position.x',
      'must be at most 10000000 (found 1e+300)',
    ],
  ])('tactic: %s', (_name, edit, path, reason) => {
    const error = parseError(starterWith((file) => edit(tacticOf(file))));
    expect(error).toMatchObject({ code: 'invalid', path: `journey.${path}` });
    expect(error.message).toBe(`The journey is invalid at ${path}: ${reason}.`);
  });

  it('rejects a number too large for JSON to hold (1e999 reads as Infinity)', () => {
    const text = readFixture('v1/starter.cvj').replace('"y": 156', '"y": 1e999');
    expect(parseError(text)).toMatchObject({
      path: 'journey.tactics[0].position.y',
      message:
        'The journey is invalid at tactics[0].position.y: must be a finite number (found a number too large to use).',
    });
  });

  it('rejects a self-connection at its target', () => {
    const text = starterWith((file) => (connectionOf(file, 0).target = 't_aware'));
    expect(parseError(text)).toMatchObject({
      path: 'journey.connections[0].target',
      message:
        'The journey is invalid at connections[0].target: a connection cannot lead from a tactic to itself ("t_aware").',
    });
  });

  it('rejects a connection from a missing tactic at its source', () => {
    const text = starterWith((file) => (connectionOf(file, 1).source = 'nope'));
    expect(parseError(text)).toMatchObject({ path: 'journey.connections[1].source' });
  });

  it('rejects duplicate connection ids and duplicate custom tactic ids at the second one', () => {
    const connections = starterWith((file) => (connectionOf(file, 1).id = 'c_1'));
    expect(parseError(connections)).toMatchObject({
      path: 'journey.connections[1].id',
      message:
        'The journey is invalid at connections[1].id: the id "c_1" is already used by connections[0].',
    });
    const custom = { id: 'custom.a', name: 'A', stage: 'aware', icon: 'star', color: '#fff' };
    const customs = starterWith(
      (file) => (file.journey.customTactics = [custom, { ...custom, color: '#FFFFFF' }]),
    );
    expect(parseError(customs)).toMatchObject({ path: 'journey.customTactics[1].id' });
  });

  it('rejects a custom tactic colour that is not hex', () => {
    const custom = {
      id: 'custom.a',
      name: 'A',
      stage: 'aware',
      icon: 'star',
      color: 'red" onload="x',
    };
    expect(
      parseError(starterWith((file) => (file.journey.customTactics = [custom]))),
    ).toMatchObject({
      path: 'journey.customTactics[0].color',
      message:
        'The journey is invalid at customTactics[0].color: "red\\" onload=\\"x" is not a hex colour like "#2563eb".',
    });
  });

  it('rejects timestamps that are not ISO 8601', () => {
    const text = starterWith((file) => (file.journey.meta.updatedAt = 'yesterday'));
    expect(parseError(text)).toMatchObject({
      path: 'journey.meta.updatedAt',
      message:
        'The journey is invalid at meta.updatedAt: "yesterday" is not an ISO 8601 date and time like "2025-01-31T09:30:00.000Z".',
    });
  });

  it('lists every problem in details, first problem first', () => {
    const error = parseError(
      starterWith((file) => {
        tacticOf(file, 0).stage = 'x';
        tacticOf(file, 1).cost = -1;
      }),
    );
    expect(error.details).toEqual([
      'journey.tactics[0].stage: "x" is not one of the eight stages (aware, engage, subscribe, convert, excite, ascend, advocate, promote)',
      'journey.tactics[1].cost: must be at least 0 (found -1)',
    ]);
  });

  it('fills in customTactics when a file leaves it out', () => {
    const result = parseJourneyFile(starterWith((file) => delete file.journey.customTactics));
    expect(result.ok && result.journey.customTactics).toEqual([]);
  });

  it('drops a "__proto__" key with a warning instead of letting it set a prototype', () => {
    const text = readFixture('v1/starter.cvj').replace(
      '"notes": ""',
      '"notes": "", "__proto__": { "status": "live" }',
    );
    const result = parseJourneyFile(text);
    if (!result.ok) throw new Error(result.error.message);
    const first = result.journey.tactics[0]!;
    expect(first.status).toBeUndefined();
    expect(Object.getPrototypeOf(first)).toBe(Object.prototype);
    expect(result.warnings).toEqual([
      'The field "__proto__" at journey.tactics[0].__proto__ was left out: that name is not allowed in a journey.',
    ]);
    expect(serializeJourneyFile(result.journey)).not.toContain('__proto__');
  });

  it('drops "__proto__" keys deep inside unknown fields too, so the rule has no exceptions', () => {
    const text = readFixture('v1/starter.cvj').replace(
      '"notes": ""',
      '"notes": "", "x-a": { "b": [{ "__proto__": 1 }] }',
    );
    const result = parseJourneyFile(text);
    expect(result.ok && result.warnings).toEqual([
      'The field "__proto__" at journey.tactics[0]["x-a"].b[0].__proto__ was left out: that name is not allowed in a journey.',
    ]);
    expect(result.ok && serializeJourneyFile(result.journey)).toContain(
      '"x-a": {\n            "b": [\n              {}',
    );
  });
});

describe('validateJourney', () => {
  it('accepts a parsed journey and reports problems with the same paths as the parser', () => {
    const file = JSON.parse(readFixture('broken/missing-connection-target.cvj'));
    expect(validateJourney(JSON.parse(readFixture('v1/full.cvj')).journey)).toMatchObject({
      ok: true,
    });
    expect(validateJourney(file.journey)).toMatchObject({
      ok: false,
      error: { code: 'invalid', path: 'journey.connections[1].target' },
    });
    expect(validateJourney(null)).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });

  it('accepts objects shared between tactics, as structured clone over IPC can deliver them', () => {
    const journey = JSON.parse(readFixture('v1/starter.cvj')).journey;
    const position = { x: 24, y: 156 };
    for (const tactic of journey.tactics) tactic.position = position;
    expect(validateJourney(journey)).toMatchObject({ ok: true });
  });

  it('rejects cycles and exponentially shared graphs quickly instead of hanging', () => {
    const journey = JSON.parse(readFixture('v1/starter.cvj')).journey;
    journey['x-loop'] = journey;
    expect(validateJourney(journey)).toMatchObject({
      ok: false,
      error: {
        message: `The journey is invalid: it is nested more than ${MAX_DEPTH} levels deep.`,
      },
    });
    let bomb: unknown = [];
    for (let level = 0; level < 60; level += 1) bomb = [bomb, bomb];
    const started = Date.now();
    const result = validateJourney({ ...journey, 'x-loop': undefined, 'x-bomb': bomb });
    expect(result).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/more than \d+ values/) },
    });
    expect(Date.now() - started).toBeLessThan(4000);
  });
});
