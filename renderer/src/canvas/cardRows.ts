import type { Connection, Tactic } from '../../../shared/model/types';
import { CARD_HEIGHT, CARD_WIDTH } from '../../../shared/model/layout';
import { tacticIndex, type TacticIndex } from '../../../shared/model/tacticIndex';
import { appendedTo } from '../../../shared/model/selectors';

/**
 * Where the cards and connections of a journey lie, filed so that what a screen shows is found
 * without looking through the whole journey (shownTactics asks on every frame of a gesture and
 * on every edit), and kept per version of the journey, following adds without starting again.
 */

/** A box in canvas coordinates. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Cards and connections are filed by rows of the canvas this tall (by their top), so that what
 * the screen shows is found by looking through the rows it spans, not through the whole journey:
 * every frame of a pan or a zoom and every edit asks.
 */
const ROW = 1024;

/**
 * Indexes filed by row (ascending within a row), as flat arrays: row r (counted from `first`)
 * holds items[start[r] .. start[r + 1]). Rows are ROW tall, or taller where a few cards lie far
 * apart, so that there are never many more rows than cards.
 */
interface Rows {
  first: number;
  height: number;
  start: Int32Array;
  items: Int32Array;
  /** Indexes added since the rows were filed (cards added one by one): offered to every query. */
  extra: readonly number[];
}

/** Appended indexes are carried as `extra` up to this many; then the rows are filed again. */
const MAX_EXTRA = 64;

/** Files indexes 0 .. tops.length - 1 by their tops (NaN: not filed). */
function fileByRow(tops: Float64Array): Rows {
  let min = Infinity;
  let max = -Infinity;
  for (const top of tops) {
    if (top < min) min = top;
    if (top > max) max = top;
  }
  if (!(min <= max)) return { first: 0, height: ROW, start: new Int32Array(1), items: new Int32Array(0), extra: [] };
  const height = Math.max(ROW, (max - min) / (2 * tops.length + 16));
  const first = Math.floor(min / height);
  const count = Math.floor(max / height) - first + 1;
  const start = new Int32Array(count + 1);
  const rowOf = new Int32Array(tops.length);
  for (let i = 0; i < tops.length; i++) {
    const top = tops[i]!;
    rowOf[i] = Number.isNaN(top) ? -1 : Math.floor(top / height) - first;
    if (rowOf[i]! >= 0) start[rowOf[i]! + 1]!++;
  }
  for (let r = 0; r < count; r++) start[r + 1]! += start[r]!;
  const items = new Int32Array(start[count]!);
  const next = start.slice(0, count);
  for (let i = 0; i < tops.length; i++) if (rowOf[i]! >= 0) items[next[rowOf[i]!]!++] = i;
  return { first, height, start, items, extra: [] };
}

/**
 * Calls `fn` with every index filed in a row that meets [from, to], and with the extra ones
 * (the caller checks each for itself), in no particular order.
 */
export function forEachInRows(rows: Rows, from: number, to: number, fn: (i: number) => void): void {
  for (const i of rows.extra) fn(i);
  const rowCount = rows.start.length - 1;
  const first = Math.max(0, Math.floor(from / rows.height) - rows.first);
  const last = Math.min(rowCount - 1, Math.floor(to / rows.height) - rows.first);
  if (!(first <= last)) return;
  const { start, items } = rows;
  for (let e = start[first]!; e < start[last + 1]!; e++) fn(items[e]!);
}

/** `rows` with the indexes from .. to - 1 added, or null when the rows should be filed again. */
function withExtra(rows: Rows, from: number, to: number): Rows | null {
  if (rows.extra.length + (to - from) > MAX_EXTRA) return null;
  const extra = [...rows.extra];
  for (let i = from; i < to; i++) extra.push(i);
  return { ...rows, extra };
}

interface Geometry {
  xs: Float64Array;
  ys: Float64Array;
  index: TacticIndex;
  rows: Rows;
}
const geometries = new WeakMap<readonly Tactic[], Geometry>();

/** The version looked at last: the next one is most often an edit of it. */
let latestGeometry: { tactics: readonly Tactic[]; geometry: Geometry } | null = null;

