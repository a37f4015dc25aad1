import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { parseJourneyFile, validateJourney } from '../../../shared/file/parse';
import type { ParseResult } from '../../../shared/file/result';
import { LIMITS } from '../../../shared/file/schema';
import { serializeJourneyFile, serializeJourneySet } from '../../../shared/file/serialize';
import { addJourney, singleJourneySet } from '../../../shared/model/journeySet';
import type { JourneySet } from '../../../shared/model/types';
import {
  addTactic,
  connectTactics,
  copyTactics,
  moveTactics,
  newIdsFor,
  pasteTactics,
  removeTactics,
  renameJourney,
  serializeClipboard,
  updateConnection,
  updateTactic,
} from '../../../shared/model/commands';
import { parseClipboard } from '../../../shared/model/commands/clipboardSchema';
import { stageOfCard } from '../../../shared/model/layout';
import { createStarterJourney } from '../../../shared/model/starter';
import type { Journey } from '../../../shared/model/types';
import { STAGE_IDS } from '../../../shared/model/types';
import {
  anyJsonValue,
  anyString,
  AWKWARD_KEYS,
  EDGE_NUMBERS,
  NUMBER_LIKE_STRINGS,
  validJourney,
} from './arbitraries';

/**
 * The properties behind `parseJourneyFile`'s promises, as fast-check properties without a test
 * runner: test/unit/fuzz/*.test.ts run them at CI size, scripts/fuzz.ts at full size. A failed
 * check throws, and fast-check shrinks the input to a minimal counterexample.
 */

/** Far above what any input here needs (a few megabytes parse in tens of milliseconds). */
export const HANG_MS = 3_000;
/** A message is a sentence or two for a dialog, never a dump of the file. */
export const MAX_MESSAGE_LENGTH = 600;
const MAX_PATH_LENGTH = 1_000;
const ERROR_CODES = new Set(['not-json', 'not-cvj', 'version-too-new', 'invalid']);

export class PropertyFailure extends Error {}

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new PropertyFailure(message);
}

const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).join(',');
const arrayPrototypeKeys = Object.getOwnPropertyNames(Array.prototype).join(',');

/** Nothing a file holds may reach a shared prototype. */
export function checkNoPollution(): void {
  check(
    Object.getOwnPropertyNames(Object.prototype).join(',') === prototypeKeys,
    'Object.prototype gained a property',
  );
  check(
    Object.getOwnPropertyNames(Array.prototype).join(',') === arrayPrototypeKeys,
    'Array.prototype gained a property',
  );
}

/** Own `__proto__` keys anywhere in a value (iterative: values may be deep). */
function hasOwnProtoKey(root: unknown): boolean {
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value !== 'object' || value === null) continue;
    if (!Array.isArray(value) && Object.hasOwn(value, '__proto__')) return true;
    for (const child of Object.values(value)) pending.push(child);
  }
  return false;
}

/**
 * What every answer of `parseJourneyFile` must be, whatever it was given: returned (not thrown)
 * within HANG_MS; a rejection with a known code and one short sentence (no stack overflow, no
 * internal-error fallback, no dump of the input), a path and details of bounded size; an
 * acceptance that is a valid journey this build can save and open again.
 */
