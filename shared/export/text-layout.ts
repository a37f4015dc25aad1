import { UNITS_PER_EM, type FaceName } from './font-metrics';
import { graphemes } from './graphemes';
import { faceFor, graphemeUnits, toPx, type TextStyle } from './text-measure';
import { normalizeText } from './text-normalize';

/**
 * Line breaking with the shipped font's real advance widths (./text-measure), shared by the
 * canvas and the SVG/PNG exporter: both draw the lines this module returns (never the browser's
 * own wrapping), so a card title breaks in exactly the same places on screen, in an SVG opened
 * in Inkscape and in a PNG made by resvg.
 *
 * Deliberately simple and deterministic:
 * - Text is normalised first (./text-normalize): whitespace collapses like CSS
 *   `white-space: normal`, control characters go.
 * - Lines break after spaces, after hyphens and dashes, and around CJK characters and emoji; a
 *   word wider than the line is broken between graphemes (CSS `overflow-wrap: anywhere`).
 * - With `maxLines`, the last kept line ends in an ellipsis, dropping graphemes until it fits
 *   (what `-webkit-line-clamp` does).
 */

export const ELLIPSIS = '\u2026';

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
  return layout(text, options, true);
}

/** layoutText without its fast path for plain ASCII text (what that path is tested against). */
export function layoutTextGeneral(text: string, options: LayoutOptions): TextLayout {
  return layout(text, options, false);
}

function layout(text: string, options: LayoutOptions, fast: boolean): TextLayout {
  const face = faceFor(options);
  const { fontSize } = options;
  const maxUnits = (Math.max(0, options.maxWidth) * UNITS_PER_EM) / fontSize + 1e-6;
  const maxLines = Math.max(1, Math.floor(options.maxLines ?? Number.POSITIVE_INFINITY));
  const normal = normalizeText(text);
  if (normal === '') return { lines: [], widths: [], truncated: false };
  if (fast && options.whiteSpace !== 'nowrap' && isPlain(normal)) {
    return layoutPlain(face, normal, maxUnits, maxLines, fontSize);
  }

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
// Plain text

/**
 * Most titles are plain Latin text: each character is a grapheme of its own, only spaces and
 * hyphens or dashes break lines, and every line is a slice of the text. For them the same rules as
 * above run over character codes and slices, without the grapheme iterator and its arrays:
 * laying out the titles of a 5,000-card export, and of every card the canvas mounts, is several
 * times cheaper. A test checks that this path gives what the general one gives.
 *
 * Plain: printable ASCII, Latin-1 and Latin Extended-A/B (not the soft hyphen, nor © and ®,
 * which are emoji and break lines around them) and the dashes and quotes of General Punctuation:
 * the characters ./graphemes counts as a grapheme each, less those two.
 */
function isPlain(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c <= 0x7e) continue;
    if (c >= 0xa0 && c <= 0x24f && c !== 0xad && c !== 0xa9 && c !== 0xae) continue;
    if (c >= 0x2010 && c <= 0x2027) continue;
    return false;
  }
  return true;
}

const plainTables = new Map<FaceName, Float64Array>();

/** Units of each plain character in `face`, by character code (filled as they are met). */
function plainUnits(face: FaceName): Float64Array {
  let table = plainTables.get(face);
  if (!table) plainTables.set(face, (table = new Float64Array(0x2028).fill(Number.NaN)));
  return table;
}

function unitsAt(table: Float64Array, face: FaceName, c: number): number {
  let units = table[c]!;
  if (Number.isNaN(units)) table[c] = units = graphemeUnits(face, String.fromCharCode(c));
  return units;
}

/** BREAK_AFTER's plain characters: the hyphen, U+2010 and the figure, en and em dashes. */
function breaksAfter(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2012 || c === 0x2013 || c === 0x2014;
}

const SPACE = 0x20;

interface Slice {
  start: number;
  end: number;
  units: number;
}

function layoutPlain(face: FaceName, text: string, maxUnits: number, maxLines: number, fontSize: number): TextLayout {
  const table = plainUnits(face);
  const spaceUnits = unitsAt(table, face, SPACE);
  const n = text.length;
  const lines: Slice[] = [];
  let line: Slice | null = null;
  let pendingSpace = false;
  let i = 0;
  while (i < n) {
    // One line more than fits is enough to know the text is clamped.
    if (lines.length > maxLines) break;
    // The next piece (as `pieces` cuts them): up to a space, or after a hyphen or dash with at least
    // one character before it and a character other than a space or a digit after it.
    const start = i;
    let units = 0;
    let space = false;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === SPACE) {
        space = true;
        i++;
        break;
      }
      units += unitsAt(table, face, c);
      i++;
      if (breaksAfter(c) && i - start > 1 && i < n) {
        const following = text.charCodeAt(i);
        if (following !== SPACE && !(following >= 0x30 && following <= 0x39)) break;
      }
    }
    const end = space ? i - 1 : i;
    if (end === start) continue; // (normalised text has no such empty piece)
    if (line) {
      const gap = pendingSpace ? spaceUnits : 0;
      if (line.units + gap + units <= maxUnits) {
        line.end = end;
        line.units += gap + units;
        pendingSpace = space;
        continue;
      }
      lines.push(line);
      line = null;
    }
    if (units <= maxUnits) {
      line = { start, end, units };
    } else {
      // Wider than a whole line: break between characters, at least one per line.
      for (let k = start; k < end; k++) {
        const w = unitsAt(table, face, text.charCodeAt(k));
        if (line && line.units + w > maxUnits) {
          lines.push(line);
          line = null;
        }
        if (line) {
          line.end = k + 1;
          line.units += w;
        } else {
          line = { start: k, end: k + 1, units: w };
        }
      }
    }
    pendingSpace = space;
  }
  if (line && lines.length <= maxLines) lines.push(line);

  if (lines.length <= maxLines) {
    const texts: string[] = [];
    const widths: number[] = [];
    for (const s of lines) {
      texts.push(text.slice(s.start, s.end));
      widths.push(toPx(s.units, fontSize));
    }
    return { lines: texts, widths, truncated: false };
  }
  const kept = lines.slice(0, maxLines);
  const last = { ...kept[maxLines - 1]! };
  // Characters dropped from the end until the line plus an ellipsis fits (see ellipsize).
  const ellipsis = graphemeUnits(face, ELLIPSIS);
  while (last.end > last.start && (last.units + ellipsis > maxUnits || text.charCodeAt(last.end - 1) === SPACE)) {
    last.end--;
    last.units -= unitsAt(table, face, text.charCodeAt(last.end));
  }
  kept[maxLines - 1] = last;
  return {
    lines: kept.map((s, k) => text.slice(s.start, s.end) + (k === maxLines - 1 ? ELLIPSIS : '')),
    widths: kept.map((s, k) => toPx(k === maxLines - 1 ? s.units + ellipsis : s.units, fontSize)),
    truncated: true,
  };
}
