import { produce } from 'immer';
import {
  CARD_HEIGHT,
  cardFitsLane,
  GRID_SIZE,
  LANE_CARD_TOP,
  LANE_HEADER_HEIGHT,
  placeCard,
} from './layout';
import { tacticsByStage } from './selectors';
import { STAGE_IDS, type Journey, type Point, type StageId } from './types';

/** A card `reconcileLayout` moved: where the file had it and where it is now. */
export interface MovedCard {
  id: string;
  title: string;
  stage: StageId;
  from: Point;
  to: Point;
}

export interface ReconciledLayout {
  /** The journey with every card in its stage's lane; the very same object when none moved. */
  journey: Journey;
  /** The cards that moved, in document order. */
  moved: MovedCard[];
}

/**
 * Between two cards pushed down out of the header band: the gap "add to stage" leaves. Cards
 * that were closer than that in the file keep their distance (and any overlap they had).
 */
const STACK_STEP = CARD_HEIGHT + GRID_SIZE * 2;

/**
 * Makes a journey's positions agree with its stages, as a file from an older version, another
 * tool or a hand edit may not: the stage is the truth and the position follows (as Excalidraw's
 * restore repairs what it loads). A card that sticks out of its stage's lane moves sideways
 * into it; a card in the lane's header band, which cards never overlap, moves down below it, and
 * the cards under it in that lane move down only as far as needed to keep their order. Nothing
 * else changes: titles, stages, ids, connections, unknown fields, and every card already in
 * place. Pure and idempotent: a reconciled journey comes back as the same object.
 */
export function reconcileLayout(journey: Journey): ReconciledLayout {
  const targets = new Map<string, Point>();
  const lanes = tacticsByStage(journey);
  for (const stage of STAGE_IDS) {
    // In reading order: top to bottom, then left to right.
    const column = lanes[stage];
    let previous: { from: number; to: number } | undefined;
    for (const card of column) {
      const { x, y } = card.position;
      const toX = cardFitsLane(x, stage) ? x : placeCard(card.position, stage).x;
      const toY = previous
        ? Math.max(y, previous.to + Math.min(y - previous.from, STACK_STEP))
        : y < LANE_HEADER_HEIGHT
          ? LANE_CARD_TOP
          : y;
      if (toX !== x || toY !== y) targets.set(card.id, { x: toX, y: toY });
      previous = { from: y, to: toY };
    }
  }
  if (targets.size === 0) return { journey, moved: [] };

  const moved: MovedCard[] = [];
  const next = produce(journey, (draft) => {
    for (const tactic of draft.tactics) {
      const to = targets.get(tactic.id);
      if (!to) continue;
      const { id, title, stage } = tactic;
      moved.push({ id, title, stage, from: { x: tactic.position.x, y: tactic.position.y }, to });
      // Only x and y: other keys a newer version keeps on a position survive.
      tactic.position.x = to.x;
      tactic.position.y = to.y;
    }
  });
  return { journey: next, moved };
}
