import { getBezierPath, type Position } from '@xyflow/react';
import { CARD_HEIGHT, LANE_WIDTH } from '../../../shared/model/layout';
import { neighbourLabelPoint } from '../../../shared/export/connection-geometry';

interface Ends {
  sourceX: number;
  sourceY: number;
  targetX: number;
  targetY: number;
  sourcePosition: Position;
  targetPosition: Position;
}

/**
 * The path of a connection and where its label goes. Neighbouring lanes get React Flow's
 * bezier. A connection that jumps over lanes or runs backward would run straight through the
 * cards in between (journeys are often laid out in a row), so it arcs below them instead,
 * deeper the further it reaches, and its label sits at the bottom of the arc where it can be seen.
 */
export function connectionPath(e: Ends): [path: string, labelX: number, labelY: number] {
  const span = e.targetX - e.sourceX;
  if (span > 0 && span < LANE_WIDTH * 1.5) {
    const [path, midX, midY] = getBezierPath(e);
    const label = neighbourLabelPoint({ x: midX, y: midY }, e);
    return [path, label.x, label.y];
  }
  const lanes = Math.max(1, Math.round(Math.abs(span) / LANE_WIDTH));
  const depth = CARD_HEIGHT / 2 + 36 + 14 * Math.min(lanes, 8);
  const bottom = Math.max(e.sourceY, e.targetY) + depth;
  // Control points pushed out sideways and down; at t = 0.5 a cubic sits 3/4 of the way to
  // its control points' y, so they go 4/3 as deep as the label.
  const reach = 90;
  const c = bottom + (depth * 4) / 3 - depth;
  const path = `M ${e.sourceX},${e.sourceY} C ${e.sourceX + reach},${c} ${e.targetX - reach},${c} ${e.targetX},${e.targetY}`;
  const labelX = (e.sourceX + 3 * (e.sourceX + reach) + 3 * (e.targetX - reach) + e.targetX) / 8;
  const labelY = (e.sourceY + 3 * c + 3 * c + e.targetY) / 8;
  return [path, labelX, labelY];
}
