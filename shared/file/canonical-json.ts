/**
 * How keys are ordered at one level of a document: `keys` first, in that order, then every
 * other key sorted by UTF-16 code units (never `localeCompare`: output must not depend on the
 * machine's locale). `fields` and `items` give the layout of nested objects and list entries;
 * anything without a layout is emitted with all keys sorted, at every depth.
 */
export interface Layout {
  keys?: readonly string[];
  fields?: Readonly<Record<string, Layout>>;
  items?: Layout;
}

const SORTED: Layout = {};

/**
 * JSON text identical in format to `JSON.stringify(value, null, 2)`, but with keys in layout
 * order. A writer of its own is needed because JS objects always list integer-like keys
 * ("1", "42") first, whatever order they were inserted in, so reordering an object and calling
 * JSON.stringify cannot give a stable order for such keys.
 */
export function toCanonicalJson(value: unknown, layout: Layout = SORTED): string {
  return emit(value, layout, '', new Set()) ?? 'null';
}

function emit(
  value: unknown,
  layout: Layout,
  indent: string,
  ancestors: Set<object>,
): string | undefined {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : 'null';
    case 'object':
      break;
    default:
      return undefined;
  }
  const withToJson = value as { toJSON?: () => unknown };
  if (typeof withToJson.toJSON === 'function') {
    return emit(withToJson.toJSON(), layout, indent, ancestors);
  }
  if (ancestors.has(value)) throw new TypeError('Cannot serialize a circular structure');
  ancestors.add(value);
  const inner = `${indent}  `;
  let lines: string[];
  if (Array.isArray(value)) {
    const items = layout.items ?? SORTED;
    lines = value.map((item: unknown) => inner + (emit(item, items, inner, ancestors) ?? 'null'));
  } else {
    const record = value as Record<string, unknown>;
    lines = [];
    for (const key of orderedKeys(Object.keys(record), layout.keys ?? [])) {
      const text = emit(record[key], fieldLayout(layout, key), inner, ancestors);
      if (text !== undefined) lines.push(`${inner}${JSON.stringify(key)}: ${text}`);
    }
  }
  ancestors.delete(value);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return lines.length === 0 ? open + close : `${open}\n${lines.join(',\n')}\n${indent}${close}`;
}

/**
 * The layout of field `key`. Own keys only: a file may hold any key, and `constructor` or
 * `toString` must not find Object.prototype's function and use it as a layout.
 */
function fieldLayout(layout: Layout, key: string): Layout {
  const fields = layout.fields;
  return fields !== undefined && Object.hasOwn(fields, key) ? (fields[key] ?? SORTED) : SORTED;
}

function orderedKeys(present: readonly string[], known: readonly string[]): string[] {
  const has = new Set(present);
  const knownSet = new Set(known);
  const rest = present
    .filter((key) => !knownSet.has(key))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return [...known.filter((key) => has.has(key)), ...rest];
}
