import { CANVAS_WIDTH, CARD_HEIGHT, CARD_WIDTH, laneHeight, LANE_WIDTH } from '../model/layout';
import { tacticsById } from '../model/selectors';
import { isStageId, STAGES } from '../model/stages';
import type { Connection, Journey, StageId, Tactic } from '../model/types';
import { UNTITLED_JOURNEY } from '../model/names';
import { serializeJourneyFile } from '../file/serialize';
import { APP_NAME, APP_VERSION } from '../file/version';
import {
  connectionCurve,
  connectionEnds,
  curveBounds,
  HANDLE_SIZE,
  type ConnectionCurve,
} from './connection-geometry';
import { svgJourneyMetadata } from './embed';
import { FONT_FAMILY } from './font-metrics';
import { cardContext, drawCard } from './svg-cards';
import { drawConnection, drawConnectionLabel } from './svg-connections';
import { drawHeaders, drawLanes, type Area } from './svg-lanes';
import { layoutText } from './text-layout';
import { baselineOffset, type TextStyle } from './text-measure';
import { normalizeText } from './text-normalize';
import { CANVAS, INK, isHexColor, normalizeHex, WHITE } from './theme';
import { el, escapeText, num, startTag, textEl, type Attrs } from './xml';

export type ExportScope = 'all' | { stage: StageId } | { ids: readonly string[] };

export interface SvgExportOptions {
  /** The whole journey (default), one stage's lane, or some tactics and the connections among them. */
  scope?: ExportScope;
  /** `theme` (the canvas's #f8fafc, default), `white`, `transparent` or a hex colour. */
  background?: string;
  /** Stage headers on top of the lanes. Default true, except for an `ids` scope. */
  includeHeaders?: boolean;
  /** The journey's title above the lanes. Default true. */
  includeTitle?: boolean;
  /** Put the journey (as .cvj text) in a `<metadata>` element. Default true. */
  embed?: boolean;
  /**
   * The .cvj text to embed; default `serializeJourneyFile(doc)`. Pass
   * `serializeJourneyFile(doc, { extra: parsed.file })` to keep a file's unknown keys.
   */
  embedText?: string;
  /**
   * CSS font-family list. Text is laid out with the metrics of the shipped Inter, so change this
   * only to name Inter differently. Letters, digits, spaces, commas, quotes and hyphens only.
   */
  fontFamily?: string;
  /**
   * The round connection handles on the cards' edges: only where a connection attaches
   * (`connected`, default: arrows start and end on a handle, as on the canvas, without the
   * editing affordance on unconnected cards), on every card as the canvas shows them (`all`),
   * or `none`.
   */
  handles?: 'connected' | 'all' | 'none';
  /** Multiplies the width and height attributes (the drawing keeps its viewBox). Default 1. */
  scale?: number;
}

export interface SvgExport {
  svg: string;
  /** The width and height attributes, in CSS pixels (user units times `scale`). */
  width: number;
  height: number;
  /** How many tactics and connections the image shows (the scope's). */
  tactics: number;
  connections: number;
}

/**
 * Font stack of every exported text: Inter first, which the CLI's rasteriser loads from
 * assets/fonts and the app ships; then fonts of similar width that most systems have. The SVG
 * does not embed the font: `@font-face` with a data: URI in SVG is ignored or mishandled by
 * resvg, Inkscape and office applications, so a consumer without Inter shows the same lines in a
 * fallback font.
 */
export const EXPORT_FONT_STACK = `${FONT_FAMILY}, 'Liberation Sans', Arial, Helvetica, sans-serif`;

/** The band above the lanes holding the journey's title. */
export const TITLE_BAND = {
  height: 64,
  paddingX: 24,
  fontSize: 26,
  lineHeight: 32,
  maxLines: 2,
} as const;

/** Margin around an `ids` scope. */
const SELECTION_PADDING = 24;

/**
 * The journey as a standalone SVG 1.1 document: lanes, stage headers, cards with their icons and
 * badges, connections with arrowheads and labels, all as plain shapes and real `<text>` (no
 * foreignObject, no images, no external references, no CSS), laid out with the same code as the
 * canvas. Pure and deterministic: the same journey and options give the same bytes.
 */
