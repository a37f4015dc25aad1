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
  /** Planned cost in the journey's currency units. */
  cost?: number;
  /** Expected conversion rate to the next step, in percent (0–100). */
  conversionRate?: number;
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
  meta: JourneyMeta;
}
