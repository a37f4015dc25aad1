import type { Point, Tactic } from '../../../../shared/model/types';
import { CARD_HEIGHT, CARD_WIDTH } from '../../../../shared/model/layout';

/** The card under a canvas point (topmost, i.e. last drawn), for clicks on the overview. */
export function tacticAt(tactics: readonly Tactic[], at: Point): Tactic | undefined {
  for (let i = tactics.length - 1; i >= 0; i--) {
    const t = tactics[i] as Tactic;
    if (at.x >= t.position.x && at.x <= t.position.x + CARD_WIDTH && at.y >= t.position.y && at.y <= t.position.y + CARD_HEIGHT) {
      return t;
    }
  }
  return undefined;
}
