import type { Connection, Journey, StageId, Tactic } from '../../../../shared/model/types';
import { STAGE_IDS } from '../../../../shared/model/types';
import { tacticIn } from '../fixtures';

/**
 * Minimal journeys for the health rules: `stages` gives each stage's cards as library kinds (or
 * 'custom'), ids `<stage>-<n>`; `links` connects cards by id.
 */
export function journey(
  stages: Partial<Record<StageId, (string | Partial<Tactic>)[]>>,
  links: [string, string][] = [],
): Journey {
  const tactics: Tactic[] = [];
  for (const stage of STAGE_IDS) {
    (stages[stage] ?? []).forEach((card, i) => {
      const extra = typeof card === 'string' ? { kind: card } : card;
      tactics.push(tacticIn(stage, `${stage}-${i + 1}`, 200 + i * 140, { title: `${stage} ${i + 1}`, ...extra }));
    });
  }
  const connections: Connection[] = links.map(([source, target]) => ({ id: `${source}>${target}`, source, target }));
  return {
    id: 'j',
    title: 'Health',
    tactics,
    connections,
    customTactics: [],
    meta: { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' },
  };
}

/** A healthy journey: every stage filled with its own kind, a straight path and the loop. */
export function healthy(): Journey {
  return journey(
    {
      aware: ['aware.seo'],
      engage: ['engage.blog-posts'],
      subscribe: ['subscribe.lead-magnet'],
      convert: ['convert.tripwire'],
      excite: ['excite.onboarding'],
      ascend: ['ascend.core-offer'],
      advocate: ['advocate.testimonial'],
      promote: ['promote.referral-program'],
    },
    [
      ['aware-1', 'engage-1'],
      ['engage-1', 'subscribe-1'],
      ['subscribe-1', 'convert-1'],
      ['convert-1', 'excite-1'],
      ['excite-1', 'ascend-1'],
      ['ascend-1', 'advocate-1'],
      ['advocate-1', 'promote-1'],
      ['promote-1', 'aware-1'],
    ],
  );
}
