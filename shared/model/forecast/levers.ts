import type { Connection, Journey, Tactic } from '../types';
import { forecastJourney, flowModel } from './forecast';
import { solveFlow, transpose } from './flow';
import type { ForecastResult, Lever } from './types';

type TacticField = 'reach' | 'conversionRate' | 'value' | 'cost' | 'costPerPerson';

const FIELD_LABEL: Readonly<Record<TacticField, string>> = {
  reach: 'reach',
  conversionRate: 'conversion rate',
  value: 'value',
  cost: 'cost',
  costPerPerson: 'cost per person',
};

/** How many candidates are re-solved exactly after the first-order ranking. */
const EXACT = 12;

/**
 * The biggest levers: the assumptions whose 10 % relative improvement (a rate, share, reach or
 * value up 10 %, capped at 100 % for rates; a cost down 10 %) adds the most profit per period.
 * Every candidate is ranked by its first-order effect (exact for reach, value and costs; for a
 * rate or share, exact unless the tactic sits on a loop), computed for all of them at once from
 * the adjoint flow (what one more person at each tactic is worth, downstream included); the best
 * are then re-solved exactly and ranked by that. None when the profit is unknown or unbounded.
 */
export function forecastLevers(doc: Journey, result: ForecastResult, count = 5): Lever[] {
  const base = result.totals.profit;
  if (base === null || result.unbounded) return [];
  const model = flowModel(doc);
  const { tactics, index, known } = model;
  const worth = new Float64Array(tactics.length);
  tactics.forEach((t, i) => {
    worth[i] = known[i] ? (t.value ?? 0) - (t.costPerPerson ?? 0) : 0;
  });
  // λ_s = worth_s + Σ_{s→t} c λ_t: the profit one more person arriving at s brings.
  const lambda = solveFlow(transpose(model.graph), worth).values;
  const people = (t: Tactic) => result.tactics.get(t.id)?.people ?? null;
  const outgoing = new Map<string, Connection[]>();
  for (const c of model.connections) outgoing.set(c.source, [...(outgoing.get(c.source) ?? []), c]);

  interface Candidate {
    lever: Omit<Lever, 'gain'>;
    estimate: number;
    apply(doc: Journey): Journey;
  }
  const candidates: Candidate[] = [];
  const tacticLever = (t: Tactic, field: TacticField, estimate: number, next: number) => {
    if (!(estimate > 0)) return;
    candidates.push({
      lever: { kind: 'tactic', id: t.id, field, target: `${t.title} ${FIELD_LABEL[field]}`, change: field === 'cost' || field === 'costPerPerson' ? '−10 %' : '+10 %' },
      estimate,
      apply: (d) => ({ ...d, tactics: d.tactics.map((x) => (x.id === t.id ? { ...x, [field]: next } : x)) }),
    });
  };
  /** Σ over `changes` of Δfraction × λ(target), times the tactic's people. */
  const flowEstimate = (p: number, changes: { to: string; delta: number }[]) =>
    p * changes.reduce((s, { to, delta }) => s + delta * (lambda[index.get(to)!] ?? 0), 0);

  tactics.forEach((t, i) => {
    if (!known[i]) return;
    const p = people(t);
    if (t.reach) tacticLever(t, 'reach', 0.1 * t.reach * lambda[i]!, t.reach * 1.1);
    if (t.value && p !== null) tacticLever(t, 'value', 0.1 * t.value * p, t.value * 1.1);
    if (t.cost) tacticLever(t, 'cost', 0.1 * t.cost, t.cost * 0.9);
    if (t.costPerPerson && p !== null) tacticLever(t, 'costPerPerson', 0.1 * t.costPerPerson * p, t.costPerPerson * 0.9);
    const out = outgoing.get(t.id) ?? [];
    const rest = out.filter((c) => c.share === undefined);
    if (t.conversionRate !== undefined && t.conversionRate < 100 && rest.length > 0 && p !== null) {
      const next = Math.min(100, t.conversionRate * 1.1);
      const delta = (next - t.conversionRate) / 100 / rest.length;
      tacticLever(t, 'conversionRate', flowEstimate(p, rest.map((c) => ({ to: c.target, delta }))), next);
    }
    for (const c of out) {
      if (c.share === undefined || c.share >= 100 || p === null) continue;
      const next = Math.min(100, c.share * 1.1);
      const delta = (next - c.share) / 100;
      // With a rate, the paths without a share split what is left: they lose what this one gains.
      const others = t.conversionRate === undefined ? [] : rest.map((r) => ({ to: r.target, delta: -delta / rest.length }));
      const estimate = flowEstimate(p, [{ to: c.target, delta }, ...others]);
      if (!(estimate > 0)) continue;
      const target = tactics[index.get(c.target)!]!;
      candidates.push({
        lever: { kind: 'connection', id: c.id, field: 'share', target: `${t.title} → ${target.title} share`, change: '+10 %' },
        estimate,
        apply: (d) => ({ ...d, connections: d.connections.map((x) => (x.id === c.id ? { ...x, share: next } : x)) }),
      });
    }
  });

  return candidates
    .sort((a, b) => b.estimate - a.estimate)
    .slice(0, Math.max(EXACT, count))
    .flatMap((candidate) => {
      const after = forecastJourney(candidate.apply(doc)).totals.profit;
      return after === null ? [] : [{ ...candidate.lever, gain: after - base }];
    })
    .filter((lever) => lever.gain > 1e-9 * Math.max(1, Math.abs(base)))
    // Gains equal but for floating point list alphabetically, so the order never flickers.
    .sort((a, b) =>
      Math.abs(a.gain - b.gain) <= 1e-9 * Math.max(1, Math.abs(a.gain)) ? a.target.localeCompare(b.target) : b.gain - a.gain,
    )
    .slice(0, count);
}
