import { getStage } from '../stages';
import type { Connection, Journey, Tactic } from '../types';
import { STAGE_IDS } from '../types';
import { buildGraph, solveFlow, type FlowGraph } from './flow';
import { defaultCurrency } from './format';
import type { ForecastResult, ForecastTotals, ForecastWarning, MissingAssumption, StageForecast, TacticForecast } from './types';

export interface ForecastOptions {
  /** The user's locale (BCP 47), for the default currency. */
  locale?: string;
}

/**
 * The funnel forecast of a journey (docs/forecast.md). Pure: assumptions in, results out,
 * nothing rounded and nothing stored in the file. Linear in the journey's size, plus a small
 * dense solve per loop entry.
 *
 * The people who take a tactic: its reach (new people from outside) plus what its incoming
 * connections carry. What leaves it along a connection: the connection's share of its people
 * when given; otherwise an even part of what its conversion rate lets go on, less the shares
 * given. Shares that add up to more than the rate (or 100 %) are scaled down to it, with a
 * warning: people are never created from nothing.
 */
export function forecastJourney(doc: Journey, options: ForecastOptions = {}): ForecastResult {
  const model = flowModel(doc);
  const { tactics, connections, known, graph } = model;
  const n = tactics.length;
  const inject = new Float64Array(n);
  tactics.forEach((t, i) => {
    inject[i] = known[i] ? (t.reach ?? 0) : 0;
  });
  const solution = solveFlow(graph, inject);
  const people = (i: number): number | null =>
    !known[i] || solution.unbounded?.[i] ? null : solution.values[i]!;

  const perTactic = new Map<string, TacticForecast>();
  tactics.forEach((t, i) => {
    const p = people(i);
    const revenue = t.value === undefined ? null : p === null ? null : p * t.value;
    const cost =
      t.cost === undefined && t.costPerPerson === undefined
        ? null
        : t.costPerPerson === undefined
          ? (t.cost ?? 0)
          : p === null
            ? null
            : (t.cost ?? 0) + p * t.costPerPerson;
    perTactic.set(t.id, { people: p, revenue, cost, unbounded: solution.unbounded?.[i] === 1 });
  });

  const flowOf = new Map<string, number | null>();
  connections.forEach((c, k) => {
    const p = people(model.from[k]!);
    const fraction = model.coef[k]!;
    flowOf.set(c.id, Number.isNaN(fraction) || p === null ? null : fraction * p);
  });

  // One pass over the cards and one over the connections: a null among a sum's terms makes it
  // unknown (a card without a value or cost adds 0: it has no figure of its own to be unknown).
  const add = (s: number | null, v: number | null) => (s === null || v === null ? null : s + v);
  const stageIndex = new Map(STAGE_IDS.map((id, i) => [id, i]));
  const people8: (number | null)[] = STAGE_IDS.map(() => 0);
  const revenue8: (number | null)[] = STAGE_IDS.map(() => 0);
  const cost8: (number | null)[] = STAGE_IDS.map(() => 0);
  let reached: number | null = 0;
  let revenue: number | null = 0;
  let cost: number | null = 0;
  tactics.forEach((t, i) => {
    const s = stageIndex.get(t.stage)!;
    const entering = model.unknownSource[i] ? null : (t.reach ?? 0);
    people8[s] = add(people8[s]!, entering);
    reached = add(reached, entering);
    const f = perTactic.get(t.id)!;
    const r = t.value === undefined ? 0 : f.revenue;
    const c = t.cost === undefined && t.costPerPerson === undefined ? 0 : f.cost;
    revenue8[s] = add(revenue8[s]!, r);
    cost8[s] = add(cost8[s]!, c);
    revenue = add(revenue, r);
    cost = add(cost, c);
  });
  for (const [k, c] of connections.entries()) {
    const from = tactics[model.from[k]!]!.stage;
    const to = tactics[model.to[k]!]!.stage;
    if (from === to) continue;
    const flow = flowOf.get(c.id) ?? null;
    // People arriving from another stage; Promote → Aware brings new people (referrals).
    const s = stageIndex.get(to)!;
    people8[s] = add(people8[s]!, flow);
    if (from === 'promote' && to === 'aware') reached = add(reached, flow);
  }
  const stages: StageForecast[] = STAGE_IDS.map((stage, s) => ({
    stage,
    people: people8[s]!,
    revenue: revenue8[s]!,
    cost: cost8[s]!,
  }));
  const leads = stages.find((s) => s.stage === 'subscribe')!.people;
  const customers = stages.find((s) => s.stage === 'convert')!.people;
  const profit = revenue === null || cost === null ? null : revenue - cost;
  const ratio = (a: number | null, b: number | null) => {
    const r = a === null || b === null || b === 0 ? null : a / b;
    return r !== null && Number.isFinite(r) ? r : null; // a vanishing divisor says nothing useful
  };
  const totals: ForecastTotals = {
    people: model.hasReach ? reached : null,
    leads: model.hasReach ? leads : null,
    customers: model.hasReach ? customers : null,
    revenue,
    cost,
    profit,
    roi: ratio(profit, cost),
    costPerLead: ratio(cost, leads),
    costPerCustomer: ratio(cost, customers),
    revenuePerCustomer: ratio(revenue, customers),
  };

  return {
    currency: doc.forecast?.currency ?? defaultCurrency(options.locale),
    period: doc.forecast?.period ?? 'month',
    hasReach: model.hasReach,
    tactics: perTactic,
    connections: flowOf,
    stages,
    totals,
    unbounded: solution.unbounded !== null,
    loopGain: solution.loopGain,
    missing: model.missing,
    warnings: model.warnings,
  };
}

