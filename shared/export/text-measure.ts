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
import { graphemes } from './graphemes';

/**
 * Text measurement from the shipped font's real advance widths and vertical metrics, shared by
 * the canvas and the SVG/PNG exporter (through the line breaking of ./text-layout).
 *
 * Widths are kerning-free sums of advances. Kerning only ever tightens Inter's text, so a line
 * measured here never overflows when a renderer kerns it. Code points the font cannot draw
 * (emoji, CJK, …) are measured with fallback widths: the renderer's fallback font decides their
 * real width, so such text may end up slightly shorter or longer than measured, but it still
 * breaks in the same places everywhere.
 */

export interface TextStyle {
  /** Pixels. */
  fontSize: number;
  /** CSS weight; the shipped faces are 400, 600, 700 and 500 italic. Default 400. */
  fontWeight?: number;
  fontStyle?: 'normal' | 'italic';
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
export function graphemeUnits(face: FaceName, grapheme: string): number {
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

export function toPx(units: number, fontSize: number): number {
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
