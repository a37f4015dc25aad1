import fc from 'fast-check';
import { LIMITS } from '../../../shared/file/schema';
import type {
  Connection,
  CustomTacticDef,
  Journey,
  StageId,
  Tactic,
} from '../../../shared/model/types';
import { STAGE_IDS, TACTIC_STATUSES } from '../../../shared/model/types';
import { HOSTILE_STRINGS } from './hostile-strings';

/**
 * Generators for the fuzz and property tests. No vitest import: scripts/fuzz.ts runs the same
 * properties at full size outside the test runner.
 */

/** Keys that have meant trouble for JavaScript objects, and the keys a .cvj file is made of. */
export const AWKWARD_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'toJSON',
  '__defineGetter__',
  'then',
  'length',
  '0',
  '',
  'format',
  'version',
  'app',
  'journey',
  'tactics',
  'connections',
  'customTactics',
  'meta',
  'id',
  'stage',
  'title',
  'position',
  'x',
] as const;

/** Text a number field might hold in a broken or hostile file. */
export const NUMBER_LIKE_STRINGS = [
  'NaN',
  '-NaN',
  'Infinity',
  '-Infinity',
  '1e999',
  '-0',
  '0x10',
  '1_000',
  '',
  ' 1',
  'null',
  'undefined',
  '9007199254740993',
] as const;

/** Numbers at and past every edge: the schema must reject or keep them, never choke. */
export const EDGE_NUMBERS = [
  0,
  -1,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MIN_VALUE,
  LIMITS.coordinate,
  LIMITS.coordinate + 1,
  LIMITS.cost,
  LIMITS.cost * 10,
  100.0000001,
  0.1 + 0.2,
] as const;

const awkwardKey = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...AWKWARD_KEYS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);

/** Any text: ASCII, any code point (lone surrogates included), and the hostile catalogue. */
export const anyString = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_STRINGS.map((entry) => entry.text)) },
  { weight: 1, arbitrary: fc.constantFrom(...NUMBER_LIKE_STRINGS) },
);

/** Any JSON value, with awkward keys and edge numbers mixed in, nested a few levels. */
export const anyJsonValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom(...EDGE_NUMBERS),
    fc.integer(),
    anyString,
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(awkwardKey, tie('value'), { maxKeys: 5, noNullPrototype: true }),
  ),
})).value;

/** A double that JSON keeps exactly (-0 comes back as 0, which is the same to a journey). */
function finiteDouble(min: number, max: number): fc.Arbitrary<number> {
  return fc
    .oneof(
      fc.integer({ min: Math.ceil(min), max: Math.floor(max) }),
      fc.double({ min, max, noNaN: true }),
    )
    .map((value) => (Object.is(value, -0) ? 0 : value));
}

/** Text within a limit; mostly short, sometimes right at the limit. */
function text(maxLength: number): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: anyString.filter((value) => value.length <= maxLength) },
    // At the limit, built by repetition: a generated string that long takes ages to shrink.
    {
      weight: 1,
      arbitrary: fc
        .constantFrom('x', 'é', '🚀', '<', '\u202e')
        .map((unit) => unit.repeat(Math.floor(maxLength / unit.length))),
    },
  );
}

const idText = fc.oneof(
  fc.string({ minLength: 1, maxLength: 12 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'aware.seo', 'custom', '0'),
);

const stage = fc.constantFrom<StageId>(...STAGE_IDS);

const KNOWN_KEYS = new Set<string>([
  'id',
  'stage',
  'kind',
  'title',
  'notes',
  'position',
  'owner',
  'status',
  'cost',
  'conversionRate',
  'link',
  'source',
  'target',
  'label',
  'name',
  'icon',
  'color',
  'description',
  'tactics',
  'connections',
  'customTactics',
  'meta',
  'createdAt',
  'updatedAt',
  'x',
  'y',
  'format',
  'version',
  'app',
  'journey',
]);

/**
 * Keys a newer build or another tool might add: kept through a round trip. Never `__proto__`
 * (the parser drops it on purpose, with a warning) nor a key the schema knows.
 */
/**
 * A copy of a JSON value as a file keeps it: no `__proto__` keys at any depth (the parser drops
 * them, with a warning) and no -0 (JSON writes it as 0).
 */
function withoutProtoKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutProtoKeys);
  if (Object.is(value, -0)) return 0;
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (key !== '__proto__') copy[key] = withoutProtoKeys(child);
  }
  return copy;
}

