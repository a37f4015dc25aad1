/**
 * What user text becomes before it is measured, laid out or written into XML: whitespace
 * collapses like CSS `white-space: normal` (runs of spaces, tabs and newlines become one space,
 * and leading and trailing spaces go), and characters XML cannot carry and other control
 * characters are dropped.
 */

/* eslint-disable no-control-regex -- these patterns exist to find control characters */
/** Characters XML 1.0 cannot hold at all (not even as references), and lone surrogates. */
export const XML_ILLEGAL =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const OTHER_CONTROLS = /[\u007f-\u009f]/g;
const COLLAPSIBLE = /[ \t\n\r\f\u000b\u2028\u2029]+/g;
/** Anything `COLLAPSIBLE`, `XML_ILLEGAL` or `OTHER_CONTROLS` may change (any surrogate: simpler). */
const UNUSUAL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ud800-\udfff\ufffe\uffff]| {2}/;
/* eslint-enable no-control-regex */

/**
 * What a line of user text becomes before layout: characters XML cannot carry and control
 * characters dropped, whitespace collapsed as CSS does, ends trimmed.
 */
export function normalizeText(text: string): string {
  // Without any character the replacements below act on (nor two spaces in a row), only the
  // trimming is left to do.
  if (!UNUSUAL.test(text)) return text.trim();
  return text.replace(COLLAPSIBLE, ' ').replace(XML_ILLEGAL, '').replace(OTHER_CONTROLS, '').trim();
}
