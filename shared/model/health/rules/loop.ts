import { finding } from '../context';
import type { HealthRule } from './rule';

/** No connection from Promote back to Aware: referrals do not bring new people to the start. */
export const noLoop: HealthRule = {
  id: 'no-loop',
  check(ctx) {
    const promote = ctx.byStage.promote;
    const loops = promote.some((t) =>
      (ctx.outgoing.get(t.id) ?? []).some((c) => ctx.byId.get(c.target)!.stage === 'aware'),
    );
    if (loops) return [];
    const message =
      promote.length === 0
        ? 'No Promote → Aware loop: nothing at Promote sends new people back to the start of the journey.'
        : 'No Promote → Aware loop: connect a Promote tactic to Aware to show how referrals bring new people in.';
    return [
      finding(
        'no-loop',
        'warning',
        message,
        { stages: ['promote', 'aware'], tactics: promote.map((t) => t.id) },
        'stage',
      ),
    ];
  },
};
