import { LANE_WIDTH, placeCard, snapToGrid, stageOfCard } from '../layout';
import { stageIndex } from '../stages';
import type { Connection, Journey, Point, Tactic } from '../types';
import { STAGE_IDS } from '../types';
import { mappedId } from './fields';

/** The highest a card may sit: the first grid line below the lane header. */
const CARD_TOP = placeCard({ x: 0, y: 0 }).y;
const LAST_LANE = STAGE_IDS.length - 1;

/**
 * Where a group of cards moved by `offset` lands, in input order. The group keeps its shape:
 * it moves by whole lanes (the leftmost card decides how many, from where its centre lands),
 * stopped at the first and last lane, and by whole grid steps, stopped below the header. Moving
 * cards one by one instead would pile the group up against an edge.
 */
export function placeGroup(positions: readonly Point[], offset: Point): Point[] {
  const [first] = positions;
  if (!first) return [];
  let left = first;
  let minLane = LAST_LANE;
  let maxLane = 0;
  let top = first.y;
  for (const position of positions) {
    if (position.x < left.x) left = position;
    const lane = laneOf(position);
    minLane = Math.min(minLane, lane);
    maxLane = Math.max(maxLane, lane);
    top = Math.min(top, position.y);
  }
  const wanted = laneOf({ x: left.x + offset.x, y: left.y }) - laneOf(left);
  const lanes = Math.min(LAST_LANE - maxLane, Math.max(-minLane, wanted));
  const dy = Math.max(snapToGrid(offset.y), CARD_TOP - top);
  return positions.map((p) => placeCard({ x: p.x + lanes * LANE_WIDTH, y: p.y + dy }));
}

function laneOf(position: Point): number {
  return stageIndex(stageOfCard(position));
}

export interface CopySource {
  tactics: readonly Tactic[];
  connections: readonly Connection[];
  /** Old id -> new id. A tactic or connection without a usable new id is left out. */
  newTacticIds: Readonly<Record<string, string>>;
  newConnectionIds: Readonly<Record<string, string>>;
  offset: Point;
}

/**
 * Copies of tactics and of the connections between them, ready to append to `doc`: every field
 * is kept (unknown ones too), ids are mapped, and each card is re-staged from where it lands.
 * A new id that is missing or already taken skips that item (and, for a card, its connections),
 * so the result always keeps ids unique and every edge's ends present.
 */
export function makeCopies(
  doc: Journey,
  source: CopySource,
): { tactics: Tactic[]; connections: Connection[] } {
  const positions = placeGroup(
    source.tactics.map((tactic) => tactic.position),
    source.offset,
  );
  const takenTactics = new Set(doc.tactics.map((tactic) => tactic.id));
  const copiedIds = new Map<string, string>();
  const tactics: Tactic[] = [];
  source.tactics.forEach((tactic, index) => {
    const id = mappedId(source.newTacticIds, tactic.id);
    const position = positions[index];
    if (!id || !position || takenTactics.has(id) || copiedIds.has(tactic.id)) return;
    takenTactics.add(id);
    copiedIds.set(tactic.id, id);
    // A copy is a new tactic: the room has not voted for it.
    const { votes: _votes, ...fields } = tactic;
    tactics.push({ ...fields, id, position, stage: stageOfCard(position) });
  });

  const takenConnections = new Set(doc.connections.map((connection) => connection.id));
  const pairs = new Set<string>();
  const connections: Connection[] = [];
  for (const connection of source.connections) {
    const id = mappedId(source.newConnectionIds, connection.id);
    const from = copiedIds.get(connection.source);
    const to = copiedIds.get(connection.target);
    if (!id || !from || !to || from === to || takenConnections.has(id)) continue;
    const pair = JSON.stringify([from, to]);
    if (pairs.has(pair)) continue;
    takenConnections.add(id);
    pairs.add(pair);
    connections.push({ ...connection, id, source: from, target: to });
  }
  return { tactics, connections };
}

export function isFinitePoint(point: Point): boolean {
  return Number.isFinite(point.x) && Number.isFinite(point.y);
}