/** The cards' positions as flat arrays, so the view's every frame scans numbers, not objects. */
export function geometryOf(tactics: readonly Tactic[]): Geometry {
  let g = geometries.get(tactics);
  if (!g) {
    const xs = new Float64Array(tactics.length);
    const ys = new Float64Array(tactics.length);
    // After an added card, the rest is as it was: copied, not read again.
    const before = latestGeometry && appendedTo(latestGeometry.tactics, tactics) ? latestGeometry : null;
    const from = before ? before.tactics.length : 0;
    if (before) {
      xs.set(before.geometry.xs);
      ys.set(before.geometry.ys);
    }
    for (let i = from; i < tactics.length; i++) {
      const { x, y } = (tactics[i] as Tactic).position;
      xs[i] = x;
      ys[i] = y;
    }
    const rows = (before && withExtra(before.geometry.rows, from, tactics.length)) ?? fileByRow(ys);
    g = { xs, ys, index: tacticIndex(tactics), rows };
    geometries.set(tactics, g);
  }
  latestGeometry = { tactics, geometry: g };
  return g;
}

interface Links {
  tactics: readonly Tactic[];
  sources: Int32Array;
  targets: Int32Array;
  /** Connections with both ends, filed by the top of the box spanning their two cards. */
  rows: Rows;
  /** The tallest such box: a connection filed above the screen by less may still cross it. */
  tallest: number;
  /** Connections by source card: those of card i are bySource[firstFrom[i] .. firstFrom[i + 1]). */
  firstFrom: Int32Array;
  bySource: Int32Array;
  /** Every connection has both its ends. */
  complete: boolean;
}
/** Per connections array, its ends in the tactics array last asked about. */
const links = new WeakMap<readonly Connection[], Links>();

/**
 * Each connection's ends as indexes into the tactics (-1: a dangling end). After an edit that
 * leaves the connections alone (an added or moved card), each end is first looked for where it
 * was in the previous version of the tactics: one comparison instead of a lookup by id.
 */
export function linksOf(connections: readonly Connection[], tactics: readonly Tactic[]): Links {
  const before = links.get(connections);
  if (before?.tactics === tactics) return before;
  const { index, ys } = geometryOf(tactics);
  // Cards added at the end and no connection pointing nowhere (it might name an added card):
  // every connection's ends are where they were.
  if (before && before.complete && appendedTo(before.tactics, tactics)) {
    const firstFrom = new Int32Array(tactics.length + 1);
    firstFrom.set(before.firstFrom);
    firstFrom.fill(before.firstFrom[before.tactics.length]!, before.tactics.length + 1);
    const l = { ...before, tactics, firstFrom };
    links.set(connections, l);
    return l;
  }
  const end = (id: string, guess: number | undefined) =>
    guess !== undefined && guess >= 0 && tactics[guess]?.id === id ? guess : index.indexOf(id);
  const sources = new Int32Array(connections.length);
  const targets = new Int32Array(connections.length);
  for (let k = 0; k < connections.length; k++) {
    const c = connections[k] as Connection;
    sources[k] = end(c.source, before?.sources[k]);
    targets[k] = end(c.target, before?.targets[k]);
  }
  let tallest = 0;
  let complete = true;
  const tops = new Float64Array(connections.length);
  const firstFrom = new Int32Array(tactics.length + 1);
  for (let k = 0; k < connections.length; k++) {
    const a = sources[k]!;
    const b = targets[k]!;
    tops[k] = NaN;
    if (a < 0 || b < 0) complete = false;
    if (a < 0) continue;
    firstFrom[a + 1]!++;
    if (b < 0) continue;
    const top = Math.min(ys[a]!, ys[b]!);
    tallest = Math.max(tallest, Math.max(ys[a]!, ys[b]!) + CARD_HEIGHT - top);
    tops[k] = top;
  }
  const rows = fileByRow(tops);
  for (let i = 0; i < tactics.length; i++) firstFrom[i + 1]! += firstFrom[i]!;
  const bySource = new Int32Array(firstFrom[tactics.length]!);
  const next = firstFrom.slice(0, tactics.length);
  for (let k = 0; k < connections.length; k++) {
    const a = sources[k]!;
    if (a >= 0) bySource[next[a]!++] = k;
  }
  const l = { tactics, sources, targets, rows, tallest, firstFrom, bySource, complete };
  links.set(connections, l);
  return l;
}

/** Whether the box spanned by two cards overlaps the screen (their connection may cross it). */
export function crosses(ax: number, ay: number, bx: number, by: number, r: Rect): boolean {
  const left = Math.min(ax, bx);
  const top = Math.min(ay, by);
  const right = Math.max(ax, bx) + CARD_WIDTH;
  const bottom = Math.max(ay, by) + CARD_HEIGHT;
  return left < r.right && right > r.left && top < r.bottom && bottom > r.top;
}