export interface FlowModel {
  tactics: readonly Tactic[];
  /** Connections whose two ends exist (and differ). */
  connections: readonly Connection[];
  index: Map<string, number>;
  /** The tactics whose people can be known (everything that flows into them is known). */
  known: Uint8Array;
  /** Tactics where people enter in unknown numbers: nothing leads to them and they have no reach. */
  unknownSource: Uint8Array;
  /** Edges with a known, non-zero fraction, between known tactics. */
  graph: FlowGraph;
  /** Per connection (same order as `connections`): its source and target, and the fraction of
   * the source's people who take it (NaN: unknown). */
  from: Int32Array;
  to: Int32Array;
  coef: Float64Array;
  hasReach: boolean;
  missing: MissingAssumption[];
  warnings: ForecastWarning[];
}

/** The journey as a flow graph: what fraction of each tactic's people takes each connection. */
export function flowModel(doc: Journey): FlowModel {
  const tactics = doc.tactics;
  const n = tactics.length;
  const index = new Map<string, number>();
  tactics.forEach((t, i) => index.set(t.id, i));
  const connections = doc.connections.filter(
    (c) => c.source !== c.target && index.has(c.source) && index.has(c.target),
  );
  const e = connections.length;
  const from = new Int32Array(e);
  const to = new Int32Array(e);
  const coef = new Float64Array(e);
  // Connections by source, in compressed rows (start[i] .. start[i + 1] - 1 in `bySource`).
  const start = new Int32Array(n + 1);
  const incoming = new Uint32Array(n);
  connections.forEach((c, k) => {
    from[k] = index.get(c.source)!;
    to[k] = index.get(c.target)!;
    start[from[k]! + 1]! += 1;
    incoming[to[k]!]! += 1;
  });
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const bySource = new Int32Array(e);
  const fill = start.slice(0, n);
  for (let k = 0; k < e; k++) bySource[fill[from[k]!]!++] = k;

  const missing: MissingAssumption[] = [];
  const warnings: ForecastWarning[] = [];
  const hasReach = tactics.some((t) => t.reach !== undefined);

  tactics.forEach((t, i) => {
    if (start[i] === start[i + 1]) return;
    const rate = t.conversionRate === undefined ? undefined : t.conversionRate / 100;
    const cap = rate ?? 1;
    let sumGiven = 0;
    let rest = 0;
    for (let j = start[i]!; j < start[i + 1]!; j++) {
      const share = connections[bySource[j]!]!.share;
      if (share === undefined) rest += 1;
      else sumGiven += share / 100;
    }
    let scale = 1;
    if (sumGiven > cap + 1e-12) {
      scale = cap / sumGiven;
      warnings.push({
        tacticId: t.id,
        message: `The shares of the paths from “${t.title}” add up to ${percent(sumGiven)}, more than the ${percent(cap)} ${rate === undefined ? 'there are' : 'who go on (its conversion rate)'}: they are scaled down to ${percent(cap)}.`,
      });
      sumGiven = cap;
    }
    if (rest > 0 && rate === undefined) {
      missing.push({
        tacticId: t.id,
        field: 'conversionRate',
        message: `“${t.title}” has no conversion rate: how many of its people go on is unknown.`,
      });
    }
    const each = rate === undefined ? NaN : Math.max(0, rate - sumGiven) / Math.max(1, rest);
    for (let j = start[i]!; j < start[i + 1]!; j++) {
      const k = bySource[j]!;
      const share = connections[k]!.share;
      coef[k] = share === undefined ? each : (share / 100) * scale;
    }
  });

  // Unknown: with no reach anywhere, everything; else a tactic nothing flows into and with no
  // reach of its own, anything behind a connection whose fraction is unknown, and what they feed.
  const known = new Uint8Array(n).fill(1);
  const unknownSource = new Uint8Array(n);
  const stack: number[] = [];
  const markUnknown = (i: number) => {
    if (!known[i]) return;
    known[i] = 0;
    stack.push(i);
  };
  if (!hasReach) {
    known.fill(0);
    unknownSource.fill(1);
    const entries = tactics.filter((_, i) => incoming[i] === 0);
    const ask = entries.length > 0 ? entries : tactics.slice(0, 1);
    for (const t of ask) {
      missing.push({ tacticId: t.id, field: 'reach', message: reachMessage(t, 'Nothing brings people in yet') });
    }
  } else {
    tactics.forEach((t, i) => {
      if (incoming[i] === 0 && t.reach === undefined) {
        missing.push({ tacticId: t.id, field: 'reach', message: reachMessage(t, 'Nothing leads to it') });
        unknownSource[i] = 1;
        markUnknown(i);
      }
    });
    for (let k = 0; k < e; k++) if (Number.isNaN(coef[k])) markUnknown(to[k]!);
    while (stack.length > 0) {
      const i = stack.pop()!;
      for (let j = start[i]!; j < start[i + 1]!; j++) if (coef[bySource[j]!] !== 0) markUnknown(to[bySource[j]!]!);
    }
  }

  // Listed card by card, in journey order: its reach first, then its rate.
  const fieldOrder = { reach: 0, conversionRate: 1 } as const;
  missing.sort((a, b) => index.get(a.tacticId)! - index.get(b.tacticId)! || fieldOrder[a.field] - fieldOrder[b.field]);

  const edges: { from: number; to: number; coef: number }[] = [];
  for (let k = 0; k < e; k++) {
    if (known[from[k]!] && known[to[k]!] && coef[k]) edges.push({ from: from[k]!, to: to[k]!, coef: coef[k]! });
  }
  return { tactics, connections, index, known, unknownSource, graph: buildGraph(n, edges), from, to, coef, hasReach, missing, warnings };
}

function reachMessage(t: Tactic, why: string): string {
  return `${why}: give “${t.title}” (${getStage(t.stage).label}) a reach, the new people it brings in per period.`;
}

function percent(fraction: number): string {
  return `${Math.round(fraction * 1000) / 10} %`;
}
