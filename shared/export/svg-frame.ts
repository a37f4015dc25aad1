import { APP_NAME, APP_VERSION } from '../file/version';
import { FONT_FAMILY } from './font-metrics';
import { WHITE, type Theme } from '../theme/tokens';
import { isHexColor, normalizeHex } from './theme';
import { escapeText, num, startTag, type Attrs } from './xml';

/**
 * The frame of an exported SVG document: the options it checks (background, font family), its
 * `<title>` and `<desc>`, the root element and the order its parts and groups are written in.
 */

/**
 * Font stack of every exported text: Inter first, which the CLI's rasteriser loads from
 * assets/fonts and the app ships; then fonts of similar width that most systems have. The SVG
 * does not embed the font: `@font-face` with a data: URI in SVG is ignored or mishandled by
 * resvg, Inkscape and office applications, so a consumer without Inter shows the same lines in a
 * fallback font.
 */
export const EXPORT_FONT_STACK = `${FONT_FAMILY}, 'Liberation Sans', Arial, Helvetica, sans-serif`;

/** The fill behind the drawing, or undefined for a transparent one. */
export function resolveBackground(value: string, theme: Theme): string | undefined {
  if (value === 'transparent') return undefined;
  if (value === 'theme') return theme.colors.canvas;
  if (value === 'white') return WHITE;
  if (isHexColor(value)) return normalizeHex(value);
  throw new RangeError(
    `background must be "theme", "white", "transparent" or a hex colour such as "#rrggbb" (got ${JSON.stringify(value)})`,
  );
}

export function resolveFontFamily(value: string | undefined): string {
  if (value === undefined) return EXPORT_FONT_STACK;
  if (!/^[A-Za-z0-9 ,'-]{1,200}$/.test(value)) {
    throw new RangeError(
      'fontFamily may hold only letters, digits, spaces, commas, quotes and hyphens',
    );
  }
  return value;
}

/** `<title>` (the journey's name) and `<desc>` (what the image shows) for search and screen readers. */
export function titleAndDescription(
  title: string,
  counts: { tactics: number; stages: number; connections: number },
): string[] {
  const description =
    `Customer Value Journey map: ${plural(counts.tactics, 'tactic')} in ` +
    `${plural(counts.stages, 'stage')}, ${plural(counts.connections, 'connection')}. ` +
    `Exported from ${APP_NAME} ${APP_VERSION}.`;
  return [
    `<title>${escapeText(clip(title, MAX_TITLE_ELEMENT))}</title>`,
    `<desc>${escapeText(description)}</desc>`,
  ];
}

export interface SvgFrame {
  /** Size of the drawing, in user units (the viewBox). */
  width: number;
  height: number;
  /** Multiplies the width and height attributes. */
  scale: number;
  fontFamily: string;
  /** Elements before the drawing: title, description, metadata, defs, background, title band. */
  head: readonly string[];
  /** Moves the drawing (canvas coordinates) into the viewBox. */
  translate: { x: number; y: number };
  /** `<g id>` groups of the drawing in painting order, each as pieces of markup. */
  groups: readonly (readonly [id: string, content: readonly string[]])[];
}

/** The standalone SVG document, and its width and height attributes. */
export function writeSvgDocument(frame: SvgFrame): { svg: string; width: number; height: number } {
  const { width, height, scale } = frame;
  const outWidth = Math.round(width * scale * 100) / 100;
  const outHeight = Math.round(height * scale * 100) / 100;
  const root: Attrs = {
    xmlns: 'http://www.w3.org/2000/svg',
    version: '1.1',
    width: outWidth,
    height: outHeight,
    viewBox: `0 0 ${width} ${height}`,
    'font-family': frame.fontFamily,
  };
  // The document is collected in pieces and joined once: a big journey's markup is never
  // copied section by section.
  const out = ['<?xml version="1.0" encoding="UTF-8"?>\n', startTag('svg', root), '\n'];
  for (const part of frame.head) out.push(part, '\n');
  out.push(
    startTag('g', { transform: `translate(${num(frame.translate.x)} ${num(frame.translate.y)})` }),
  );
  frame.groups.forEach(([id, content], i) => {
    if (i > 0) out.push('\n');
    group(out, id, content);
  });
  out.push('</g>\n</svg>\n');
  return { svg: out.join(''), width: outWidth, height: outHeight };
}

/** `<g id>` around `content` (pieces of markup), or nothing when there is no content. */
function group(out: string[], id: string, content: readonly string[]): void {
  if (content.every((piece) => piece === '')) return;
  out.push(startTag('g', { id }), '\n');
  for (const piece of content) out.push(piece);
  out.push('\n</g>');
}

/** `<title>` holds the journey's name for search and screen readers, not a whole novel. */
const MAX_TITLE_ELEMENT = 1_000;

function clip(value: string, max: number): string {
  if (value.length <= max) return value;
  let cut = value.slice(0, max - 1);
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}\u2026`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
