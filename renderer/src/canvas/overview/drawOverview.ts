import type { Journey, Tactic } from '../../../../shared/model/types';
import { CARD_HEIGHT, CARD_WIDTH } from '../../../../shared/model/layout';
import { getStage } from '../../../../shared/model/stages';
import { CARD_CONTENT, CARD_FAR_TITLE, cardFarTitleLines } from '../../../../shared/export/card-layout';
import type { Viewport } from '../viewGeometry';
import { forEachInRows, geometryOf, linksOf } from '../cardRows';
import type { ThemeColors } from '../../../../shared/theme/tokens';

/** The viewport and the pane's size, in pixels. */
export interface OverviewView extends Viewport {
  width: number;
  height: number;
}

const CARD_RADIUS = 12;
const TITLE_FONT = CARD_FAR_TITLE.fontSize;
const FONT_FAMILY = "Inter, 'Liberation Sans', Arial, Helvetica, sans-serif";

/**
 * Draws the journey as the zoomed-out overview: the same cards (white, stage-coloured edge,
 * title while it is legible) and connections as the DOM canvas, painted on one 2D canvas so a
 * 10,000-card journey pans like a 50-card one. Only what is on screen is drawn. Returns false
 * when some titles were left for a later frame (see drawTitles): draw again then.
 */
export function drawOverview(
  ctx: CanvasRenderingContext2D,
  doc: Journey,
  selection: ReadonlySet<string>,
  view: OverviewView,
  dpr: number,
  colors: ThemeColors,
): boolean {
  const { x, y, zoom, width, height } = view;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  ctx.setTransform(dpr * zoom, 0, 0, dpr * zoom, dpr * x, dpr * y);

  // The visible part of the canvas, in canvas coordinates, with a card's margin.
  const left = -x / zoom - CARD_WIDTH;
  const top = -y / zoom - CARD_HEIGHT;
  const right = (width - x) / zoom;
  const bottom = (height - y) / zoom;
  // Only the rows of the canvas the screen spans are looked through (see cardRows): a frame of a
  // pan or a zoom over a 10,000-card journey costs what one screenful costs.
  const { xs, ys, rows } = geometryOf(doc.tactics);
  const visible = (i: number) => xs[i]! > left && xs[i]! < right && ys[i]! > top && ys[i]! < bottom;
  const shown: number[] = [];
  forEachInRows(rows, top, bottom, (i) => {
    if (visible(i)) shown.push(i);
  });
  // In document order, which is the cards' paint order.
  shown.sort((a, b) => a - b);
  const cards = shown.map((i) => doc.tactics[i] as Tactic);

  drawConnections(ctx, doc, visible, top, bottom, zoom, colors);
  drawCards(ctx, cards, selection, zoom, colors);
  return TITLE_FONT * zoom >= 7 ? drawTitles(ctx, cards, colors) : true;
}

/** The connections with at least one end on screen. */
function drawConnections(
  ctx: CanvasRenderingContext2D,
  doc: Journey,
  visible: (i: number) => boolean,
  top: number,
  bottom: number,
  zoom: number,
  colors: ThemeColors,
): void {
  const { xs, ys } = geometryOf(doc.tactics);
  const { sources, targets, rows, tallest } = linksOf(doc.connections, doc.tactics);
  ctx.beginPath();
  // A connection with an end on screen spans rows from above the screen by at most `tallest`.
  forEachInRows(rows, top - tallest, bottom, (k) => {
    const s = sources[k]!;
    const t = targets[k]!;
    if (s < 0 || t < 0 || (!visible(s) && !visible(t))) return;
    const sx = xs[s]! + CARD_WIDTH;
    const sy = ys[s]! + CARD_HEIGHT / 2;
    const tx = xs[t]!;
    const ty = ys[t]! + CARD_HEIGHT / 2;
    const bend = Math.max(40, Math.abs(tx - sx) / 2);
    ctx.moveTo(sx, sy);
    ctx.bezierCurveTo(sx + bend, sy, tx - bend, ty, tx, ty);
  });
  ctx.strokeStyle = colors.edge;
  // Never thinner than one screen pixel, or the lines vanish when zoomed far out.
  ctx.lineWidth = Math.max(2.5, 1 / zoom);
  ctx.stroke();
}