export function renderJourneySvg(doc: Journey, options: SvgExportOptions = {}): SvgExport {
  const scope = options.scope ?? 'all';
  const scale = options.scale ?? 1;
  if (!(scale > 0) || !Number.isFinite(scale)) throw new RangeError('scale must be above 0');
  const background = resolveBackground(options.background ?? 'theme');
  const fontFamily = resolveFontFamily(options.fontFamily);
  const includeTitle = options.includeTitle ?? true;
  const includeHeaders = options.includeHeaders ?? (scope === 'all' || 'stage' in scope);

  const { tactics, connections } = select(doc, scope);
  const byId = tacticsById(doc);
  const curves = connections.map((c) => curveOf(byId, c));
  const area = bounds(doc, scope, tactics, curves, includeHeaders);
  const width = Math.ceil(area.x1 - area.x0);
  const title = normalizeText(doc.title) || UNTITLED_JOURNEY;
  const titleText = includeTitle ? titleLines(title, width) : [];
  const titleHeight = includeTitle ? titleBandHeight(titleText) : 0;
  const height = Math.ceil(area.y1 - area.y0) + titleHeight;

  const ctx = cardContext(doc);
  const handles = options.handles ?? 'connected';
  const connected = connectedHandles(connections);
  const both = new Set<'in' | 'out'>(['in', 'out']);
  const lanes = drawLanes(area);
  const headers = includeHeaders ? drawHeaders(area) : '';
  const lines = connections.map((c, i) => drawConnection(doc, c, curves[i]!));
  const labels = connections.map((c, i) => drawConnectionLabel(doc, c, curves[i]!));
  const cards: string[] = [];
  for (const t of tactics) {
    drawCard(
      ctx,
      t,
      handles === 'all' ? both : handles === 'none' ? undefined : connected.get(t.id),
      cards,
    );
  }

  const stageCount = new Set(tactics.map((t) => t.stage)).size;
  const description =
    `Customer Value Journey map: ${plural(tactics.length, 'tactic')} in ` +
    `${plural(stageCount, 'stage')}, ${plural(connections.length, 'connection')}. ` +
    `Exported from ${APP_NAME} ${APP_VERSION}.`;

  const parts: string[] = [];
  parts.push(`<title>${escapeText(clip(title, MAX_TITLE_ELEMENT))}</title>`);
  parts.push(`<desc>${escapeText(description)}</desc>`);
  if (options.embed ?? true) {
    parts.push(svgJourneyMetadata(options.embedText ?? serializeJourneyFile(doc)));
  }
  if (ctx.defs.length > 0) parts.push(el('defs', {}, ctx.defs.join('')));
  if (background) parts.push(el('rect', { width, height, fill: background }));
  if (includeTitle) parts.push(drawTitle(titleText));

  const outWidth = Math.round(width * scale * 100) / 100;
  const outHeight = Math.round(height * scale * 100) / 100;
  const root: Attrs = {
    xmlns: 'http://www.w3.org/2000/svg',
    version: '1.1',
    width: outWidth,
    height: outHeight,
    viewBox: `0 0 ${width} ${height}`,
    'font-family': fontFamily,
  };
  // The document is collected in pieces and joined once: a big journey's markup is never
  // copied section by section.
  const out = ['<?xml version="1.0" encoding="UTF-8"?>\n', startTag('svg', root), '\n'];
  for (const part of parts) out.push(part, '\n');
  out.push(
    startTag('g', { transform: `translate(${num(-area.x0)} ${num(titleHeight - area.y0)})` }),
  );
  const groups: [string, readonly string[]][] = [
    ['cvj-lanes', [lanes]],
    ['cvj-headers', [headers]],
    ['cvj-connections', lines],
    ['cvj-cards', cards],
    // Over the cards, as on the canvas: a label between two close cards stays readable.
    ['cvj-connection-labels', labels],
  ];
  groups.forEach(([id, content], i) => {
    if (i > 0) out.push('\n');
    group(out, id, content);
  });
  out.push('</g>\n</svg>\n');
  const svg = out.join('');
  return {
    svg,
    width: outWidth,
    height: outHeight,
    tactics: tactics.length,
    connections: connections.length,
  };
}

// ---------------------------------------------------------------------------------------------
// Options

function resolveBackground(value: string): string | undefined {
  if (value === 'transparent') return undefined;
  if (value === 'theme') return CANVAS;
  if (value === 'white') return WHITE;
  if (isHexColor(value)) return normalizeHex(value);
  throw new RangeError(
    `background must be "theme", "white", "transparent" or a hex colour like "#ffffff" (got ${JSON.stringify(value)})`,
  );
}

