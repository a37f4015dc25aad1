import { isFlagged, stageFlow } from '../../selectors';
import { finding } from '../context';
import type { HealthRule } from './rule';

/** A connection that skips several stages or runs backward (Promote → Aware excepted). */
export const flaggedConnection: HealthRule = {
  id: 'flagged-connection',
  check(ctx) {
    const out = [];
    for (const c of ctx.doc.connections) {
      const source = ctx.byId.get(c.source);
      const target = ctx.byId.get(c.target);
      if (!source || !target) continue;
      const flow = stageFlow(source.stage, target.stage);
      if (!isFlagged(flow)) continue;
      out.push(
        finding('flagged-connection', 'warning', flow.explanation, {
          stages: [source.stage, target.stage],
          tactics: [source.id, target.id],
          connections: [c.id],
        }),
      );
    }
    return out;
  },
};