const extraFields = fc
  .dictionary(
    fc.oneof(
      fc.string({ minLength: 1, maxLength: 10 }),
      fc.constantFrom('constructor', 'toString', 'x-note', '0', '1'),
    ),
    anyJsonValue,
    { maxKeys: 2, noNullPrototype: true },
  )
  .map((fields) => {
    const kept: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(fields)) {
      if (key !== '__proto__' && !KNOWN_KEYS.has(key)) kept[key] = withoutProtoKeys(value);
    }
    return kept;
  });

const isoDate = fc
  .date({
    min: new Date('1970-01-01T00:00:00.000Z'),
    max: new Date('2200-01-01T00:00:00.000Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString());

const hexColour = fc.oneof(
  fc.stringMatching(/^#[0-9a-fA-F]{6}$/),
  fc.stringMatching(/^#[0-9a-fA-F]{3}$/),
);

function tactic(id: string): fc.Arbitrary<Tactic> {
  return fc
    .record(
      {
        stage,
        kind: idText,
        title: text(LIMITS.titleLength),
        notes: text(LIMITS.notesLength),
        position: fc.record(
          {
            x: finiteDouble(-LIMITS.coordinate, LIMITS.coordinate),
            y: finiteDouble(-LIMITS.coordinate, LIMITS.coordinate),
          },
          { noNullPrototype: true },
        ),
        owner: text(LIMITS.shortTextLength),
        status: fc.constantFrom(...TACTIC_STATUSES),
        cost: finiteDouble(0, LIMITS.cost),
        conversionRate: finiteDouble(0, 100),
        link: text(LIMITS.linkLength),
        extra: extraFields,
      },
      {
        requiredKeys: ['stage', 'kind', 'title', 'notes', 'position', 'extra'],
        noNullPrototype: true,
      },
    )
    .map(({ extra, ...fields }) => ({ ...extra, id, ...fields }));
}

function customTactic(id: string): fc.Arbitrary<CustomTacticDef> {
  return fc
    .record(
      {
        name: text(LIMITS.titleLength).filter((name) => name.length > 0),
        stage,
        icon: text(LIMITS.shortTextLength).filter((icon) => icon.length > 0),
        color: hexColour,
        description: text(LIMITS.descriptionLength),
      },
      { requiredKeys: ['name', 'stage', 'icon', 'color'], noNullPrototype: true },
    )
    .map((fields) => ({ id, ...fields }));
}

/**
 * A journey the file format accepts: unique ids, connections between two different existing
 * tactics, text within the limits but otherwise anything, unknown keys on every object.
 */
export const validJourney: fc.Arbitrary<Journey> = fc
  .record({
    id: idText,
    title: text(LIMITS.titleLength),
    tacticIds: fc.uniqueArray(idText, { maxLength: 8 }),
    customIds: fc.uniqueArray(idText, { maxLength: 2 }),
    meta: fc.record({ createdAt: isoDate, updatedAt: isoDate }, { noNullPrototype: true }),
    extra: extraFields,
  })
  .chain(({ id, title, tacticIds, customIds, meta, extra }) => {
    const connections: fc.Arbitrary<Connection[]> =
      tacticIds.length < 2
        ? fc.constant([])
        : fc
            .uniqueArray(
              fc.record({
                id: idText,
                ends: fc
                  .tuple(fc.constantFrom(...tacticIds), fc.constantFrom(...tacticIds))
                  .filter(([source, target]) => source !== target),
                label: fc.option(text(LIMITS.titleLength), { nil: undefined }),
              }),
              { selector: (connection) => connection.id, maxLength: 6 },
            )
            .map((list) =>
              list.map(({ id: connectionId, ends: [source, target], label }) => ({
                id: connectionId,
                source,
                target,
                ...(label === undefined ? {} : { label }),
              })),
            );
    return fc
      .record({
        tactics: fc.tuple(...tacticIds.map(tactic)),
        connections,
        customTactics: fc.tuple(...customIds.map(customTactic)),
      })
      .map((parts): Journey => ({
        ...extra,
        id,
        title,
        tactics: parts.tactics,
        connections: parts.connections,
        customTactics: parts.customTactics,
        meta,
      }));
  });