export function checkParse(text: string): ParseResult {
  const started = performance.now();
  let result: ParseResult;
  try {
    result = parseJourneyFile(text);
  } catch (error) {
    throw new PropertyFailure(`parseJourneyFile threw: ${String(error)}`);
  }
  const elapsed = performance.now() - started;
  check(elapsed < HANG_MS, `parseJourneyFile took ${Math.round(elapsed)} ms`);
  checkNoPollution();
  if (!result.ok) {
    const { code, message, path, details } = result.error;
    check(ERROR_CODES.has(code), `unknown error code ${code}`);
    check(
      typeof message === 'string' && /^[A-Z].*\.$/s.test(message),
      `not a sentence: ${message.slice(0, 200)}`,
    );
    check(message.length <= MAX_MESSAGE_LENGTH, `message of ${message.length} characters`);
    check(
      !/could not read this file \(|Maximum call stack|\[object Object\]/.test(message),
      `internal failure leaked: ${message}`,
    );
    if (path !== undefined)
      check(path.length > 0 && path.length <= MAX_PATH_LENGTH, `path of ${path.length} characters`);
    if (details !== undefined) {
      check(details.length >= 1 && details.length <= 21, `${details.length} details`);
      for (const detail of details)
        check(
          detail.length <= MAX_MESSAGE_LENGTH + MAX_PATH_LENGTH,
          `detail of ${detail.length} characters`,
        );
    }
    return result;
  }
  check(
    !hasOwnProtoKey(result.journey) && !hasOwnProtoKey(result.file),
    'a __proto__ key survived',
  );
  check(validateJourney(result.journey).ok, 'an accepted journey fails validateJourney');
  // The whole file (every journey of it) saves and opens again.
  const again = parseJourneyFile(serializeJourneySet(result.set, { extra: result.file }));
  check(again.ok && again.set.order.length === result.set.order.length, 'a journey was lost in saving the file again');
  check(again.ok, 'an accepted journey does not open again after saving');
  return result;
}

// ─── Inputs ────────────────────────────────────────────────────────────────────────────────

const STARTER_TEXT = serializeJourneyFile(
  createStarterJourney({ id: 'fuzz', now: '2025-01-01T00:00:00.000Z' }),
);

/** Strings of every kind: noise, JSON of any shape, and valid files cut or spliced anywhere. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'binary-ascii', maxLength: 300 }),
  fc.json({ maxDepth: 4 }),
  anyString,
  fc.nat({ max: STARTER_TEXT.length }).map((end) => STARTER_TEXT.slice(0, end)),
  fc
    .tuple(
      fc.nat({ max: STARTER_TEXT.length }),
      fc.string({ unit: 'binary', maxLength: 8 }),
      fc.nat({ max: 8 }),
    )
    .map(
      ([at, insert, remove]) =>
        STARTER_TEXT.slice(0, at) + insert + STARTER_TEXT.slice(at + remove),
    ),
  fc.constantFrom(
    '',
    ' ',
    '\uFEFF',
    'null',
    '[]',
    '{}',
    '"cvj"',
    '\uFEFF\uFEFF{}',
    '{"format":"cvj"}',
  ),
);

/** Any JSON value as a whole file, and in the places of a file's envelope and journey. */
const anyJsonFile = fc.oneof(
  anyJsonValue,
  fc.record({
    format: fc.oneof(fc.constant('cvj'), anyJsonValue),
    version: fc.oneof(fc.constant(1), anyJsonValue),
  }),
  fc.record({
    format: fc.constant('cvj'),
    version: fc.constant(1),
    app: anyJsonValue,
    journey: anyJsonValue,
  }),
  fc.record({
    format: fc.constant('cvj'),
    version: fc.constant(2),
    app: anyJsonValue,
    title: anyJsonValue,
    meta: anyJsonValue,
    journeys: fc.oneof(anyJsonValue, fc.array(anyJsonValue, { maxLength: 3 })),
  }),
  fc.record({
    format: fc.constant('cvj'),
    version: fc.constant(1),
    journey: fc.record({
      id: anyJsonValue,
      title: anyJsonValue,
      tactics: fc.array(
        fc.dictionary(
          fc.constantFrom('id', 'stage', 'kind', 'title', 'notes', 'position', ...AWKWARD_KEYS),
          anyJsonValue,
        ),
        { maxLength: 3 },
      ),
      connections: anyJsonValue,
      meta: anyJsonValue,
    }),
  }),
);

type Json = unknown;
type Container = Record<string, Json> | Json[];
const MUTATIONS = [
  'delete',
  'replace',
  'flip-type',
  'edge-number',
  'number-like-string',
  'deep-nesting',
  'awkward-key',
  'duplicate-item',
  'huge-string',
  'empty',
] as const;
interface Mutation {
  kind: (typeof MUTATIONS)[number];
  pick: number;
  value: Json;
  size: number;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom(...MUTATIONS),
  pick: fc.nat(),
  value: anyJsonValue,
  size: fc.nat(),
});

/** Every (container, key) slot of a JSON tree, parents before children. */
function slots(root: Json): [Container, string | number][] {
  const found: [Container, string | number][] = [];
  const pending: Json[] = [root];
  while (pending.length > 0) {
    const value = pending.shift();
    if (typeof value !== 'object' || value === null) continue;
    const container = value as Container;
    for (const key of Array.isArray(container) ? container.keys() : Object.keys(container)) {
      found.push([container, key]);
      pending.push((container as Record<string | number, Json>)[key]);
    }
  }
  return found;
}

/**
 * Deep nesting goes in as a marker that becomes text after JSON.stringify: stringify recurses,
 * and thousands of levels (the point of the attack) would overflow its stack here.
 */
