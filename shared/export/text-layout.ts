import {
  ASCENDER,
  COVERED_RANGES,
  DESCENDER,
  FACES,
  UNITS_PER_EM,
  WIDTH_BASE,
  WIDTH_DIGITS,
  type FaceName,
} from './font-metrics';

/**
 * Text measurement and line breaking from the shipped font's real advance widths, shared by the
 * canvas and the SVG/PNG exporter: both draw the lines this module returns (never the browser's
 * own wrapping), so a card title breaks in exactly the same places on screen, in an SVG opened
 * in Inkscape and in a PNG made by resvg.
 *
 * Deliberately simple and deterministic:
 * - Widths are kerning-free sums of advances. Kerning only ever tightens Inter's text, so a line
 *   measured here never overflows when a renderer kerns it.
 * - Whitespace collapses like CSS `white-space: normal`: runs of spaces, tabs and newlines become
 *   one space, and leading and trailing spaces go.
 * - Lines break after spaces, after hyphens and dashes, and around CJK characters and emoji; a
 *   word wider than the line is broken between graphemes (CSS `overflow-wrap: anywhere`).
 * - With `maxLines`, the last kept line ends in an ellipsis, dropping graphemes until it fits
 *   (what `-webkit-line-clamp` does).
 * Code points the font cannot draw (emoji, CJK, …) are measured with fallback widths: the
 * renderer's fallback font decides their real width, so such text may end up slightly shorter
 * or longer than measured, but it still breaks in the same places everywhere.
 */

export const ELLIPSIS = '\u2026';

export interface TextStyle {
  /** Pixels. */
  fontSize: number;
  /** CSS weight; the shipped faces are 400, 600, 700 and 500 italic. Default 400. */
  fontWeight?: number;
  fontStyle?: 'normal' | 'italic';
}

export interface LayoutOptions extends TextStyle {
  /** Pixels available for a line. */
  maxWidth: number;
  /** Lines kept at most; the last kept line gets an ellipsis when text is left over. */
  maxLines?: number;
  /** `nowrap`: one line, cut with an ellipsis when too wide (CSS `text-overflow: ellipsis`). */
  whiteSpace?: 'normal' | 'nowrap';
}

export interface TextLayout {
  lines: string[];
  /** Width in pixels of each line, as measured here. */
  widths: number[];
  /** True when text was left out (and an ellipsis shown). */
  truncated: boolean;
}

/** The shipped face CSS font matching picks for a weight and style. */
export function faceFor(style: Pick<TextStyle, 'fontWeight' | 'fontStyle'>): FaceName {
  if (style.fontStyle === 'italic') return 'mediumItalic';
  const weight = style.fontWeight ?? 400;
  // CSS font matching with faces at 400, 600 and 700: up to 500 prefers lighter faces.
  if (weight <= 500) return 'regular';
  if (weight <= 600) return 'semibold';
  return 'bold';
}

// ---------------------------------------------------------------------------------------------
// Widths

const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const ZERO_WIDTH = /[\p{M}\p{Cf}\p{Cc}]/u;
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;
/** Fallback advances in ems for what Inter cannot draw. */
const WIDE_EM = 1;
const EMOJI_EM = 1.25;

const tables = new Map<FaceName, Int32Array[]>();

function tableFor(face: FaceName): Int32Array[] {
  let table = tables.get(face);
  if (!table) {
    table = FACES[face].widths.map((encoded) => {
      const out = new Int32Array(encoded.length / WIDTH_DIGITS);
      for (let i = 0; i < out.length; i++) {
        out[i] = parseInt(encoded.slice(i * WIDTH_DIGITS, (i + 1) * WIDTH_DIGITS), WIDTH_BASE);
      }
      return out;
    });
    tables.set(face, table);
  }
  return table;
}

/** Advance of one code point in font units, or undefined when the font has no glyph for it. */
function advance(face: FaceName, codePoint: number): number | undefined {
  const table = tableFor(face);
  for (let r = 0; r < COVERED_RANGES.length; r++) {
    const [start, end] = COVERED_RANGES[r]!;
    if (codePoint < start) return undefined;
    if (codePoint <= end) {
      const width = table[r]![codePoint - start]!;
      return width === 0 ? undefined : width;
    }
  }
  return undefined;
}

const widthCache = new Map<FaceName, Map<string, number>>();

/** Width of one grapheme cluster in font units (memoised: titles reuse few graphemes). */
function graphemeUnits(face: FaceName, grapheme: string): number {
  let cache = widthCache.get(face);
  if (!cache) widthCache.set(face, (cache = new Map()));
  let units = cache.get(grapheme);
  if (units === undefined) {
    units = computeGraphemeUnits(face, grapheme);
    if (cache.size < 10_000) cache.set(grapheme, units);
  }
  return units;
}

