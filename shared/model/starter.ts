import { addTactic, connectTactics, createEmptyJourney } from './commands';
import {
  GRID_SIZE,
  LANE_HEADER_HEIGHT,
  LANE_PADDING,
  LANE_WIDTH,
  CARD_WIDTH,
  laneLeft,
} from './layout';
import type { Journey, StageId } from './types';
import { STAGE_IDS } from './types';

export const STARTER_TITLE = 'My first journey';

/** One classic tactic per stage, with a line that tells a first-time user what the stage is for. */
const STARTER_TACTICS: Record<StageId, { kind: string; notes: string }> = {
  aware: {
    kind: 'aware.blogging',
    notes: 'Where strangers first hear of you: write where your audience already searches.',
  },
  engage: {
    kind: 'engage.blog-posts',
    notes: 'Content that answers their questions and earns their trust.',
  },
  subscribe: {
    kind: 'subscribe.lead-magnet',
    notes: 'Something valuable enough to trade an email address for.',
  },
  convert: {
    kind: 'convert.tripwire',
    notes: 'A small, low-risk first purchase; it does not need to make a profit.',
  },
  excite: {
    kind: 'excite.onboarding',
    notes: 'Help the new customer get a quick win from that first step.',
  },
  ascend: {
    kind: 'ascend.core-offer',
    notes: 'Your main offer, where profit starts; then upsells and repeat purchases.',
  },
  advocate: {
    kind: 'advocate.testimonial',
    notes: 'Ask happy customers to say, in their own words, what changed for them.',
  },
  promote: {
    kind: 'promote.referral-program',
    notes: 'Reward customers who send new people your way; they start again at Aware.',
  },
};

/** One row a little below the lane headers, each card centred in its lane. */
const ROW_Y = LANE_HEADER_HEIGHT + LANE_PADDING + 4 * GRID_SIZE;

/**
 * The journey a first-time user sees: the whole CVJ in one row, so the model explains itself.
 * Built with the ordinary commands so it obeys every rule a hand-made journey does, and with
 * ids derived from `id` so the same inputs always give the same document.
 */
export function createStarterJourney({ id, now }: { id: string; now: string | Date }): Journey {
  let doc = createEmptyJourney({ id, now, title: STARTER_TITLE });
  for (const stage of STAGE_IDS) {
    const { kind, notes } = STARTER_TACTICS[stage];
    doc = addTactic(doc, {
      id: starterTacticId(id, stage),
      kind,
      notes,
      stage,
      position: { x: laneLeft(stage) + (LANE_WIDTH - CARD_WIDTH) / 2, y: ROW_Y },
    });
  }
  STAGE_IDS.forEach((stage, index) => {
    const next = STAGE_IDS[index + 1];
    if (!next) return;
    doc = connectTactics(doc, {
      id: `${id}-${stage}-${next}`,
      source: starterTacticId(id, stage),
      target: starterTacticId(id, next),
    });
  });
  return doc;
}

function starterTacticId(journeyId: string, stage: StageId): string {
  return `${journeyId}-${stage}`;
}