function resolveFontFamily(value: string | undefined): string {
  if (value === undefined) return EXPORT_FONT_STACK;
  if (!/^[A-Za-z0-9 ,'-]{1,200}$/.test(value)) {
    throw new RangeError(
      'fontFamily may hold only letters, digits, spaces, commas, quotes and hyphens',
    );
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// What is drawn, and where

function select(
  doc: Journey,
  scope: ExportScope,
): { tactics: Tactic[]; connections: Connection[] } {
  let tactics: Tactic[];
  if (scope === 'all') {
    tactics = doc.tactics;
  } else if ('stage' in scope) {
    if (!isStageId(scope.stage)) throw new RangeError(`Unknown stage: ${String(scope.stage)}`);
    tactics = doc.tactics.filter((t) => t.stage === scope.stage);
  } else {
    const ids = new Set(scope.ids);
    tactics = doc.tactics.filter((t) => ids.has(t.id));
    if (tactics.length === 0)
      throw new RangeError('None of the given ids is a tactic of this journey');
  }
  const inScope = new Set(tactics.map((t) => t.id));
  const connections = doc.connections.filter((c) => inScope.has(c.source) && inScope.has(c.target));
  return { tactics, connections };
}

function bounds(
  doc: Journey,
  scope: ExportScope,
  tactics: readonly Tactic[],
  curves: readonly ConnectionCurve[],
  includeHeaders: boolean,
): Area {
  const bottoms = tactics.map((t) => t.position.y + CARD_HEIGHT);
  const laneBottom = laneHeight(bottoms);
  const box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  const add = (x0: number, y0: number, x1: number, y1: number) => {
    box.x0 = Math.min(box.x0, x0);
    box.y0 = Math.min(box.y0, y0);
    box.x1 = Math.max(box.x1, x1);
    box.y1 = Math.max(box.y1, y1);
  };
  for (const t of tactics) {
    add(
      t.position.x - HANDLE_SIZE / 2,
      t.position.y,
      t.position.x + CARD_WIDTH + HANDLE_SIZE / 2,
      t.position.y + CARD_HEIGHT,
    );
  }
  for (const curve of curves) {
    const b = curveBounds(curve);
    // Room for the arrowhead's stroke and for a label pill centred on the curve.
    add(b.x0 - 4, b.y0 - 4, b.x1 + 4, Math.max(b.y1 + 4, curve.label.y + 16));
  }

  if (scope !== 'all' && 'ids' in scope) {
    const p = SELECTION_PADDING;
    return {
      x0: Math.floor(box.x0 - p),
      y0: includeHeaders ? 0 : Math.floor(box.y0 - p),
      x1: Math.ceil(box.x1 + p),
      y1: Math.ceil(box.y1 + p),
      laneBottom: Math.max(
        laneBottom,
        laneHeight(doc.tactics.map((t) => t.position.y + CARD_HEIGHT)),
      ),
    };
  }
  const [left, right] =
    scope === 'all'
      ? [0, CANVAS_WIDTH]
      : [laneLeftOf(scope.stage), laneLeftOf(scope.stage) + LANE_WIDTH];
  return {
    x0: Math.floor(Math.min(left, box.x0)),
    y0: Math.floor(Math.min(0, box.y0)),
    x1: Math.ceil(Math.max(right, box.x1)),
    y1: Math.ceil(Math.max(laneBottom, box.y1)),
    laneBottom,
    ...(scope === 'all' ? {} : { only: scope.stage }),
  };
}

function laneLeftOf(stage: StageId): number {
  return STAGES.findIndex((s) => s.id === stage) * LANE_WIDTH;
}

function curveOf(byId: ReadonlyMap<string, Tactic>, connection: Connection): ConnectionCurve {
  const source = byId.get(connection.source)!;
  const target = byId.get(connection.target)!;
  return connectionCurve(connectionEnds(source.position, target.position));
}

/** Handles the canvas shows where a connection leaves or enters a card. */
function connectedHandles(connections: readonly Connection[]): Map<string, Set<'in' | 'out'>> {
  const map = new Map<string, Set<'in' | 'out'>>();
  const mark = (id: string, side: 'in' | 'out') => {
    let set = map.get(id);
    if (!set) map.set(id, (set = new Set()));
    set.add(side);
  };
  for (const c of connections) {
    mark(c.source, 'out');
    mark(c.target, 'in');
  }
  return map;
}

// ---------------------------------------------------------------------------------------------
// Drawing

/** `<g id>` around `content` (pieces of markup), or nothing when there is no content. */
function group(out: string[], id: string, content: readonly string[]): void {
  if (content.every((piece) => piece === '')) return;
  out.push(startTag('g', { id }), '\n');
  for (const piece of content) out.push(piece);
  out.push('\n</g>');
}

/** The title's lines: one line across a wide export, up to two in a narrow one (a single lane). */
function titleLines(title: string, width: number): string[] {
  return layoutText(title, {
    fontSize: TITLE_BAND.fontSize,
    fontWeight: 700,
    maxWidth: Math.max(0, width - 2 * TITLE_BAND.paddingX),
    maxLines: TITLE_BAND.maxLines,
  }).lines;
}

function titleBandHeight(lines: readonly string[]): number {
  return TITLE_BAND.height + Math.max(0, lines.length - 1) * TITLE_BAND.lineHeight;
}

function drawTitle(lines: readonly string[]): string {
  if (lines.length === 0) return '';
  const style: TextStyle = { fontSize: TITLE_BAND.fontSize, fontWeight: 700 };
  const block = lines.length * TITLE_BAND.lineHeight;
  const top = (titleBandHeight(lines) - block) / 2;
  const offset = baselineOffset(style.fontSize, TITLE_BAND.lineHeight);
  return el(
    'g',
    { id: 'cvj-title' },
    el(
      'text',
      { 'font-size': style.fontSize, 'font-weight': 700, fill: INK },
      lines
        .map((line, i) =>
          textEl(
            'tspan',
            { x: TITLE_BAND.paddingX, y: top + i * TITLE_BAND.lineHeight + offset },
            line,
          ),
        )
        .join(''),
    ),
  );
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
