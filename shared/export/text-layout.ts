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
