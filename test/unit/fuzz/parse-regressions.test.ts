import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJourneyFile, serializeJourneyFile, validateJourney } from '../../../shared/file';
import { MAX_MESSAGE_LENGTH } from './properties';

/**
 * Bugs the fuzzer found in shared/file, each kept as a plain test so it never comes back
 * whatever seed a later run draws. Found and fixed together with test/unit/fuzz/properties.ts.
 */

const STARTER = readFileSync(new URL('../../fixtures/v1/starter.cvj', import.meta.url), 'utf8');

type Loose = { [key: string]: unknown };

function starter(): Loose & { journey: Loose & { tactics: Loose[] } } {
  return JSON.parse(STARTER);
}

function refusal(text: string) {
  const result = parseJourneyFile(text);
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

describe('a value nested thousands deep where a number belongs (was a stack overflow)', () => {
  it('is told as a wrong version, not as an internal failure', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const error = refusal(`{"format":"cvj","version":${deep}}`);
    expect(error).toEqual({
      code: 'invalid',
      message:
        'The file is invalid at version: must be a whole number from 1 up (found a list of 1 item).',
      path: 'version',
    });
  });
});

describe('huge values are quoted cut short (were copied whole into the message)', () => {
  it.each([
    [
      'format',
      (file: ReturnType<typeof starter>) => (file['format'] = 'f'.repeat(5_000_000)),
      'format',
    ],
    [
      'version',
      (file: ReturnType<typeof starter>) => (file['version'] = 'v'.repeat(1_000_000)),
      'version',
    ],
    [
      'a stage',
      (file: ReturnType<typeof starter>) =>
        ((file.journey.tactics[0] as Record<string, unknown>)['stage'] = 's'.repeat(5_000_000)),
      'journey.tactics[0].stage',
    ],
    [
      'a date',
      (file: ReturnType<typeof starter>) =>
        ((file.journey['meta'] as Record<string, unknown>)['createdAt'] = '2'.repeat(3_000_000)),
      'journey.meta.createdAt',
    ],
  ])('%s of millions of characters', (_name, edit, path) => {
    const file = starter();
    edit(file);
    const error = refusal(JSON.stringify(file));
    expect(error.path).toBe(path);
    expect(error.message.length).toBeLessThan(MAX_MESSAGE_LENGTH);
    expect(error.message).toMatch(/…" \(\d+ characters\)/);
    for (const detail of error.details ?? [])
      expect(detail.length).toBeLessThan(MAX_MESSAGE_LENGTH);
  });

  it('keeps short values whole, and shows direction overrides as escapes', () => {
    const file = starter();
    file.journey.tactics[0]!['stage'] = 'aware\u202Eexe';
    expect(refusal(JSON.stringify(file)).message).toContain(
      '"aware\\u202eexe" is not one of the eight stages',
    );
  });
});

describe('nesting past the limit is refused with the JSON path (had none)', () => {
  it('in a file', () => {
    const file = starter();
    file.journey.tactics[1]!['x-extra'] = JSON.parse(`${'{"a":'.repeat(150)}1${'}'.repeat(150)}`);
    const error = refusal(JSON.stringify(file));
    expect(error.message).toBe(
      'The file is invalid: it is nested more than 100 levels deep, which no journey is.',
    );
    expect(error.path).toBe('journey.tactics[1]["x-extra"].a.a.a.a.a.a.a.a');
    expect(error.details).toEqual([`${error.path}: it is nested more than 100 levels deep`]);
  });

  it('in a journey checked before saving', () => {
    const journey = starter().journey;
    journey['x-loop'] = journey;
    const result = validateJourney(journey);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.path).toMatch(/^journey(?:\["x-loop"\]){12}$/);
  });

  it('cuts very long keys in the path', () => {
    const file = starter();
    file.journey[`k${'y'.repeat(10_000)}`] = JSON.parse(`${'['.repeat(120)}${']'.repeat(120)}`);
    const { path } = refusal(JSON.stringify(file));
    expect(path).toMatch(/^journey\["ky{59}…"\]\[0\]/);
    expect(path?.length).toBeLessThan(200);
  });
});

describe('a field named "constructor" (opened, then every save threw)', () => {
  it.each([
    [
      'on the file',
      (file: ReturnType<typeof starter>) =>
        Reflect.set(file, 'constructor', { from: 'another tool' }),
    ],
    [
      'on the journey',
      (file: ReturnType<typeof starter>) => Reflect.set(file.journey, 'constructor', { a: [1] }),
    ],
    [
      'on a tactic',
      (file: ReturnType<typeof starter>) => (file.journey.tactics[0]!['constructor'] = { b: true }),
    ],
    [
      '"toString" on a tactic',
      (file: ReturnType<typeof starter>) => (file.journey.tactics[0]!['toString'] = { c: 1 }),
    ],
  ])('%s saves and opens again with the field kept', (_name, edit) => {
    const file = starter();
    edit(file);
    const opened = parseJourneyFile(JSON.stringify(file));
    if (!opened.ok) throw new Error(opened.error.message);
    const saved = serializeJourneyFile(opened.journey, { extra: opened.file });
    const reopened = parseJourneyFile(saved);
    expect(reopened.ok && reopened.file).toEqual(opened.file);
  });
});

describe('an object with an odd "length" where text or a list belongs (threw inside zod)', () => {
  // zod ran the length checks of a field on any value with a `length`; comparing a `length` that
  // cannot become a number threw "Cannot convert object to primitive value", and the user got
  // "CVJ Studio could not read this file" instead of the field at fault. Found by `npm run fuzz`.
  const odd = { length: { toString: null, valueOf: null } };
  it.each([
    [
      'the journey id',
      (file: ReturnType<typeof starter>) => (file.journey['id'] = odd),
      'journey.id',
      'must be text (found an object)',
    ],
    [
      'a title',
      (file: ReturnType<typeof starter>) => (file.journey.tactics[0]!['title'] = odd),
      'journey.tactics[0].title',
      'must be text (found an object)',
    ],
    [
      'the tactics',
      (file: ReturnType<typeof starter>) => (file.journey['tactics'] = odd as never),
      'journey.tactics',
      'must be a list (found an object)',
    ],
    [
      'the connections',
      (file: ReturnType<typeof starter>) =>
        (file.journey['connections'] = { length: { toString: 1 } }),
      'journey.connections',
      'must be a list (found an object)',
    ],
  ])('%s', (_name, edit, path, reason) => {
    const file = starter();
    edit(file);
    const error = refusal(JSON.stringify(file));
    expect(error.path).toBe(path);
    expect(error.message).toBe(
      `The journey is invalid at ${path.replace(/^journey\./, '')}: ${reason}.`,
    );
  });

  it('in text pasted from the clipboard, and in IPC payloads', async () => {
    const { copyTactics } = await import('../../../shared/model/commands/clipboard');
    const { parseClipboard } = await import('../../../shared/model/commands/clipboardSchema');
    const copied = copyTactics(starter().journey as never, []);
    const text = JSON.stringify({ ...copied, tactics: [{ id: odd }], connections: odd });
    expect(parseClipboard(text)).toBeNull();
    const { DroppedPathSchema } = await import('../../../shared/ipc/contract');
    const { ExternalUrlSchema } = await import('../../../shared/ipc/contract');
    expect(ExternalUrlSchema.safeParse({ length: { toString: null } }).success).toBe(false);
    expect(DroppedPathSchema.safeParse({ length: { toString: null } }).success).toBe(false);
  });
});
