import { produce } from 'immer';
import { CARD_HEIGHT, GRID_SIZE, placeCard, snapToGrid } from '../layout';
import type { Journey, StageId, Tactic } from '../types';
import { pickTactics } from './fields';

export type AlignEdge = 'top' | 'middle' | 'bottom';

/**
 * Lines the selected cards up on one edge. Cards only move up or down: each stays in its lane,
 * so no stage changes. Every card is CARD_HEIGHT tall, so aligning bottoms means aligning tops
 * on the lowest card, and aligning middles means the average top (snapped to the grid).
 */
export function alignTactics(
  doc: Journey,
  { ids, edge }: { ids: readonly string[]; edge: AlignEdge },
): Journey {
  const chosen = pickTactics(doc.tactics, ids);
  if (chosen.length < 2) return doc;
  const tops = chosen.map((tactic) => tactic.position.y);
  const y =
    edge === 'top'
      ? tops.reduce((a, b) => Math.min(a, b))
      : edge === 'bottom'
        ? tops.reduce((a, b) => Math.max(a, b))
        : tops.reduce((a, b) => a + b) / tops.length;
  return setTops(doc, new Map(chosen.map((tactic) => [tactic.id, y])));
}

/** Closest two cards in a lane may sit: a grid step of air between them, on grid lines. */
const MIN_STEP = Math.ceil((CARD_HEIGHT + GRID_SIZE) / GRID_SIZE) * GRID_SIZE;

/**
 * Spreads the selected cards of each lane evenly (by top edge, keeping their top-to-bottom
 * order) between the topmost and the bottommost of them. Where that would leave cards closer
 * than a card and a grid step, they are spaced that far apart instead, growing down from the
 * topmost. Lanes with fewer than three selected cards are left alone (two are already even).
 */
export function distributeTactics(doc: Journey, { ids }: { ids: readonly string[] }): Journey {
  const byLane = new Map<StageId, Tactic[]>();
  for (const tactic of pickTactics(doc.tactics, ids)) {
    const lane = byLane.get(tactic.stage);
    if (lane) lane.push(tactic);
    else byLane.set(tactic.stage, [tactic]);
  }
  const tops = new Map<string, number>();
  for (const lane of byLane.values()) {
    if (lane.length < 3) continue;
    // Stable sort: cards at the same height keep their document order.
    const ordered = lane.toSorted((a, b) => a.position.y - b.position.y);
    const first = ordered[0] as Tactic;
    const last = ordered[ordered.length - 1] as Tactic;
    const step = Math.max((last.position.y - first.position.y) / (ordered.length - 1), MIN_STEP);
    // Rounding each offset (not the step) keeps gaps within one grid step of `step`, and never
    // below MIN_STEP, which is itself a whole number of grid steps.
    ordered.forEach((tactic, index) => {
      tops.set(tactic.id, first.position.y + snapToGrid(index * step));
    });
  }
  return setTops(doc, tops);
}

/** Moves cards vertically within their own lanes; unchanged cards stay the same objects. */
function setTops(doc: Journey, tops: ReadonlyMap<string, number>): Journey {
  if (tops.size === 0) return doc;
  return produce(doc, (draft) => {
    doc.tactics.forEach((tactic, index) => {
      const y = tops.get(tactic.id);
      if (y === undefined) return;
      const position = placeCard({ x: tactic.position.x, y }, tactic.stage);
      if (position.x === tactic.position.x && position.y === tactic.position.y) return;
      const target = draft.tactics[index];
      if (target) target.position = position;
    });
  });
}
