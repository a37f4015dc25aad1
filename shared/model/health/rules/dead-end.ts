import { stageIndex, STAGES } from '../../stages';
import { finding } from '../context';
import type { HealthRule } from './rule';

/**
 * A stage whose tactics lead nowhere onward (no connection to a later stage) while later stages
 * have tactics: people reach it and the map does not say how they go on.
 */
export const deadEnd: HealthRule = {
  id: 'dead-end',
  check(ctx) {
    const out = [];
    for (const stage of STAGES) {
      const here = ctx.byStage[stage.id];
      if (here.length === 0) continue;
      const later = STAGES.slice(stageIndex(stage.id) + 1).filter(
        (s) => ctx.byStage[s.id].length > 0,
      );
      if (later.length === 0) continue;
      const onward = here.some((t) =>
        (ctx.outgoing.get(t.id) ?? []).some(
          (c) => stageIndex(ctx.byId.get(c.target)!.stage) > stageIndex(stage.id),
        ),
      );
      if (onward) continue;
      out.push(
        finding(
          'dead-end',
          'warning',
          `${stage.label} is a dead end: none of its tactics leads on to a later stage, though ${later[0]!.label} has tactics.`,
          { stages: [stage.id], tactics: here.map((t) => t.id) },
          'stage',
        ),
      );
    }
    return out;
  },
};
