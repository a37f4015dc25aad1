import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  APP_NAME,
  APP_VERSION,
  parseJourneyFile,
  serializeJourneyFile,
} from '../../../shared/file';
import type { CvjFile } from '../../../shared/file';
import type { Journey, Tactic } from '../../../shared/model/types';
import { STAGE_IDS, TACTIC_STATUSES } from '../../../shared/model/types';
import { readFixture } from './fixtures';

function parsed(text: string) {
  const result = parseJourneyFile(text);
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

/** The same data with every object's keys in reverse order, at every depth. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, child]) => [key, reverseKeys(child)]),
  );
}

const tactic: Tactic = {
  id: 't1',
  stage: 'convert',
  kind: 'convert.demo',
  title: 'Demo',
  notes: '',
  position: { x: 1224, y: 156 },
  owner: 'Ana',
  status: 'planned',
  cost: 10,
  conversionRate: 20,
  link: 'https://example.com',
};

const journey: Journey = {
  id: 'j1',
  title: 'Journey',
  tactics: [tactic],
  connections: [],
  customTactics: [],
  meta: { createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' },
};

describe('serializeJourneyFile', () => {
  it('writes 2-space JSON with a trailing newline and stamps format, version and app', () => {
    const text = serializeJourneyFile(journey);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith('{\n  "format": "cvj",\n  "version": 2,\n  "app": {\n    "name"')).toBe(
      true,
    );
    // A file of one journey takes its title and dates.
    expect(JSON.parse(text)).toMatchObject({ title: 'Journey', meta: journey.meta, journeys: [{ id: 'j1' }] });
    expect(JSON.parse(text).app).toEqual({ name: APP_NAME, version: APP_VERSION });
  });

  it('gives identical bytes when run twice, and when re-serializing its own output', () => {
    const full = parsed(readFixture('v1/full.cvj'));
    const once = serializeJourneyFile(full.journey, { extra: full.file });
    expect(serializeJourneyFile(full.journey, { extra: full.file })).toBe(once);
    const again = parsed(once);
    expect(serializeJourneyFile(again.journey, { extra: again.file })).toBe(once);
  });

  it('writes the same bytes whatever order the keys came in', () => {
    const text = readFixture('v1/full.cvj');
    const shuffled = parsed(JSON.stringify(reverseKeys(JSON.parse(text))));
    const canonical = parsed(text);
    expect(serializeJourneyFile(shuffled.journey, { extra: shuffled.file })).toBe(
      serializeJourneyFile(canonical.journey, { extra: canonical.file }),
    );
  });

  it('orders known keys as documented, then unknown keys sorted', () => {
    const extraKeys = {
      'x-b': 1,
      '10': 'ten',
      'x-a': { z: 1, a: 2, '2': 3, '10': 4 },
      '9': 'nine',
    };
    const input = { ...(reverseKeys(tactic) as Tactic), ...extraKeys };
    const out = JSON.parse(serializeJourneyFile({ ...journey, tactics: [input] })) as CvjFile;
    const [only] = out.journeys;
    const keysInText = (text: string) => [...text.matchAll(/^ {10}"([^"]+)":/gm)].map((m) => m[1]);
    expect(keysInText(serializeJourneyFile({ ...journey, tactics: [input] }))).toEqual([
      ...[
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
      ],
      ...['10', '9', 'x-a', 'x-b'],
    ]);
    // Nested unknown objects are sorted too, integer-like keys by text like every other key.
    expect(serializeJourneyFile({ ...journey, tactics: [input] })).toContain(
      '"x-a": {\n            "10": 4,\n            "2": 3,\n            "a": 2,\n            "z": 1\n          },',
    );
    expect(only!.tactics[0]).toMatchObject(extraKeys);
  });

  it('omits optional fields that are absent or undefined', () => {
    const bare = {
      ...tactic,
      owner: undefined,
      status: undefined,
      cost: undefined,
      conversionRate: undefined,
      link: undefined,
    };
    const out = JSON.parse(serializeJourneyFile({ ...journey, tactics: [bare] })) as CvjFile;
    expect(Object.keys(out.journeys[0]!.tactics[0]!)).toEqual([
      'id',
      'stage',
      'kind',
      'title',
      'notes',
      'position',
    ]);
  });

  it('carries unknown envelope and app keys from extra, but writes its own identity and journeys', () => {
    const extra = {
      format: 'cvj',
      version: 2,
      app: { name: 'Other tool', version: '9.9.9', 'x-build': 'b' },
      title: 'stale',
      journeys: [{ ...journey, title: 'stale' }, { ...journey, id: 'j2' }],
      'x-future': true,
    } as unknown as CvjFile;
    const out = JSON.parse(serializeJourneyFile(journey, { extra })) as Record<string, unknown>;
    expect(out).toMatchObject({
      'x-future': true,
      app: { name: APP_NAME, version: APP_VERSION, 'x-build': 'b' },
    });
    expect(out.title).toBe('Journey');
    expect((out.journeys as Journey[]).map((j) => [j.id, j.title])).toEqual([['j1', 'Journey']]);
  });

  it('formats exactly like JSON.stringify(value, null, 2) once keys are in canonical order', () => {
    const text = readFixture('v2/full.cvj');
    expect(JSON.stringify(JSON.parse(text), null, 2) + '\n').toBe(text);
  });

  it('refuses circular data instead of overflowing the stack', () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => serializeJourneyFile({ ...journey, ...{ 'x-loop': loop } })).toThrow(TypeError);
  });
});

describe('round trip of generated journeys', () => {
  const text = fc.string({ maxLength: 30, unit: 'binary' });
  const number = (min: number, max: number) =>
    fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
  const tacticArb = fc.record(
    {
      stage: fc.constantFrom(...STAGE_IDS),
      kind: fc.string({ minLength: 1, maxLength: 20 }),
      title: text,
      notes: text,
      position: fc.record({ x: number(-1e6, 1e6), y: number(-1e6, 1e6) }),
      owner: text,
      status: fc.constantFrom(...TACTIC_STATUSES),
      cost: number(0, 1e9),
      conversionRate: number(0, 100),
      link: text,
      // "__proto__" keys are dropped on purpose (see parse-errors.test.ts), so none here.
      'x-extra': fc
        .jsonValue({ maxDepth: 3 })
        .filter((value) => !JSON.stringify(value).includes('"__proto__"')),
    },
    { requiredKeys: ['stage', 'kind', 'title', 'notes', 'position'] },
  );
  const journeyArb = fc.array(tacticArb, { maxLength: 8 }).chain((drafts) => {
    const tactics = drafts.map((draft, index) => ({ id: `t${index}`, ...draft }));
    const end = () => fc.nat(tactics.length - 1);
    const pair = () => fc.tuple(end(), end(), fc.option(text, { nil: undefined }));
    const pairs = tactics.length < 2 ? fc.constant([]) : fc.array(pair(), { maxLength: 8 });
    return pairs.map((list) => ({
      id: 'j',
      title: 'Generated',
      tactics,
      connections: list
        .filter(([source, target]) => source !== target)
        .map(([source, target, label], index) => ({
          id: `c${index}`,
          source: `t${source}`,
          target: `t${target}`,
          label,
        })),
      customTactics: [],
      meta: { createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z' },
    }));
  });

  it('parse(serialize(journey)) gives the journey back and serializing again changes nothing', () => {
    fc.assert(
      fc.property(journeyArb, (generated) => {
        const once = serializeJourneyFile(generated as Journey);
        const back = parsed(once);
        // JSON has one zero; -0 comes back as 0, which is what the file means anyway.
        expect(back.journey).toEqual(JSON.parse(JSON.stringify(generated)));
        expect(serializeJourneyFile(back.journey, { extra: back.file })).toBe(once);
      }),
      { numRuns: 200 },
    );
  });
});
