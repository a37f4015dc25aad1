import { normalizeText, XML_ILLEGAL } from './text-normalize';

/**
 * The only way text reaches the SVG. Every user string passes through `escapeXml` (text and
 * attribute values alike); tag and attribute names are constants of this module's callers and
 * are checked, so nothing a user typed can become markup, an attribute, a style or a url().
 */

/* eslint-disable no-control-regex -- these patterns exist to find control characters */
/** Anything `escapeXml` changes: markup characters, what `XML_ILLEGAL` drops, surrogates. */
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;
/* eslint-enable no-control-regex */

/** Escapes `& < > "` and drops characters XML 1.0 cannot represent at all. */
export function escapeXml(value: string): string {
  // Most values (colours, numbers, class names, plain titles) need nothing: one test, no copies.
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value
    .replace(XML_ILLEGAL, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** User text for a `<title>` / `<desc>`: normalised like card text, then escaped. */
export function escapeText(value: string): string {
  return escapeXml(normalizeText(value));
}

/** Numbers as the SVG writes them: at most two decimals, no trailing zeros, never `-0`. */
export function num(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) || rounded === 0 ? '0' : String(rounded);
}

export type AttrValue = string | number | undefined;
export type Attrs = Readonly<Record<string, AttrValue>>;

const NAME = /^[a-zA-Z][a-zA-Z0-9:-]*$/;
/** Names already checked: the callers' few constants, each tested once. */
const checkedNames = new Set<string>();

function checkName(name: string, what: string): void {
  if (checkedNames.has(name)) return;
  if (!NAME.test(name)) throw new Error(`Bad ${what} name: ${name}`);
  checkedNames.add(name);
}

/** Appends ` name="value"` for each attribute (skipping undefined values) to `out`. */
function pushAttributes(out: string[], attrs: Attrs): void {
  for (const name of Object.keys(attrs)) {
    const value = attrs[name];
    if (value === undefined) continue;
    checkName(name, 'attribute');
    out.push(' ', name, '="', typeof value === 'number' ? num(value) : escapeXml(value), '"');
  }
}

/**
 * An element; `children` is markup made by these helpers (or omitted for an empty element).
 * Built with one join, which makes a flat string: a big document holds thousands of elements,
 * and a tree of concatenations for each would cost the garbage collector far more.
 */
export function el(tag: string, attrs: Attrs = {}, children?: string): string {
  checkName(tag, 'tag');
  const out = ['<', tag];
  pushAttributes(out, attrs);
  if (children === undefined || children === '') out.push('/>');
  else out.push('>', children, '</', tag, '>');
  return out.join('');
}

/**
 * The start tag of an element whose (non-empty) content the caller adds piece by piece, then
 * `</tag>`: `el` for content too big to build as one string first.
 */
export function startTag(tag: string, attrs: Attrs = {}): string {
  checkName(tag, 'tag');
  const out = ['<', tag];
  pushAttributes(out, attrs);
  out.push('>');
  return out.join('');
}

/** An element holding text: the text is escaped here. */
export function textEl(tag: string, attrs: Attrs, text: string): string {
  return el(tag, attrs, escapeXml(text));
}