function computeGraphemeUnits(face: FaceName, grapheme: string): number {
  if (EMOJI.test(grapheme) && !/^[\d#*]$/.test(grapheme)) {
    // A whole emoji sequence (ZWJ, skin tones, flags) is one glyph of the emoji font.
    const single = grapheme.codePointAt(0)!;
    const inFont = grapheme.length <= 2 ? advance(face, single) : undefined;
    return inFont ?? EMOJI_EM * UNITS_PER_EM;
  }
  let units = 0;
  for (const char of grapheme) {
    const cp = char.codePointAt(0)!;
    const known = advance(face, cp);
    if (known !== undefined) units += known;
    else if (ZERO_WIDTH.test(char)) units += 0;
    else if (WIDE.test(char)) units += WIDE_EM * UNITS_PER_EM;
    else units += FACES[face].average;
  }
  return units;
}

function toPx(units: number, fontSize: number): number {
  return (units * fontSize) / UNITS_PER_EM;
}

/** Width of `text` in pixels, as laid out (no collapsing or wrapping). */
export function measureText(text: string, style: TextStyle): number {
  const face = faceFor(style);
  let units = 0;
  for (const g of graphemes(text)) units += graphemeUnits(face, g);
  return toPx(units, style.fontSize);
}

// ---------------------------------------------------------------------------------------------
// Graphemes and normalisation

type Segmenter = { segment(text: string): Iterable<{ segment: string }> };
let segmenter: Segmenter | null | undefined;

/**
 * Whether a UTF-16 code unit is a grapheme cluster on its own, with a cluster boundary between it
 * and any other such unit: printable ASCII, Latin-1 and Latin Extended-A/B letters and symbols
 * (not the soft hyphen, a format character) and the dashes and quotes of General Punctuation.
 * None of them is a combining mark, joiner, prepended mark, regional indicator or Hangul jamo,
 * the only things that glue characters together (UAX #29).
 */
function isSimple(unit: number): boolean {
  return (
    (unit >= 0x20 && unit <= 0x7e) ||
    (unit >= 0xa0 && unit <= 0x24f && unit !== 0xad) ||
    (unit >= 0x2010 && unit <= 0x2027)
  );
}

function* graphemes(text: string): Generator<string> {
  if (segmenter === undefined) {
    const Ctor = (Intl as unknown as { Segmenter?: new (l?: string, o?: object) => Segmenter })
      .Segmenter;
    segmenter = Ctor ? new Ctor('en', { granularity: 'grapheme' }) : null;
  }
  if (!segmenter) {
    yield* text;
    return;
  }
  // Between two simple units there is always a boundary, so a simple unit followed by another
  // (or ending the text) is a grapheme by itself: most text never reaches the segmenter, which
  // costs far more per character. The rest goes to the segmenter in spans that end at such a
  // boundary, which also keeps each span short: V8's segment iterator slows down quadratically
  // on long strings (100,000 characters take seconds).
  const length = text.length;
  let start = 0;
  while (start < length) {
    if (isSimple(text.charCodeAt(start))) {
      if (start + 1 === length || isSimple(text.charCodeAt(start + 1))) {
        yield text[start]!;
        start++;
        continue;
      }
    }
    let end = start + 1;
    while (end < length && !(isSimple(text.charCodeAt(end - 1)) && isSimple(text.charCodeAt(end))))
      end++;
    for (const s of segmenter.segment(text.slice(start, end))) yield s.segment;
    start = end;
  }
}

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

// ---------------------------------------------------------------------------------------------
// Line breaking

interface Piece {
  graphemes: string[];
  units: number;
  /** A collapsible space follows this piece (a break opportunity; the space hangs at line end). */
  space: boolean;
}

const BREAK_AFTER = new Set(['-', '\u2010', '\u2012', '\u2013', '\u2014', '\u200b']);
const BREAK_AROUND =
  /[\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60\u{20000}-\u{3fffd}]|\p{Extended_Pictographic}/u;
const DIGIT = /^\p{Nd}/u;

/** Whether lines may break before and after grapheme `g` (CJK, emoji). */
function breaksAround(g: string): boolean {
  // Nothing below U+00A9 (the first Extended_Pictographic code point) is matched: skip the
  // Unicode regex for plain Latin text.
  if (g.length === 1 && g.charCodeAt(0) < 0xa9) return false;
  return BREAK_AROUND.test(g) && !/^[\d#*]/.test(g);
}

/** The unbreakable pieces of `text`, lazily, so a clamped layout stops reading early. */
function* pieces(face: FaceName, text: string): Generator<Piece> {
  let current: string[] = [];
  let units = 0;
  const iterator = graphemes(text);
  let next = iterator.next();
  while (!next.done) {
    const g = next.value;
    next = iterator.next();
    const following = next.done ? undefined : next.value;
    if (g === ' ') {
      if (current.length > 0) yield { graphemes: current, units, space: true };
      current = [];
      units = 0;
      continue;
    }
    const around = breaksAround(g);
    if (around && current.length > 0) {
      yield { graphemes: current, units, space: false };
      current = [];
      units = 0;
    }
    current.push(g);
    units += graphemeUnits(face, g);
    const breakAfter =
      (around && following !== ' ') ||
      (BREAK_AFTER.has(g) &&
        current.length > 1 &&
        following !== undefined &&
        following !== ' ' &&
        !DIGIT.test(following));
    if (breakAfter) {
      yield { graphemes: current, units, space: false };
      current = [];
      units = 0;
    }
  }
  if (current.length > 0) yield { graphemes: current, units, space: false };
}

interface Line {
  graphemes: string[];
  units: number;
}

function lineText(line: Line): string {
  return line.graphemes.join('');
}

/** Lays out `text` in lines of at most `maxWidth` pixels. Pure and deterministic. */
export function layoutText(text: string, options: LayoutOptions): TextLayout {
  const face = faceFor(options);
  const { fontSize } = options;
  const maxUnits = (Math.max(0, options.maxWidth) * UNITS_PER_EM) / fontSize + 1e-6;
  const maxLines = Math.max(1, Math.floor(options.maxLines ?? Number.POSITIVE_INFINITY));
  const normal = normalizeText(text);
  if (normal === '') return { lines: [], widths: [], truncated: false };

  if (options.whiteSpace === 'nowrap') {
    const all: Line = { graphemes: [], units: 0 };
    for (const g of graphemes(normal)) {
      all.graphemes.push(g);
      all.units += graphemeUnits(face, g);
    }
    if (all.units <= maxUnits) return result([all], false, fontSize);
    return result([ellipsize(face, all, maxUnits)], true, fontSize);
  }

  const spaceUnits = graphemeUnits(face, ' ');
  const lines: Line[] = [];
  let line: Line = { graphemes: [], units: 0 };
  let pendingSpace = false;
  for (const piece of pieces(face, normal)) {
    // One line more than fits is enough to know the text is clamped.
    if (lines.length > maxLines) break;
    if (line.graphemes.length > 0) {
      const gap = pendingSpace ? spaceUnits : 0;
      if (line.units + gap + piece.units <= maxUnits) {
        if (pendingSpace) line.graphemes.push(' ');
        line.graphemes.push(...piece.graphemes);
        line.units += gap + piece.units;
        pendingSpace = piece.space;
        continue;
      }
      lines.push(line);
      line = { graphemes: [], units: 0 };
    }
    if (piece.units <= maxUnits) {
      line.graphemes.push(...piece.graphemes);
      line.units = piece.units;
    } else {
      // Wider than a whole line: break between graphemes, at least one per line.
      for (const g of piece.graphemes) {
        const w = graphemeUnits(face, g);
        if (line.graphemes.length > 0 && line.units + w > maxUnits) {
          lines.push(line);
          line = { graphemes: [], units: 0 };
        }
        line.graphemes.push(g);
        line.units += w;
      }
    }
    pendingSpace = piece.space;
  }
  if (line.graphemes.length > 0 && lines.length <= maxLines) lines.push(line);

  if (lines.length <= maxLines) return result(lines, false, fontSize);
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = ellipsize(face, last, maxUnits, true);
  return result(kept, true, fontSize);
}

/** Drops graphemes from the end until the line plus an ellipsis fits. */
function ellipsize(face: FaceName, line: Line, maxUnits: number, always = false): Line {
  const ellipsis = graphemeUnits(face, ELLIPSIS);
  const kept = [...line.graphemes];
  let units = line.units;
  while (kept.length > 0 && (units + ellipsis > maxUnits || kept[kept.length - 1] === ' ')) {
    units -= graphemeUnits(face, kept.pop()!);
  }
  if (!always && kept.length === line.graphemes.length) return line;
  return { graphemes: [...kept, ELLIPSIS], units: units + ellipsis };
}

function result(lines: Line[], truncated: boolean, fontSize: number): TextLayout {
  return {
    lines: lines.map(lineText),
    widths: lines.map((l) => toPx(l.units, fontSize)),
    truncated,
  };
}

// ---------------------------------------------------------------------------------------------
// Vertical metrics

/**
 * Ascent and descent in pixels as Blink lays out a line (rounded to whole pixels), so that
 * baselines in the export sit where the canvas puts them.
 */
export function fontExtents(fontSize: number): { ascent: number; descent: number } {
  return {
    ascent: Math.round((ASCENDER * fontSize) / UNITS_PER_EM),
    descent: Math.round((DESCENDER * fontSize) / UNITS_PER_EM),
  };
}

/** CSS `line-height: normal` for the shipped font, in pixels. */
export function normalLineHeight(fontSize: number): number {
  const { ascent, descent } = fontExtents(fontSize);
  return ascent + descent;
}

/** Distance from the top of a CSS line box of `lineHeight` pixels to its text baseline. */
export function baselineOffset(fontSize: number, lineHeight = normalLineHeight(fontSize)): number {
  const { ascent, descent } = fontExtents(fontSize);
  return (lineHeight - (ascent + descent)) / 2 + ascent;
}
