import type { ForecastPeriod, StageId } from '../types';

/**
 * The funnel forecast: people, revenue and cost per period, flowing through the journey's
 * connections (docs/forecast.md explains the model). `null` is an unknown (shown "—"), never a
 * silent zero; numbers are never rounded here (only for display: ./format.ts).
 */
export interface ForecastResult {
  /** ISO 4217 code: the journey's, or the locale's. */
  currency: string;
  period: ForecastPeriod;
  /** Some tactic has reach: without any, nobody enters and every number is unknown. */
  hasReach: boolean;
  /** Per tactic id: the people who take it, what they pay, what it costs. */
  tactics: Map<string, TacticForecast>;
  /** Per connection id: the people per period who take that path (null: unknown). */
  connections: Map<string, number | null>;
  /** The eight stages in order: the people who arrive there (from outside or another stage). */
  stages: StageForecast[];
  totals: ForecastTotals;
  /**
   * A loop brings at least as many people back as it started with (loop gain ≥ 1): the numbers
   * of the tactics it feeds grow without limit (their figures are null and `unbounded` true).
   */
  unbounded: boolean;
  /** The largest loop gain (spectral radius of the loops' gain), when the journey has a loop. */
  loopGain: number | null;
  /** Why some numbers are unknown: the assumptions that would make them known. */
  missing: MissingAssumption[];
  /** Assumptions that had to be corrected (shares over 100 %), said plainly. */
  warnings: ForecastWarning[];
}

export interface TacticForecast {
  people: number | null;
  revenue: number | null;
  cost: number | null;
  /** Fed by a loop that grows without limit. */
  unbounded: boolean;
}

export interface StageForecast {
  stage: StageId;
  people: number | null;
  revenue: number | null;
  cost: number | null;
}

export interface ForecastTotals {
  /** New people from outside (reach) plus those referrals bring back (Promote → Aware). */
  people: number | null;
  /** People who arrive at Subscribe. */
  leads: number | null;
  /** People who arrive at Convert. */
  customers: number | null;
  revenue: number | null;
  cost: number | null;
  profit: number | null;
  /** profit / cost; null when cost is 0 or unknown. */
  roi: number | null;
  costPerLead: number | null;
  costPerCustomer: number | null;
  revenuePerCustomer: number | null;
}

export interface MissingAssumption {
  tacticId: string;
  field: 'reach' | 'conversionRate';
  message: string;
}

export interface ForecastWarning {
  tacticId: string;
  message: string;
}

/** One assumption whose 10 % relative improvement adds `gain` profit per period. */
export interface Lever {
  /** What to select for "show me": a card or a connection. */
  kind: 'tactic' | 'connection';
  id: string;
  field: 'reach' | 'conversionRate' | 'value' | 'cost' | 'costPerPerson' | 'share';
  /** "Webinar → Demo share", "Google Ads reach", "Core offer cost". */
  target: string;
  /** +10 % (−10 % for costs) */
  change: '+10 %' | '−10 %';
  gain: number;
}
