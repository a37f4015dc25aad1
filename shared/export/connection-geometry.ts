import { CARD_HEIGHT, CARD_WIDTH, LANE_WIDTH } from '../model/layout';
import type { Point } from '../model/types';

/**
 * Where a connection runs, the same on the canvas and in exports. Pure math with no React Flow
 * dependency: the neighbouring-lane curve reimplements `getBezierPath` of @xyflow/system 0.0.x
 * (React Flow 12; packages/system/src/utils/edges/bezier-edge.ts) for a source handle on the
 * right and a target handle on the left, curvature 0.25; longer and backward connections arc
 * below the cards (the canvas's renderer/src/canvas/connectionPath.ts).
 */

/** `.cvj-handle`: 12px circles centred on the card's left and right edges. */
export const HANDLE_SIZE = 12;
export const HANDLE_BORDER = 2.5;

export interface ConnectionEnds {
  sourceX: number;
  sourceY: number;
  targetX: number;
  targetY: number;
}

/**
 * React Flow measures from the outer edge of a handle: the right edge of the source handle and
 * the left edge of the target handle, at the cards' vertical middle.
 */
export function connectionEnds(source: Point, target: Point): ConnectionEnds {
  return {
    sourceX: source.x + CARD_WIDTH + HANDLE_SIZE / 2,
    sourceY: source.y + CARD_HEIGHT / 2,
    targetX: target.x - HANDLE_SIZE / 2,
    targetY: target.y + CARD_HEIGHT / 2,
  };
}

/** One cubic Bézier from `start` to `end`, and the point where its label is centred. */
export interface ConnectionCurve {
  start: Point;
  control1: Point;
  control2: Point;
  end: Point;
  label: Point;
}

const CURVATURE = 0.25;

/** @xyflow/system `calculateControlOffset`. */
function controlOffset(distance: number): number {
  return distance >= 0 ? 0.5 * distance : CURVATURE * 25 * Math.sqrt(-distance);
}

/** The point at t = 0.5, where React Flow centres a bezier edge's label. */
function midpoint(a: Point, b: Point, c: Point, d: Point): Point {
  return {
    x: a.x * 0.125 + b.x * 0.375 + c.x * 0.375 + d.x * 0.125,
    y: a.y * 0.125 + b.y * 0.375 + c.y * 0.375 + d.y * 0.125,
  };
}

/**
 * Between cards in neighbouring lanes the gap is narrow (about 30 px between the handles when
 * both cards sit in the middle of their lanes): a label centred on the curve there would cover
 * the cards' handles. Below LABEL_ROOM of horizontal span it sits just above the higher of the
 * two handles instead: a 24.5 px pill centred LABEL_LIFT above it clears a 12 px handle by 3.75 px.
 */
export const LABEL_ROOM = 120;
export const LABEL_LIFT = 22;

/** Where a neighbouring-lane connection's label is centred, given its curve's midpoint. */
export function neighbourLabelPoint(mid: Point, ends: ConnectionEnds): Point {
  if (ends.targetX - ends.sourceX >= LABEL_ROOM) return mid;
  return { x: mid.x, y: Math.min(ends.sourceY, ends.targetY) - LABEL_LIFT };
}

export function connectionCurve(e: ConnectionEnds): ConnectionCurve {
  const start = { x: e.sourceX, y: e.sourceY };
  const end = { x: e.targetX, y: e.targetY };
  const span = e.targetX - e.sourceX;
  if (span > 0 && span < LANE_WIDTH * 1.5) {
    // getBezierPath with sourcePosition Right and targetPosition Left.
    const control1 = { x: e.sourceX + controlOffset(e.targetX - e.sourceX), y: e.sourceY };
    const control2 = { x: e.targetX - controlOffset(e.targetX - e.sourceX), y: e.targetY };
    const label = neighbourLabelPoint(midpoint(start, control1, control2, end), e);
    return { start, control1, control2, end, label };
  }
  // Arc below the cards, deeper the further it reaches (see connectionPath.ts for the why).
  const lanes = Math.max(1, Math.round(Math.abs(span) / LANE_WIDTH));
  const depth = CARD_HEIGHT / 2 + 36 + 14 * Math.min(lanes, 8);
  const bottom = Math.max(e.sourceY, e.targetY) + depth;
  const reach = 90;
  const c = bottom + (depth * 4) / 3 - depth;
  const control1 = { x: e.sourceX + reach, y: c };
  const control2 = { x: e.targetX - reach, y: c };
  return { start, control1, control2, end, label: midpoint(start, control1, control2, end) };
}