const DEEP_MARKER = /"§§deep:(\d+):(array|object)§§"/g;

function nested(depth: number, asObject: boolean): Json {
  return `§§deep:${depth}:${asObject ? 'object' : 'array'}§§`;
}

function expandNesting(text: string): string {
  return text.replace(DEEP_MARKER, (_marker, depth: string, kind: string) => {
    const levels = Number(depth);
    return kind === 'array'
      ? `${'['.repeat(levels)}${']'.repeat(levels)}`
      : `${'{"a":'.repeat(levels)}{}${'}'.repeat(levels)}`;
  });
}

function flipped(value: Json): Json {
  if (typeof value === 'string') return value.length;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return String(value);
  if (value === null) return {};
  if (Array.isArray(value)) return { ...value };
  return typeof value === 'object' ? Object.values(value) : null;
}

function setOwn(container: Container, key: string | number, value: Json): void {
  // defineProperty, so that "__proto__" becomes an own key as JSON.parse makes it.
  Object.defineProperty(container, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

function applyMutation(root: Json, { kind, pick, value, size }: Mutation): Json {
  const all = slots(root);
  const slot = all[pick % Math.max(1, all.length)];
  if (slot === undefined) return value;
  const [container, key] = slot;
  const current = (container as Record<string | number, Json>)[key];
  switch (kind) {
    case 'delete':
      if (Array.isArray(container)) container.splice(key as number, 1);
      else delete container[key as string];
      break;
    case 'replace':
      setOwn(container, key, value);
      break;
    case 'flip-type':
      setOwn(container, key, flipped(current));
      break;
    case 'edge-number':
      setOwn(container, key, EDGE_NUMBERS[size % EDGE_NUMBERS.length]);
      break;
    case 'number-like-string':
      setOwn(container, key, NUMBER_LIKE_STRINGS[size % NUMBER_LIKE_STRINGS.length]);
      break;
    case 'deep-nesting':
      setOwn(container, key, nested(90 + (size % 20_000), size % 2 === 0));
      break;
    case 'awkward-key': {
      const target =
        typeof current === 'object' && current !== null ? (current as Container) : container;
      setOwn(
        target,
        Array.isArray(target) ? target.length : (AWKWARD_KEYS[size % AWKWARD_KEYS.length] ?? 'x'),
        value,
      );
      break;
    }
    case 'duplicate-item':
      if (Array.isArray(current) && current.length > 0)
        current.push(structuredClone(current[size % current.length]));
      else setOwn(container, key, [current, current]);
      break;
    case 'huge-string': {
      const lengths = [
        LIMITS.idLength + 1,
        LIMITS.titleLength + 1,
        LIMITS.notesLength + 1,
        100_000,
        1_000_000,
      ];
      setOwn(container, key, 'x'.repeat(lengths[size % lengths.length] ?? 1));
      break;
    }
    case 'empty':
      setOwn(container, key, Array.isArray(current) ? [] : typeof current === 'string' ? '' : {});
      break;
  }
  return root;
}

/** Text-level attacks JSON.stringify cannot produce from an object. */
const TEXT_ATTACKS = [
  (text: string) => text.replace('{', '{"__proto__":{"polluted":true},'),
  (text: string) => text.replace(/"journeys?":\[?\{/, (m) => `${m}"__proto__":{"tactics":[]},`),
  (text: string) => text.replace('"journeys":[', '"journeys":[{"__proto__":{"id":"x"}},'),
  (text: string) => text.replace('"tactics":[{', '"tactics":[{"__proto__":{"isAdmin":true},'),
  (text: string) => text.replace(/"version":\d/, '"version":1e999'),
  (text: string) => text.replace(/"version":(\d)/, '"version":$1.0'),
  (text: string) => text.replace(/"version":\d/, '"version":-0'),
  (text: string) => text.replace('"version":2', '"version":1'),
  (text: string) => text.replace('"version":1', '"version":2'),
  (text: string) => text.replace(/"x":[-\d.e+]+/, '"x":1e400'),
  (text: string) => text.replace(/"y":[-\d.e+]+/, '"y":-1e400'),
  (text: string) => text.replace('"title":"', '"title":"\\ud800'),
  (text: string) =>
    text.replace(/"journeys?":\[?\{/, (m) => `${m}"deep":${'['.repeat(100_000)}${']'.repeat(100_000)},`),
  (text: string) => `${text}${'}'.repeat(10)}`,
  (text: string) => text.replace(/"id":"([^"]*)"/, '"id":"$1","id":"dupe"'),
] as const;

/** One to three valid journeys as one file (ids made unique across the file). */
const validSet: fc.Arbitrary<JourneySet> = fc
  .array(validJourney, { minLength: 1, maxLength: 3 })
  .map((journeys) => {
    const [first, ...rest] = journeys.map((j, i) => (i === 0 ? j : { ...j, id: `${j.id}~${i}` }));
    let set = singleJourneySet(first!);
    for (const journey of rest) set = addJourney(set, { journey });
    return set;
  });

/** A file as saved today (version 2, one or more journeys) or by the first version (1, one journey). */
const validFileText = fc.oneof(
  validSet.map((set) => serializeJourneySet(set)),
  validJourney.map((journey) =>
    JSON.stringify({ format: 'cvj', version: 1, app: { name: 'CVJ Studio', version: '0.1.0' }, journey }),
  ),
);

const mutatedFile = fc
  .tuple(
    validFileText,
    fc.array(mutation, { minLength: 1, maxLength: 3 }),
    fc.option(fc.nat({ max: TEXT_ATTACKS.length - 1 }), { nil: undefined, freq: 3 }),
  )
  .map(([valid, mutations, attack]) => {
    let tree: Json = JSON.parse(valid);
    for (const change of mutations) tree = applyMutation(tree, change);
    // Compact: pretty-printing a value nested thousands deep would take megabytes of indentation.
    const text = expandNesting(JSON.stringify(tree) ?? 'null');
    return attack === undefined ? text : (TEXT_ATTACKS[attack]?.(text) ?? text);
  });

// ─── Properties ────────────────────────────────────────────────────────────────────────────

export const parseAnyText = fc.property(anyText, (text) => {
  checkParse(text);
});

export const parseAnyJson = fc.property(anyJsonFile, (value) => {
  checkParse(JSON.stringify(value) ?? 'null');
});

export const parseMutatedFiles = fc.property(mutatedFile, (text) => {
  checkParse(text);
});

const utf8 = new TextEncoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Save and open again, through the bytes a disk holds: the same journey, the same text. */
/** A file of several journeys: each comes back the same, in the same order. */
export const roundTripSet = fc.property(validSet, (set) => {
  const text = serializeJourneySet(set);
  const result = checkParse(strictUtf8.decode(utf8.encode(text)));
  check(result.ok, `a valid file was refused: ${result.ok ? '' : result.error.message}`);
  check(isDeepStrictEqual([...result.set.order], [...set.order]), 'the journeys came back in another order');
  for (const id of set.order) check(isDeepStrictEqual(result.set.journeys[id], set.journeys[id]), `journey ${id} changed in a round trip`);
  check(serializeJourneySet(result.set, { extra: result.file }) === text, 'saving again changed the text');
});

export const roundTrip = fc.property(validJourney, (journey) => {
  const text = serializeJourneyFile(journey);
  const read = strictUtf8.decode(utf8.encode(text));
  const result = checkParse(read);
  check(result.ok, `a valid journey was refused: ${result.ok ? '' : result.error.message}`);
  check(isDeepStrictEqual(result.journey, journey), 'the journey changed in a round trip');
  check(result.warnings.length === 0, `warnings: ${result.warnings.join(' ')}`);
  check(
    serializeJourneyFile(result.journey, { extra: result.file }) === text,
    'saving again changed the text',
  );
});

// Commands with hostile text. test/unit/model/commands-invariants.test.ts drives every command
// with small id pools; this drives the everyday ones with hostile text and checks what that test
// does not: every document along the way is a file the app can save and open unchanged.
const ID_POOL = ['t1', 't2', 't3', 'j-aware', 'j-convert', '__proto__', 'constructor'];
const poolId = fc.constantFrom(...ID_POOL);
const point = fc.record(
  { x: fc.integer({ min: -400, max: 3_600 }), y: fc.integer({ min: -100, max: 2_000 }) },
  { noNullPrototype: true },
);
const cap = (limit: number) => anyString.map((value) => value.slice(0, limit));
type Step = (doc: Journey) => Journey;
let pasteSeq = 0;

const step: fc.Arbitrary<Step> = fc.oneof(
  fc
    .record({
      id: poolId,
      position: point,
      title: cap(LIMITS.titleLength),
      notes: cap(LIMITS.notesLength),
      stage: fc.option(fc.constantFrom(...STAGE_IDS), { nil: undefined }),
    })
    .map(
      ({ stage, ...args }) =>
        (doc: Journey) =>
          addTactic(doc, { ...args, kind: 'aware.seo', ...(stage ? { stage } : {}) }),
    ),
  fc
    .record({
      id: poolId,
      title: cap(LIMITS.titleLength),
      notes: cap(LIMITS.notesLength),
      link: cap(LIMITS.linkLength),
      owner: cap(LIMITS.shortTextLength),
    })
    .map(
      ({ id, ...changes }) =>
        (doc: Journey) =>
          updateTactic(doc, { id, changes }),
    ),
  fc
    .record({ id: poolId, source: poolId, target: poolId, label: cap(LIMITS.titleLength) })
    .map((args) => (doc: Journey) => connectTactics(doc, args)),
  fc
    .record({ id: poolId, label: cap(LIMITS.titleLength) })
    .map((args) => (doc: Journey) => updateConnection(doc, args)),
  fc.array(poolId, { maxLength: 2 }).map((ids) => (doc: Journey) => removeTactics(doc, { ids })),
  fc
    .array(fc.record({ id: poolId, position: point }), { maxLength: 3 })
    .map((moves) => (doc: Journey) => moveTactics(doc, { moves })),
  cap(LIMITS.titleLength).map((title) => (doc: Journey) => renameJourney(doc, { title })),
  fc
    .record({ ids: fc.array(poolId, { maxLength: 3 }), anchor: point })
    .map(({ ids, anchor }) => (doc: Journey) => {
      const payload = parseClipboard(serializeClipboard(copyTactics(doc, ids)));
      check(payload !== null, 'a copy did not paste');
      return pasteTactics(doc, {
        payload,
        newIds: newIdsFor(payload, (prefix) => `${prefix}-p${++pasteSeq}`),
        anchor,
      });
    }),
);

export const commandSequences = fc.property(fc.array(step, { maxLength: 20 }), (steps) => {
  const start = createStarterJourney({ id: 'j', now: '2025-01-01T00:00:00.000Z' });
  const history: Journey[] = [start];
  const snapshots: string[] = [serializeJourneyFile(start)];
  for (const apply of steps) {
    const current = history.at(-1) as Journey;
    const next = apply(current);
    if (next === current) continue;
    check(
      validateJourney(next).ok,
      'a command made an invalid journey (ids, connection ends, stages, limits)',
    );
    for (const tactic of next.tactics)
      check(stageOfCard(tactic.position) === tactic.stage, `${tactic.id} sits outside its stage`);
    const text = serializeJourneyFile(next);
    const reopened = parseJourneyFile(text);
    check(
      reopened.ok && isDeepStrictEqual(reopened.journey, next),
      'a document made by commands did not survive save and open',
    );
    history.push(next);
    snapshots.push(text);
  }
  // Undo all: every document in the history is still exactly what it was when it was made.
  while (history.length > 0) {
    check(
      serializeJourneyFile(history.pop() as Journey) === snapshots.pop(),
      'undo found a changed document',
    );
  }
});

export interface FuzzTarget {
  name: string;
  property: fc.IPropertyWithHooks<[unknown]> | fc.IProperty<[unknown]>;
  /** Cases in `npm test`. */
  ciRuns: number;
  /** Cases in `npm run fuzz`. */
  fullRuns: number;
}

/** Everything `npm run fuzz` runs; the test files run the same properties at ciRuns. */
export const FUZZ_TARGETS: readonly FuzzTarget[] = [
  {
    name: 'parse: arbitrary strings',
    property: parseAnyText as FuzzTarget['property'],
    ciRuns: 1_000,
    fullRuns: 40_000,
  },
  {
    name: 'parse: arbitrary JSON values',
    property: parseAnyJson as FuzzTarget['property'],
    ciRuns: 800,
    fullRuns: 25_000,
  },
  {
    name: 'parse: mutated valid files',
    property: parseMutatedFiles as FuzzTarget['property'],
    ciRuns: 500,
    fullRuns: 20_000,
  },
  {
    name: 'serialize -> parse round trip',
    property: roundTrip as FuzzTarget['property'],
    ciRuns: 400,
    fullRuns: 15_000,
  },
  {
    name: 'serialize -> parse round trip, files of several journeys',
    property: roundTripSet as FuzzTarget['property'],
    ciRuns: 200,
    fullRuns: 8_000,
  },
  {
    name: 'command sequences (save, open, undo all)',
    property: commandSequences as FuzzTarget['property'],
    ciRuns: 150,
    fullRuns: 5_000,
  },
];
