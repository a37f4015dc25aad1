import { getStage } from '../stages';
import type { Connection, Journey, StageId, Tactic } from '../types';
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
  // Sums in typed arrays, an unknown as NaN (it spreads through every sum it enters, as an
  // unknown must); null only in the result. A card without a value or a cost adds 0: it has no
  // figure of its own to be unknown.
  const STAGE_INDEX = STAGE_ORDER;
  const people8 = new Float64Array(8);
  const revenue8 = new Float64Array(8);
  const cost8 = new Float64Array(8);
  let reached = 0;
  const unbounded = solution.unbounded;
  const perTactic = new Map<string, TacticForecast>();
  for (let i = 0; i < n; i++) {
    const t = tactics[i]!;
    const p = !known[i] || unbounded?.[i] ? NaN : solution.values[i]!;
    const revenue = t.value === undefined ? undefined : p * t.value;
    const cost =
      t.cost === undefined && t.costPerPerson === undefined
        ? undefined
        : (t.cost ?? 0) + (t.costPerPerson === undefined ? 0 : p * t.costPerPerson);
    perTactic.set(t.id, {
      people: orNull(p),
      revenue: revenue === undefined ? null : orNull(revenue),
      cost: cost === undefined ? null : orNull(cost),
      unbounded: unbounded?.[i] === 1,
    });
    const s = STAGE_INDEX[t.stage];
    const entering = model.unknownSource[i] ? NaN : (t.reach ?? 0);
    people8[s]! += entering;
    reached += entering;
    revenue8[s]! += revenue ?? 0;
    cost8[s]! += cost ?? 0;
  }

  const flowOf = new Map<string, number | null>();
  for (let k = 0; k < connections.length; k++) {
    const from = model.from[k]!;
    const p = !known[from] || unbounded?.[from] ? NaN : solution.values[from]!;
    const flow = model.coef[k]! * p;
    flowOf.set(connections[k]!.id, orNull(flow));
    const a = tactics[from]!.stage;
    const b = tactics[model.to[k]!]!.stage;
    if (a === b) continue;
    // People arriving from another stage; Promote → Aware brings new people (referrals).
    people8[STAGE_INDEX[b]]! += flow;
    if (a === 'promote' && b === 'aware') reached += flow;
  }
  const stages: StageForecast[] = STAGE_IDS.map((stage, s) => ({
    stage,
    people: orNull(people8[s]!),
    revenue: orNull(revenue8[s]!),
    cost: orNull(cost8[s]!),
  }));
  const revenue = orNull(revenue8.reduce((a, b) => a + b, 0));
  const cost = orNull(cost8.reduce((a, b) => a + b, 0));
  const leads = stages.find((s) => s.stage === 'subscribe')!.people;
  const customers = stages.find((s) => s.stage === 'convert')!.people;
  const profit = revenue === null || cost === null ? null : revenue - cost;
  const ratio = (a: number | null, b: number | null) => {
    const r = a === null || b === null || b === 0 ? null : a / b;
    return r !== null && Number.isFinite(r) ? r : null; // a vanishing divisor says nothing useful
  };
  const totals: ForecastTotals = {
    people: model.hasReach ? orNull(reached) : null,
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

  const noRate = new Uint8Array(n);
  const askReach = new Uint8Array(n);
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
    if (rest > 0 && rate === undefined) noRate[i] = 1;
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
    for (const t of ask) askReach[index.get(t.id)!] = 1;
  } else {
    tactics.forEach((t, i) => {
      if (incoming[i] === 0 && t.reach === undefined) {
        askReach[i] = 1;
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
  const missing: MissingAssumption[] = [];
  const why = hasReach ? 'Nothing leads to it' : 'Nothing brings people in yet';
  tactics.forEach((t, i) => {
    if (askReach[i]) missing.push({ tacticId: t.id, field: 'reach', message: reachMessage(t, why) });
    if (noRate[i]) {
      missing.push({
        tacticId: t.id,
        field: 'conversionRate',
        message: `“${t.title}” has no conversion rate: how many of its people go on is unknown.`,
      });
    }
  });

  const flows = new Uint8Array(e);
  for (let k = 0; k < e; k++) flows[k] = known[from[k]!] && known[to[k]!] && coef[k] ? 1 : 0;
  const graph = buildGraph(n, from, to, coef, flows);
  return { tactics, connections, index, known, unknownSource, graph, from, to, coef, hasReach, missing, warnings };
}

/** The stage's position, by id (a plain record: this runs once per card on every edit). */
const STAGE_ORDER = Object.fromEntries(STAGE_IDS.map((id, i) => [id, i])) as Record<StageId, number>;

/** NaN (unknown) as null. */
function orNull(value: number): number | null {
  return Number.isNaN(value) ? null : value;
}

function reachMessage(t: Tactic, why: string): string {
  return `${why}: give “${t.title}” (${getStage(t.stage).label}) a reach, the new people it brings in per period.`;
}

function percent(fraction: number): string {
  return `${Math.round(fraction * 1000) / 10} %`;
}