function drawCards(
  ctx: CanvasRenderingContext2D,
  cards: readonly Tactic[],
  selection: ReadonlySet<string>,
  zoom: number,
  colors: ThemeColors,
): void {
  const detailed = CARD_WIDTH * zoom >= 24;
  ctx.fillStyle = colors.surface;
  ctx.strokeStyle = colors.line;
  ctx.lineWidth = Math.max(1.5, 1 / zoom);
  ctx.beginPath();
  for (const t of cards) {
    if (detailed) ctx.roundRect(t.position.x, t.position.y, CARD_WIDTH, CARD_HEIGHT, CARD_RADIUS);
    else ctx.rect(t.position.x, t.position.y, CARD_WIDTH, CARD_HEIGHT);
  }
  ctx.fill();
  if (detailed) ctx.stroke();

  // The stage-coloured left edge, one batch per stage.
  const byColor = new Map<string, Tactic[]>();
  for (const t of cards) {
    const color = getStage(t.stage).color;
    const list = byColor.get(color);
    if (list) list.push(t);
    else byColor.set(color, [t]);
  }
  for (const [color, list] of byColor) {
    ctx.fillStyle = color;
    ctx.beginPath();
    for (const t of list) ctx.rect(t.position.x, t.position.y, 7, CARD_HEIGHT);
    ctx.fill();
  }

  const selected = cards.filter((t) => selection.has(t.id));
  if (selected.length) {
    ctx.strokeStyle = colors.accent;
    ctx.lineWidth = Math.max(3, 2 / zoom);
    ctx.beginPath();
    for (const t of selected) ctx.rect(t.position.x - 2, t.position.y - 2, CARD_WIDTH + 4, CARD_HEIGHT + 4);
    ctx.stroke();
  }
}

/**
 * About the time a frame may spend breaking titles it has not broken before, ms (the clock is
 * read every few titles). Zooming out past the point where titles become legible brings hundreds
 * of new ones on screen at once: broken all in one frame (cold code, on a slow laptop) that frame
 * took 30 ms and more. The rest wait a frame.
 */
const NEW_TITLES_MS = 4;

/**
 * Titles as a card seen from afar shows them (CARD_FAR_TITLE): alone, large, centred in height.
 * False when some titles are not drawn yet (their lines were not known and the frame's time for
 * new ones ran out).
 */
function drawTitles(
  ctx: CanvasRenderingContext2D,
  cards: readonly Tactic[],
  colors: ThemeColors,
): boolean {
  ctx.fillStyle = colors.ink;
  ctx.font = `700 ${TITLE_FONT}px ${FONT_FAMILY}`;
  ctx.textBaseline = 'middle';
  const { lineHeight } = CARD_FAR_TITLE;
  // Emptied only between complete draws: a draw that needs more titles than the cache holds
  // (cards stacked by the thousand) still finishes over a few frames.
  if (lastComplete && lineCache.size >= LINE_CACHE_MAX) lineCache.clear();
  const deadline = performance.now() + NEW_TITLES_MS;
  let broken = 0;
  let complete = true;
  for (const t of cards) {
    let lines = lineCache.get(t.title);
    if (!lines) {
      // The clock is read every few titles: reading it costs too.
      if (!complete || (++broken % 8 === 0 && performance.now() > deadline)) {
        complete = false;
        continue;
      }
      lines = titleLines(t.title);
    }
    const [first = '', second] = lines;
    const x = t.position.x + CARD_CONTENT.left;
    const middle = t.position.y + CARD_HEIGHT / 2;
    if (second !== undefined) {
      ctx.fillText(first, x, middle - lineHeight / 2);
      ctx.fillText(second, x, middle + lineHeight / 2);
    } else ctx.fillText(first, x, middle);
  }
  lastComplete = complete;
  return complete;
}

/**
 * Line breaks per title, the DOM card's own (cardFarTitleLines: the shipped font's metrics, the
 * same breaks as the card and the exports), measured in JavaScript rather than with the canvas's
 * measureText, which costs a few milliseconds a screenful (the first frame after a jump to
 * another part of the journey). Kept per title: a zoom draws the same titles every frame.
 */
const lineCache = new Map<string, readonly string[]>();
const LINE_CACHE_MAX = 20_000;
/** Whether the last draw had every title it showed (see drawTitles). */
let lastComplete = true;

function titleLines(title: string): readonly string[] {
  let lines = lineCache.get(title);
  if (!lines) {
    lines = cardFarTitleLines(title).lines;
    lineCache.set(title, lines);
  }
  return lines;
}
