import { getLibraryTactic } from '../../library';
import { getStage } from '../../stages';
import { finding, quoted } from '../context';
import type { HealthRule } from './rule';

/** A library tactic in another stage's lane: a tip only, the strategist may know best. */
export const otherStageTactic: HealthRule = {
  id: 'other-stage-tactic',
  check(ctx) {
    const out = [];
    for (const t of ctx.doc.tactics) {
      const entry = getLibraryTactic(t.kind);
      if (!entry || entry.stage === t.stage) continue;
      out.push(
        finding(
          'other-stage-tactic',
          'tip',
          `${quoted(t)} is in ${getStage(t.stage).label}; ${entry.name} usually belongs to ${getStage(entry.stage).label}.`,
          { stages: [t.stage], tactics: [t.id] },
        ),
      );
    }
    return out;
  },
};
