import { normalizeText, XML_ILLEGAL } from './text-layout';

/**
 * The only way text reaches the SVG. Every user string passes through `escapeXml` (text and
 * attribute values alike); tag and attribute names are constants of this module's callers and
 * are checked, so nothing a user typed can become markup, an attribute, a style or a url().
 */

/** Escapes `& < > "` and drops characters XML 1.0 cannot represent at all. */
export function escapeXml(value: string): string {
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

function attributes(attrs: Attrs): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined) continue;
    if (!NAME.test(name)) throw new Error(`Bad attribute name: ${name}`);
    out += ` ${name}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`;
  }
  return out;
}

/** An element; `children` is markup made by these helpers (or omitted for an empty element). */
export function el(tag: string, attrs: Attrs = {}, children?: string): string {
  if (!NAME.test(tag)) throw new Error(`Bad tag name: ${tag}`);
  return children === undefined || children === ''
    ? `<${tag}${attributes(attrs)}/>`
    : `<${tag}${attributes(attrs)}>${children}</${tag}>`;
}

/** An element holding text: the text is escaped here. */
export function textEl(tag: string, attrs: Attrs, text: string): string {
  return el(tag, attrs, escapeXml(text));
}