/** The exact bounding box of the curve (extrema of the cubic, not its control polygon). */
export function curveBounds(curve: ConnectionCurve): {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
} {
  const [x0, x1] = axisRange(curve.start.x, curve.control1.x, curve.control2.x, curve.end.x);
  const [y0, y1] = axisRange(curve.start.y, curve.control1.y, curve.control2.y, curve.end.y);
  return { x0, y0, x1, y1 };
}

/** Least and greatest value on one axis of the cubic with these coordinates. */
function axisRange(a: number, b: number, c: number, d: number): [number, number] {
  const values = [a, d];
  // B'(t)/3 = (b-a)(1-t)^2 + 2(c-b)t(1-t) + (d-c)t^2 = A t^2 + B t + C
  const A = -a + 3 * b - 3 * c + d;
  const B = 2 * (a - 2 * b + c);
  const C = b - a;
  const roots: number[] = [];
  if (Math.abs(A) < 1e-12) {
    if (Math.abs(B) > 1e-12) roots.push(-C / B);
  } else {
    const disc = B * B - 4 * A * C;
    if (disc >= 0) roots.push((-B + Math.sqrt(disc)) / (2 * A), (-B - Math.sqrt(disc)) / (2 * A));
  }
  for (const t of roots) {
    if (t > 0 && t < 1) {
      const u = 1 - t;
      values.push(u * u * u * a + 3 * u * u * t * b + 3 * u * t * t * c + t * t * t * d);
    }
  }
  return [Math.min(...values), Math.max(...values)];
}

/** Direction (radians) in which the curve arrives at its end, as `orient="auto"` sees it. */
export function arrivalAngle(curve: ConnectionCurve): number {
  const { end } = curve;
  for (const from of [curve.control2, curve.control1, curve.start]) {
    const dx = end.x - from.x;
    const dy = end.y - from.y;
    if (Math.abs(dx) > 1e-9 || Math.abs(dy) > 1e-9) return Math.atan2(dy, dx);
  }
  return 0;
}

/**
 * React Flow's `ArrowClosed` marker as plain geometry: the polyline (-5,-4) (0,0) (-5,4) in a
 * 20-unit viewBox drawn 18 stroke-widths wide, i.e. scaled by 18 * strokeWidth / 20, turned to
 * the arrival direction, with its tip on the end point. Drawn as a path rather than a `<marker>`
 * because several office applications ignore or misplace SVG markers.
 */
export function arrowHead(
  curve: ConnectionCurve,
  strokeWidth: number,
  size = 18,
): { points: Point[]; strokeWidth: number } {
  const k = (size * strokeWidth) / 20;
  const angle = arrivalAngle(curve);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const { end } = curve;
  return {
    points: [
      rotated(end, k, cos, sin, -5, -4),
      rotated(end, k, cos, sin, 0, 0),
      rotated(end, k, cos, sin, -5, 4),
    ],
    strokeWidth: k,
  };
}

/** (x, y) scaled by k, turned by the angle of (cos, sin), moved to `origin`. */
function rotated(origin: Point, k: number, cos: number, sin: number, x: number, y: number): Point {
  return { x: origin.x + k * (x * cos - y * sin), y: origin.y + k * (x * sin + y * cos) };
}
