import { getLibraryTactic } from '../../library';
import { STAGES } from '../../stages';
import { finding } from '../context';
import type { HealthRule } from './rule';

/** The same library tactic twice or more in one stage: one card may be enough. */
export const duplicateTactic: HealthRule = {
  id: 'duplicate-tactic',
  check(ctx) {
    const out = [];
    for (const stage of STAGES) {
      const byKind = new Map<string, string[]>();
      for (const t of ctx.byStage[stage.id]) {
        if (!getLibraryTactic(t.kind)) continue;
        const ids = byKind.get(t.kind);
        if (ids) ids.push(t.id);
        else byKind.set(t.kind, [t.id]);
      }
      for (const [kind, ids] of byKind) {
        if (ids.length < 2) continue;
        out.push(
          finding(
            'duplicate-tactic',
            'tip',
            `${getLibraryTactic(kind)!.name} is in ${stage.label} ${ids.length} times: merge the cards, or rename them to say how they differ.`,
            { stages: [stage.id], tactics: ids },
          ),
        );
      }
    }
    return out;
  },
};
