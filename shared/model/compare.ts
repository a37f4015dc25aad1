import { STAGE_IDS, type Journey, type StageId, type Tactic } from './types';
import { forecastJourney, type ForecastResult } from './forecast';
import { PLANNING_KEYS } from './commands/fields';

/** The fields of a card Compare looks at (where a card sits on the canvas is not a difference). */
export const COMPARED_FIELDS = [
  'stage',
  'kind',
  'title',
  'notes',
  ...PLANNING_KEYS,
  'votes',
] as const satisfies readonly (keyof Tactic)[];
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export interface TacticPair {
  a: Tactic;
  b: Tactic;
  /** The fields whose values differ (empty: the same card in both). */
  differs: ComparedField[];
}

export interface StageComparison {
  stage: StageId;
  onlyA: Tactic[];
  onlyB: Tactic[];
  /** In both, some field different (listed under the stage the card has in B). */
  changed: TacticPair[];
  /** In both and the same. */
  same: TacticPair[];
}

export interface NumbersDelta {
  a: number | null;
  b: number | null;
  /** b − a, or null when either is unknown. */
  delta: number | null;
}

export interface ForecastComparison {
  currency: { a: string; b: string };
  stages: { stage: StageId; people: NumbersDelta; revenue: NumbersDelta }[];
  totals: { people: NumbersDelta; revenue: NumbersDelta; cost: NumbersDelta; profit: NumbersDelta };
}

export interface JourneyComparison {
  stages: StageComparison[];
  counts: { onlyA: number; onlyB: number; changed: number; same: number };
  /** When either journey's forecast has numbers; null when neither has any. */
  forecast: ForecastComparison | null;
}

const key = (t: Tactic) => `${t.stage}\u0000${t.kind}\u0000${t.title.trim().toLocaleLowerCase()}`;

/**
 * What differs between two journeys of a file. Cards are matched first by id (a duplicated
 * journey keeps its cards' ids), then, among the rest, by stage, kind and title (a card copied
 * from one tab to another gets a new id): matched cards are "in both", the same or with the
 * fields that differ; the others are only in one. With forecast numbers, the difference per
 * stage and in the totals. Pure; linear in the journeys' size.
 */
export function compareJourneys(a: Journey, b: Journey, forecast?: { a: ForecastResult; b: ForecastResult }): JourneyComparison {
  const bById = new Map(b.tactics.map((t) => [t.id, t]));
  const pairs: TacticPair[] = [];
  const restA: Tactic[] = [];
  const takenB = new Set<string>();
  for (const t of a.tactics) {
    const match = bById.get(t.id);
    if (match) {
      pairs.push(pair(t, match));
      takenB.add(match.id);
    } else restA.push(t);
  }
  const byKey = new Map<string, Tactic[]>();
  for (const t of b.tactics) {
    if (takenB.has(t.id)) continue;
    const list = byKey.get(key(t));
    if (list) list.push(t);
    else byKey.set(key(t), [t]);
  }
  const onlyA: Tactic[] = [];
  for (const t of restA) {
    const match = byKey.get(key(t))?.shift();
    if (match) {
      pairs.push(pair(t, match));
      takenB.add(match.id);
    } else onlyA.push(t);
  }
  const onlyB = b.tactics.filter((t) => !takenB.has(t.id));

  const stages: StageComparison[] = STAGE_IDS.map((stage) => ({
    stage,
    onlyA: onlyA.filter((t) => t.stage === stage),
    onlyB: onlyB.filter((t) => t.stage === stage),
    changed: pairs.filter((p) => p.b.stage === stage && p.differs.length > 0),
    same: pairs.filter((p) => p.b.stage === stage && p.differs.length === 0),
  }));
  const changed = pairs.filter((p) => p.differs.length > 0).length;
  return {
    stages,
    counts: { onlyA: onlyA.length, onlyB: onlyB.length, changed, same: pairs.length - changed },
    forecast: compareForecasts(forecast?.a ?? forecastJourney(a), forecast?.b ?? forecastJourney(b)),
  };
}

function pair(a: Tactic, b: Tactic): TacticPair {
  return { a, b, differs: COMPARED_FIELDS.filter((f) => !Object.is(normal(a[f]), normal(b[f]))) };
}

/** Text compared as the user reads it (spaces at the ends do not count). */
function normal(value: unknown): unknown {
  return typeof value === 'string' ? value.trim() : value;
}

const delta = (a: number | null, b: number | null): NumbersDelta => ({ a, b, delta: a === null || b === null ? null : b - a });

function compareForecasts(a: ForecastResult, b: ForecastResult): ForecastComparison | null {
  const known = (f: ForecastResult) => f.totals.people !== null || f.totals.revenue !== null || f.stages.some((s) => s.people !== null);
  if (!known(a) && !known(b)) return null;
  return {
    currency: { a: a.currency, b: b.currency },
    stages: STAGE_IDS.map((stage, i) => ({
      stage,
      people: delta(a.stages[i]?.people ?? null, b.stages[i]?.people ?? null),
      revenue: delta(a.stages[i]?.revenue ?? null, b.stages[i]?.revenue ?? null),
    })),
    totals: {
      people: delta(a.totals.people, b.totals.people),
      revenue: delta(a.totals.revenue, b.totals.revenue),
      cost: delta(a.totals.cost, b.totals.cost),
      profit: delta(a.totals.profit, b.totals.profit),
    },
  };
}
