import { produce } from 'immer';
import { placeCard, stageOfCard } from '../layout';
import type { Journey, Point } from '../types';
import { pickTactics } from './fields';

export interface TacticMove {
  id: string;
  position: Point;
}

/** One command for a whole multi-card drag, so the drag is one undo step. */
export function moveTactics(doc: Journey, { moves }: { moves: readonly TacticMove[] }): Journey {
  const indexById = new Map(doc.tactics.map((tactic, index) => [tactic.id, index]));
  return produce(doc, (draft) => {
    for (const move of moves) {
      const index = indexById.get(move.id);
      const tactic = index === undefined ? undefined : draft.tactics[index];
      if (!tactic) continue;
      const position = placeCard(move.position);
      const stage = stageOfCard(position);
      // Assign only real changes: immer then hands back the same document for a zero move.
      if (tactic.position.x !== position.x || tactic.position.y !== position.y) {
        tactic.position = position;
      }
      if (tactic.stage !== stage) tactic.stage = stage;
    }
  });
}

export interface NudgeTacticsArgs {
  ids: readonly string[];
  dx: number;
  dy: number;
}

/**
 * Arrow-key nudge. Exactly a drag by (dx, dy): a card whose centre ends up over another lane
 * moves to that lane and stage (dx = ±LANE_WIDTH is one lane), and each card is snapped and
 * clamped like a drop, so a delta under half a grid step moves nothing. Cards are nudged one by
 * one, as a drag would place them: at the canvas edge or the header a card stops while the rest
 * of the selection goes on.
 */
export function nudgeTactics(doc: Journey, { ids, dx, dy }: NudgeTacticsArgs): Journey {
  if (!Number.isFinite(dx) || !Number.isFinite(dy) || (dx === 0 && dy === 0)) return doc;
  const moves = pickTactics(doc.tactics, ids).map(({ id, position }) => ({
    id,
    position: { x: position.x + dx, y: position.y + dy },
  }));
  return moveTactics(doc, { moves });
}
