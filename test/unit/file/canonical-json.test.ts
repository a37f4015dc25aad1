import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCanonicalJson, type Layout } from '../../../shared/file/canonical-json';

/**
 * The canonical text written the plain way, value by value: the behaviour toCanonicalJson must
 * keep whatever shortcut it takes (it hands objects already in order, or copies of them put in
 * order, to JSON.stringify).
 */
function reference(value: unknown, layout: Layout, indent = ''): string | undefined {
  if (value === null) return 'null';
  if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : 'null';
  if (typeof value !== 'object') return undefined;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = Array.from({ length: value.length }, (_, i) =>
      i in value ? inner + (reference(value[i], layout.items ?? {}, inner) ?? 'null') : '',
    );
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  const known = layout.keys ?? [];
  const ordered = [
    ...known.filter((key) => keys.includes(key)),
    ...keys.filter((key) => !known.includes(key)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
  ];
  const fields = layout.fields ?? {};
  const parts = ordered.flatMap((key) => {
    const text = reference(
      record[key],
      Object.hasOwn(fields, key) ? (fields[key] ?? {}) : {},
      inner,
    );
    return text === undefined ? [] : [`${inner}${JSON.stringify(key)}: ${text}`];
  });
  return parts.length > 0 ? `{\n${parts.join(',\n')}\n${indent}}` : '{}';
}

const CARD: Layout = {
  keys: ['id', 'stage', 'title', 'position'],
  fields: { position: { keys: ['x', 'y'] } },
};
const LAYOUT: Layout = {
  keys: ['format', 'cards', 'meta'],
  fields: { cards: { items: CARD }, meta: { keys: ['b', 'a'] } },
};

/** Objects built key by key in the generated order (own "__proto__" included), at any depth. */
const { value } = fc.letrec<{ value: unknown; object: Record<string, unknown> }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string({ maxLength: 6 }),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.constant(() => 1),
    tie('object'),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.sparseArray(tie('value'), { maxLength: 4 }),
  ),
  object: fc
    .array(
      fc.tuple(
        fc.constantFrom(
          'id',
          'stage',
          'title',
          'position',
          'x',
          'y',
          'a',
          'b',
          'cards',
          'meta',
          'format',
          '0',
          '7',
          '42',
          '__proto__',
          'Z',
          'é',
        ),
        tie('value'),
      ),
      { maxLength: 6 },
    )
    .map((entries) => {
      const object: Record<string, unknown> = {};
      for (const [key, v] of entries)
        Object.defineProperty(object, key, {
          value: v,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      return object;
    }),
}));

describe('toCanonicalJson', () => {
  it('writes what the plain writer writes, whatever order keys were added in and whatever they hold', () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(toCanonicalJson(v, LAYOUT)).toBe(reference(v, LAYOUT) ?? 'null');
      }),
      { numRuns: 2000 },
    );
  });

  it('puts the keys of cards edited by spreading them ({ ...card, owner }) in layout order', () => {
    const card = { id: 't1', stage: 'aware', title: 'Blog', position: { x: 1, y: 2 } };
    const edited = { ...card, position: { y: 5, x: 3 }, owner: 'Ana', title: 'Blog post' };
    const doc = {
      meta: { a: 1, b: 2 },
      cards: [card, edited, { title: 'Z', 42: 'n', id: 't3' }],
      format: 'cvj',
    };
    const text = toCanonicalJson(doc, LAYOUT);
    expect(text).toBe(reference(doc, LAYOUT));
    expect(text.indexOf('"format"')).toBeLessThan(text.indexOf('"cards"'));
    expect(text).toContain(
      '"id": "t1",\n      "stage": "aware",\n      "title": "Blog post",\n      "position": {\n        "x": 3,\n        "y": 5\n      },\n      "owner": "Ana"',
    );
    expect(text).toContain('"meta": {\n    "b": 2,\n    "a": 1\n  }');
    // An integer-like key sorts as a string among the others, not first as objects list it.
    expect(text).toContain('"id": "t3",\n      "title": "Z",\n      "42": "n"');
  });

  it('leaves the values it was given untouched', () => {
    const doc = { cards: [{ title: 'B', id: 'x' }], format: 'cvj' };
    const before = JSON.stringify(doc);
    toCanonicalJson(doc, LAYOUT);
    expect(JSON.stringify(doc)).toBe(before);
    expect(Object.keys(doc.cards[0]!)).toEqual(['title', 'id']);
  });
});
