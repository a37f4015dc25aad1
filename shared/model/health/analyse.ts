import { stageIndex } from '../stages';
import type { Journey } from '../types';
import { STAGE_IDS } from '../types';
import { healthContext } from './context';
import { convertExciteGap } from './rules/convert-excite-gap';
import { noCoreOffer } from './rules/core-offer';
import { deadEnd } from './rules/dead-end';
import { duplicateTactic } from './rules/duplicate-tactic';
import { emptyStage } from './rules/empty-stage';
import { noEntryOffer } from './rules/entry-offer';
import { flaggedConnection } from './rules/flagged-connection';
import { noLeadMagnet } from './rules/lead-magnet';
import { noLoop } from './rules/loop';
import { otherStageTactic } from './rules/other-stage-tactic';
import { noOwner } from './rules/owner';
import type { HealthRule } from './rules/rule';
import { unconnected } from './rules/unconnected';
import { SEVERITIES, type Finding, type HealthReport, type Severity } from './types';

/** Every rule, in the order their findings are listed within a severity. */
export const HEALTH_RULES: readonly HealthRule[] = [
  noEntryOffer,
  noCoreOffer,
  convertExciteGap,
  emptyStage,
  deadEnd,
  noLeadMagnet,
  noLoop,
  unconnected,
  flaggedConnection,
  noOwner,
  duplicateTactic,
  otherStageTactic,
];

/** What a finding takes off the score of each stage it names. */
export const SEVERITY_PENALTY: Readonly<Record<Severity, number>> = { problem: 40, warning: 15, tip: 5 };

/**
 * Journey health: the journey checked against the CVJ model, one rule per module (./rules).
 * Pure and linear in the journey's size. Each stage scores 100 less what its findings take
 * (SEVERITY_PENALTY, at least 0), and 0 while it is empty and a finding says so (an empty board
 * is not three-quarters healthy); the journey's score is the mean of the eight. Findings whose
 * key is in `dismissed` (by default the journey's own `dismissedFindings`: "we know") are listed
 * apart and do not count.
 */
export function analyseJourney(
  doc: Journey,
  dismissed: ReadonlySet<string> = new Set(doc.dismissedFindings),
): HealthReport {
  const ctx = healthContext(doc);
  const all = HEALTH_RULES.flatMap((rule) => rule.check(ctx));
  const order = (f: Finding) => HEALTH_RULES.findIndex((r) => r.id === f.rule);
  all.sort(
    (a, b) =>
      SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
      order(a) - order(b) ||
      firstStage(a) - firstStage(b),
  );
  const findings = all.filter((f) => !dismissed.has(f.key));
  const penalty = new Map<string, number>();
  for (const f of findings) {
    for (const stage of f.stages) penalty.set(stage, (penalty.get(stage) ?? 0) + SEVERITY_PENALTY[f.severity]);
  }
  const stages = STAGE_IDS.map((stage) => {
    const taken = penalty.get(stage) ?? 0;
    const empty = ctx.byStage[stage].length === 0 && taken > 0;
    return { stage, score: empty ? 0 : Math.max(0, 100 - taken) };
  });
  const score = Math.round(stages.reduce((sum, s) => sum + s.score, 0) / stages.length);
  return { score, stages, findings, dismissed: all.filter((f) => dismissed.has(f.key)) };
}

function firstStage(f: Finding): number {
  return f.stages.length > 0 ? stageIndex(f.stages[0]!) : -1;
}
