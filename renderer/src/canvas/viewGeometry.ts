import type { Tactic } from '../../../shared/model/types';
import { CANVAS_WIDTH, CARD_HEIGHT, LANE_HEADER_HEIGHT } from '../../../shared/model/layout';

/**
 * Where the view must be for a fit or a reveal, as pure functions of the pane's size and the
 * cards (no DOM, no React: tested in Node). Screen values are pixels from the pane's top-left;
 * flow values are canvas coordinates. A viewport is React Flow's: screen = flow * zoom + (x, y).
 */

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The part of the pane no panel covers (pane pixels), and the boxes floating over its bottom
 * corners (the minimap, the zoom buttons): a card under one of them is not in view either.
 */
export interface FreeArea extends Box {
  covered?: readonly Box[];
}

const MIN_BAND = 64;
const FULL_BAND = 120;

/**
 * Screen height of the stage headers (LaneHeaders): the lanes' header zone at this zoom, but
 * never below a readable minimum nor above the full band.
 */
export function headerBand(zoom: number): number {
  return Math.round(Math.max(MIN_BAND, Math.min(FULL_BAND, LANE_HEADER_HEIGHT * zoom)));
}

/**
 * Screen top of the stage headers. They lie over the lanes' header zone, their bottom on the
 * zone's bottom when the band is the taller of the two (zoomed far out), so cards, which start
 * below the zone, start below the headers at any zoom; scrolled down, they stick to the top.
 */
export function headerTop({ y, zoom }: Viewport): number {
  return Math.max(0, y + Math.min(0, LANE_HEADER_HEIGHT * zoom - headerBand(zoom)));
}

export function headerBottom(viewport: Viewport): number {
  return headerTop(viewport) + headerBand(viewport.zoom);
}

/** Room kept around the journey by a fit. */
const FIT_PAD = 16;
/** Room kept between the headers and a card a fit or a reveal shows. */
const HEADER_GAP = 8;
/** Room kept between a revealed card and the other edges of the free part of the canvas. */
const REVEAL_MARGIN = 48;

export interface FitArea {
  width: number;
  height: number;
  minZoom: number;
  maxZoom: number;
}

/**
 * The fit: all eight lanes across, from the stage headers down to the lowest card (and room for
 * three rows at least), anchored to the top, and every card below the headers. React Flow's
 * fitView fits only the cards and centres them, which crops the lanes and floats the stage names
 * mid-screen.
 */
export function fitViewport(area: FitArea, tactics: readonly Pick<Tactic, 'position'>[]): Viewport {
  const { width, height, minZoom, maxZoom } = area;
  let top = Infinity;
  let bottom = LANE_HEADER_HEIGHT + CARD_HEIGHT * 3;
  for (const t of tactics) {
    top = Math.min(top, t.position.y);
    bottom = Math.max(bottom, t.position.y + CARD_HEIGHT + 48);
  }
  const clamp = (zoom: number) => Math.min(maxZoom, Math.max(minZoom, zoom));
  let zoom = clamp(Math.min((width - 2 * FIT_PAD) / CANVAS_WIDTH, (height - 2 * FIT_PAD) / bottom));
  let y = clearOfHeaders(top, zoom, FIT_PAD);
  // Pushed down below the headers, the lowest card may leave the pane: fit into what is left
  // (a smaller zoom needs a little more push; this settles in a few rounds).
  for (let round = 0; round < 8 && y + bottom * zoom > height - FIT_PAD; round++) {
    zoom = clamp(Math.min(zoom, (height - FIT_PAD - y) / bottom));
    y = clearOfHeaders(top, zoom, FIT_PAD);
  }
  return { x: (width - CANVAS_WIDTH * zoom) / 2, y, zoom };
}

/**
 * The least viewport y, from `y` down, at which a card whose top is `top` (flow) lies below the
 * headers, HEADER_GAP clear of them where the zoom allows (zoomed far out, the headers follow
 * the lanes down and the card can only be as far below them as the layout puts it).
 */
export function clearOfHeaders(top: number, zoom: number, y: number): number {
  if (!Number.isFinite(top)) return y;
  const band = headerBand(zoom);
  const zone = LANE_HEADER_HEIGHT * zoom;
  const gap = Math.min(HEADER_GAP, top * zoom - Math.min(zone, band));
  if (y + top * zoom - headerBottom({ x: 0, y, zoom }) >= gap) return y;
  // Still short: the headers stick to the pane's top edge, so each pixel down is a pixel gained.
  return band + gap - top * zoom;
}

/**
 * The smallest pan that brings `target` (flow coordinates) into `free`, the part of the pane no
 * panel covers (pane pixels, its top the pane's), below the headers and clear of the boxes over
 * its corners. Where it cannot all fit, its top-left wins. Null: it is in view already.
 */
export function revealViewport(target: Box, viewport: Viewport, free: FreeArea): Viewport | null {
  const { x, y, zoom } = viewport;
  const left = target.left * zoom + x;
  const right = target.right * zoom + x;
  const bottom = target.bottom * zoom + y;
  let dx = 0;
  let dy = 0;
  if (right > free.right - REVEAL_MARGIN) dx = free.right - REVEAL_MARGIN - right;
  if (left + dx < free.left + REVEAL_MARGIN) dx = free.left + REVEAL_MARGIN - left;
  // Out from under whatever floats over the bottom corners (the foot of Promote under the
  // minimap, of Aware under the zoom buttons); a card beside one or above it stays put.
  let floor = free.bottom;
  for (const box of free.covered ?? []) {
    if (left + dx < box.right && right + dx > box.left && bottom > box.top) floor = Math.min(floor, box.top);
  }
  if (bottom > floor - REVEAL_MARGIN) dy = floor - REVEAL_MARGIN - bottom;
  // The headers are at the pane's top (free.top is the pane's): the card's top must clear them.
  dy = clearOfHeaders(target.top, zoom, y + dy) - y;
  if (dx === 0 && dy === 0) return null;
  return { x: x + dx, y: y + dy, zoom };
}

/** The viewport at `zoom` that puts the centre of `target` in the centre of `free`. */
export function centreViewport(target: Box, zoom: number, free: Box): Viewport {
  const cx = (target.left + target.right) / 2;
  const cy = (target.top + target.bottom) / 2;
  return {
    x: (free.left + free.right) / 2 - cx * zoom,
    y: (free.top + free.bottom) / 2 - cy * zoom,
    zoom,
  };
}
