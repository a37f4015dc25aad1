/**
 * The journey document: plain data, the single source of truth. Nothing here is view state
 * (selection, viewport, hover, React Flow's `measured`): that never enters the document or a file.
 */

/** The eight CVJ stages, in journey order. */
export const STAGE_IDS = [
  'aware',
  'engage',
  'subscribe',
  'convert',
  'excite',
  'ascend',
  'advocate',
  'promote',
] as const;

export type StageId = (typeof STAGE_IDS)[number];

export const TACTIC_STATUSES = ['idea', 'planned', 'live', 'paused'] as const;
export type TacticStatus = (typeof TACTIC_STATUSES)[number];

export interface Point {
  x: number;
  y: number;
}

/** A tactic card on the canvas. `stage` always names the lane the card sits in. */
export interface Tactic {
  id: string;
  stage: StageId;
  /** Library entry id (e.g. `convert.tripwire`), a custom tactic id (`custom.…`), or `custom`. */
  kind: string;
  title: string;
  notes: string;
  /** Top-left corner of the card in canvas coordinates. */
  position: Point;
  owner?: string;
  status?: TacticStatus;
  /** Planned cost in the journey's currency units, per forecast period. */
  cost?: number;
  /**
   * Expected conversion rate, in percent (0–100): of the people who take this tactic, how many go
   * on along its connections (the forecast: docs/forecast.md).
   */
  conversionRate?: number;
  /** Forecast: new people it brings in from outside the journey per period (e.g. ad clicks). */
  reach?: number;
  /** Forecast: revenue per person who takes it (a $7 tripwire, a $497 core offer). */
  value?: number;
  /** Forecast: cost per person who takes it (a cost per click, a mailed gift), per period. */
  costPerPerson?: number;
  link?: string;
  /**
   * Dots given to the card in a workshop's dot-vote (a whole number ≥ 1; absent: none). Saved
   * with the journey, so the priorities agreed in the room survive.
   */
  votes?: number;
}

/** A directed connection between two tactics (source leads to target). */
export interface Connection {
  id: string;
  source: string;
  target: string;
  label?: string;
  /**
   * Forecast: the percentage (0–100) of the source's people who take this path. Absent: the
   * source's conversion rate, less the shares given, split evenly between such connections.
   */
  share?: number;
}

/** A tactic the user defined for this journey; it shows in the palette under "In this journey". */
export interface CustomTacticDef {
  id: string;
  name: string;
  stage: StageId;
  icon: string;
  color: string;
  description?: string;
}

/** How often the forecast's numbers recur: reach, costs and results are per period. */
export const FORECAST_PERIODS = ['week', 'month', 'quarter', 'year'] as const;
export type ForecastPeriod = (typeof FORECAST_PERIODS)[number];

/** The journey's forecast assumptions (per tactic and per connection ones live on those). */
export interface ForecastSettings {
  /** ISO 4217 code ("USD", "EUR"). Absent: the one of the user's locale. */
  currency?: string;
  /** Absent: per month. */
  period?: ForecastPeriod;
}

/**
 * Who a journey is about, when a file holds several (a buyer and an end user, "today" and
 * "target"): shown on its tab and in exports.
 */
export interface Persona {
  name: string;
  description?: string;
  /** Hex colour of its tab marker ("#2563eb"). Absent: the theme's accent. */
  color?: string;
  /** A Lucide icon name (as custom tactics use). Absent: a person. */
  icon?: string;
}

export interface JourneyMeta {
  /** ISO 8601 timestamps. */
  createdAt: string;
  updatedAt: string;
}

export interface Journey {
  id: string;
  title: string;
  tactics: Tactic[];
  connections: Connection[];
  customTactics: CustomTacticDef[];
  /**
   * Journey-health findings the team dismissed ("we know"), by key (see shared/model/health).
   * Absent: none.
   */
  dismissedFindings?: string[];
  /** Currency and period of the funnel forecast (shared/model/forecast). Absent: the defaults. */
  forecast?: ForecastSettings;
  /** Who this journey is about. Absent: nobody in particular. */
  persona?: Persona;
  meta: JourneyMeta;
}

/**
 * What a `.cvj` file holds (format version 2): a client's journeys (personas, segments,
 * scenarios) and the file's own title and dates. Journeys are records addressed by id; their
 * order (the tabs' order) is data of its own, so moving a tab changes `order` alone and two
 * edits of different journeys never touch the same value (the shape a CRDT such as Yjs maps
 * onto: a map of journeys and a list of ids).
 */
export interface JourneySet {
  title: string;
  /** By id, in a record without a prototype (see `byId`), so any id is an ordinary key. */
  journeys: Readonly<Record<string, Journey>>;
  /** The journeys' ids in tab order: each exactly once. */
  order: readonly string[];
  meta: JourneyMeta;
}
