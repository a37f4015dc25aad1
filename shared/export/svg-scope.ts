import { CANVAS_WIDTH, CARD_HEIGHT, CARD_WIDTH, laneHeight, LANE_WIDTH } from '../model/layout';
import { isStageId, STAGES } from '../model/stages';
import type { Connection, Journey, StageId, Tactic } from '../model/types';
import {
  connectionCurve,
  connectionEnds,
  curveBounds,
  HANDLE_SIZE,
  type ConnectionCurve,
} from './connection-geometry';
import type { Area } from './svg-lanes';
import type { ExportScope } from './svg-options';

export type { ExportScope };

/** Margin around an `ids` scope. */
const SELECTION_PADDING = 24;

/** The tactics of a scope, and the connections between two of them. */
export function scopeContent(
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

/**
 * The part of the canvas a scope's image shows: its lanes (all, or the stage's) grown to hold
 * every card, handle, arrowhead and label drawn, or for an `ids` scope the drawn things and a
 * margin around them.
 */
export function scopeBounds(
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

/** The curve a connection is drawn along, between its two cards. */
export function curveOf(
  byId: Pick<ReadonlyMap<string, Tactic>, 'get'>,
  connection: Connection,
): ConnectionCurve {
  const source = byId.get(connection.source)!;
  const target = byId.get(connection.target)!;
  return connectionCurve(connectionEnds(source.position, target.position));
}

/** Handles the canvas shows where a connection leaves or enters a card. */
export function connectedHandles(
  connections: readonly Connection[],
): Map<string, Set<'in' | 'out'>> {
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
