import { finding } from '../context';
import type { HealthRule } from './rule';

const LEAD_MAGNET = 'subscribe.lead-magnet';

/** Subscribe has tactics but no lead magnet: what do people get for their contact details? */
export const noLeadMagnet: HealthRule = {
  id: 'no-lead-magnet',
  check(ctx) {
    const here = ctx.byStage.subscribe;
    if (here.length === 0 || here.some((t) => t.kind === LEAD_MAGNET)) return [];
    return [
      finding(
        'no-lead-magnet',
        'warning',
        'Subscribe has no lead magnet: nothing of value (a guide, a checklist, a webinar) is offered for contact details.',
        { stages: ['subscribe'], tactics: here.map((t) => t.id) },
        'stage',
      ),
    ];
  },
};
