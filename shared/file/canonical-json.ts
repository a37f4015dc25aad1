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
  const state: State = { out: [], ancestors: new Set(), native: new Map() };
  if (isObject(value)) markNative(value, layout, state);
  // The text is collected in pieces and joined once: no level of the document is joined into a
  // string only to be copied again into its parent's.
  return write(value, layout, '', state) ? state.out.join('') : 'null';
}

interface State {
  out: string[];
  ancestors: Set<object>;
  /**
   * Objects and arrays whose canonical text under the layout they are mapped to is
   * JSON.stringify's text of their `twin` (a native call, far cheaper than writing it piece by
   * piece): the object itself when it is already in canonical order, else a copy with its keys
   * put in order (see markNative).
   */
  native: Map<object, { layout: Layout; twin: object }>;
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

/** Appends `value` to `out`; false, appending nothing, for what JSON leaves out (functions, …). */
function write(value: unknown, layout: Layout, indent: string, state: State): boolean {
  const { out, ancestors } = state;
  if (value === null) {
    out.push('null');
    return true;
  }
  switch (typeof value) {
    case 'string':
    case 'boolean':
      out.push(JSON.stringify(value));
      return true;
    case 'number':
      out.push(Number.isFinite(value) ? JSON.stringify(value) : 'null');
      return true;
    case 'object':
      break;
    default:
      return false;
  }
  const withToJson = value as { toJSON?: () => unknown };
  if (typeof withToJson.toJSON === 'function') {
    return write(withToJson.toJSON(), layout, indent, state);
  }
  const known = state.native.get(value);
  if (known !== undefined && known.layout === layout) {
    const text = JSON.stringify(known.twin, null, 2);
    // JSON strings hold no raw line breaks: every one is between values, to be indented.
    out.push(indent === '' ? text : text.replace(/\n/g, `\n${indent}`));
    return true;
  }
  if (ancestors.has(value)) throw new TypeError('Cannot serialize a circular structure');
  ancestors.add(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    const items = layout.items ?? SORTED;
    const list = value as unknown[];
    if (list.length === 0) {
      out.push('[]');
    } else {
      out.push('[\n');
      for (let i = 0; i < list.length; i++) {
        if (i > 0) out.push(',\n');
        // A hole in a sparse array is an empty line, as `map` and `join` make it.
        if (!(i in list)) continue;
        out.push(inner);
        if (!write(list[i], items, inner, state)) out.push('null');
      }
      out.push(`\n${indent}]`);
    }
  } else {
    const record = value as Record<string, unknown>;
    let written = 0;
    out.push('{');
    for (const key of orderedKeys(Object.keys(record), layout.keys ?? [])) {
      const mark = out.length;
      out.push(written > 0 ? ',\n' : '\n', inner, JSON.stringify(key), ': ');
      if (write(record[key], fieldLayout(layout, key), inner, state)) written++;
      else out.length = mark; // nothing to write: take the key back
    }
    out.push(written > 0 ? `\n${indent}}` : '}');
  }
  ancestors.delete(value);
  return true;
}

/** What JSON.stringify cannot be given in place of the canonical writer (see markNative). */
const NOT_NATIVE = Symbol('not native');

/**
 * Records in `state.native` every object or array under `value` (itself included) whose
 * canonical text JSON.stringify(_, null, 2) can give: plain objects and arrays without holes,
 * holding only such objects, strings, numbers, booleans, null and what both writers leave out
 * alike (undefined, functions, symbols). Not bigints (which JSON.stringify refuses), objects
 * with toJSON (called with a key argument there), other prototypes (boxed primitives are
 * unwrapped there) or cycles (left to `write`'s error). An object whose keys are out of layout
 * order (a card edited by a command that spread it: `{ ...tactic, owner }`), or that holds such
 * an object, is given a twin: a copy in layout order. Not when it has integer-like keys, which
 * every object lists first whatever their order (the reason this writer exists).
 * Returns `value`'s twin (`value` itself when it is in order), or NOT_NATIVE.
 */
function markNative(value: object, layout: Layout, state: State): object | typeof NOT_NATIVE {
  const known = state.native.get(value);
  if (known !== undefined) return known.layout === layout ? known.twin : NOT_NATIVE;
  if (state.ancestors.has(value)) return NOT_NATIVE;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return NOT_NATIVE;
  state.ancestors.add(value);
  let ok = true;
  // Whether the twin differs from `value`: a key out of order, or a value that has a twin.
  let copied = false;
  let twin: object = value;
  if (Array.isArray(value)) {
    const list = value as unknown[];
    const items = layout.items ?? SORTED;
    for (let i = 0; i < list.length; i++) {
      const item = i in list ? nativeValue(list[i], items, state) : NOT_NATIVE;
      if (item === NOT_NATIVE) ok = false;
      else if (item !== list[i]) copied = true;
    }
    if (ok && copied) twin = list.map((item) => twinOf(item, state));
  } else {
    const proto: unknown = Object.getPrototypeOf(value);
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    const inOrder = inLayoutOrder(keys, layout.keys ?? []);
    ok = (proto === Object.prototype || proto === null) && (inOrder || !keys.some(isIntegerLike));
    copied = !inOrder;
    for (const key of keys) {
      const field = nativeValue(record[key], fieldLayout(layout, key), state);
      if (field === NOT_NATIVE) ok = false;
      else if (field !== record[key]) copied = true;
    }
    if (ok && copied) {
      // No prototype: a key "__proto__" is then a key like any other.
      const copy = Object.create(null) as Record<string, unknown>;
      for (const key of inOrder ? keys : orderedKeys(keys, layout.keys ?? []))
        copy[key] = twinOf(record[key], state);
      twin = copy;
    }
  }
  state.ancestors.delete(value);
  if (!ok) return NOT_NATIVE;
  state.native.set(value, { layout, twin });
  return twin;
}

function nativeValue(value: unknown, layout: Layout, state: State): unknown {
  if (isObject(value)) return markNative(value, layout, state);
  return typeof value === 'bigint' ? NOT_NATIVE : value;
}

/** A value found native by markNative, as its twin holds it. */
function twinOf(value: unknown, state: State): unknown {
  return isObject(value) ? state.native.get(value)!.twin : value;
}

/** Keys every object lists first, in numeric order: array indexes ("0", "42"). */
function isIntegerLike(key: string): boolean {
  return /^(?:0|[1-9]\d*)$/.test(key) && Number(key) < 2 ** 32 - 1;
}

/**
 * The layout of field `key`. Own keys only: a file may hold any key, and `constructor` or
 * `toString` must not find Object.prototype's function and use it as a layout.
 */
function fieldLayout(layout: Layout, key: string): Layout {
  const fields = layout.fields;
  return fields !== undefined && Object.hasOwn(fields, key) ? (fields[key] ?? SORTED) : SORTED;
}

/** Position of each key in a layout's `keys`. */
const knownIndexes = new WeakMap<readonly string[], ReadonlyMap<string, number>>();

function indexesOf(known: readonly string[]): ReadonlyMap<string, number> {
  let indexes = knownIndexes.get(known);
  if (!indexes) knownIndexes.set(known, (indexes = new Map(known.map((key, i) => [key, i]))));
  return indexes;
}

function orderedKeys(present: readonly string[], known: readonly string[]): string[] {
  const knownSet = indexesOf(known);
  const has = new Set(present);
  const rest = present
    .filter((key) => !knownSet.has(key))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const ordered = known.filter((key) => has.has(key));
  return rest.length === 0 ? ordered : [...ordered, ...rest];
}

/** Whether `keys` are already in the order `orderedKeys` puts them in. */
function inLayoutOrder(keys: readonly string[], known: readonly string[]): boolean {
  const indexes = indexesOf(known);
  let lastKnown = -1;
  let lastOther: string | undefined;
  for (const key of keys) {
    const index = indexes.get(key);
    if (index !== undefined) {
      if (lastOther !== undefined || index < lastKnown) return false;
      lastKnown = index;
    } else {
      if (lastOther !== undefined && !(lastOther < key)) return false;
      lastOther = key;
    }
  }
  return true;
}
