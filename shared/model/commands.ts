import { freeze, produce } from 'immer';
import { placeCard, stageOfCard } from './layout';
import { getLibraryTactic } from './library';
import type { Connection, Journey, Point, StageId, Tactic } from './types';

/**
 * Every change to a journey is one of these pure commands: `(doc, args) => doc`. A command that
 * would change nothing returns the very same object, so the store can skip a history entry and
 * React can skip a render. Commands never touch `meta`: timestamps are stamped at save time, so
 * undoing back to the saved state really is the saved state.
 */

export const DEFAULT_JOURNEY_TITLE = 'Untitled journey';
export const DEFAULT_TACTIC_TITLE = 'New tactic';

/** Optional planning fields of a tactic; removable by setting them to `undefined`. */
const PLANNING_KEYS = ['owner', 'status', 'cost', 'conversionRate', 'link'] as const;
type PlanningKey = (typeof PLANNING_KEYS)[number];
export type TacticPlanning = Pick<Tactic, PlanningKey>;

const REQUIRED_EDITABLE_KEYS = ['title', 'notes', 'kind'] as const;
export type TacticChanges = Partial<
  Pick<Tactic, (typeof REQUIRED_EDITABLE_KEYS)[number] | PlanningKey>
>;

export interface CreateEmptyJourneyArgs {
  id: string;
  /** ISO 8601 string (or a Date) for both timestamps. Passed in so results are reproducible. */
  now: string | Date;
  title?: string;
}

export function createEmptyJourney({ id, now, title }: CreateEmptyJourneyArgs): Journey {
  const timestamp = typeof now === 'string' ? now : now.toISOString();
  // Frozen like every document a command returns (immer auto-freezes), so no caller can edit
  // one in place behind the history's back.
  return freeze(
    {
      id,
      title: title?.trim() || DEFAULT_JOURNEY_TITLE,
      tactics: [],
      connections: [],
      customTactics: [],
      meta: { createdAt: timestamp, updatedAt: timestamp },
    },
    true,
  );
}

export function renameJourney(doc: Journey, { title }: { title: string }): Journey {
  const next = title.trim();
  if (!next || next === doc.title) return doc;
  return produce(doc, (draft) => {
    draft.title = next;
  });
}

export interface AddTacticArgs extends Partial<TacticPlanning> {
  id: string;
  kind: string;
  /** Requested top-left corner, e.g. the drop point; the card is snapped and kept in its lane. */
  position: Point;
  title?: string;
  notes?: string;
  /** Puts the card in this lane whatever `position` says (keyboard "add to stage"). */
  stage?: StageId;
}

export function addTactic(doc: Journey, args: AddTacticArgs): Journey {
  if (doc.tactics.some((tactic) => tactic.id === args.id)) return doc;
  const position = placeCard(args.position, args.stage);
  const tactic: Tactic = {
    id: args.id,
    stage: args.stage ?? stageOfCard(position),
    kind: args.kind,
    title: args.title?.trim() || kindName(doc, args.kind),
    notes: args.notes ?? '',
    position,
    ...definedFields(args, PLANNING_KEYS),
  };
  return produce(doc, (draft) => {
    draft.tactics.push(tactic);
  });
}

export interface TacticMove {
  id: string;
  position: Point;
}

/** One command for a whole multi-card drag, so the drag is one undo step. */
export function moveTactics(doc: Journey, { moves }: { moves: readonly TacticMove[] }): Journey {
  const indexById = new Map(doc.tactics.map((tactic, index) => [tactic.id, index]));
  return produce(doc, (draft) => {
    for (const move of moves) {
      const index = indexById.get(move.id);
      const tactic = index === undefined ? undefined : draft.tactics[index];
      if (!tactic) continue;
      const position = placeCard(move.position);
      const stage = stageOfCard(position);
      // Assign only real changes: immer then hands back the same document for a zero move.
      if (tactic.position.x !== position.x || tactic.position.y !== position.y) {
        tactic.position = position;
      }
      if (tactic.stage !== stage) tactic.stage = stage;
    }
  });
}

/**
 * Titles and notes are stored as typed (not trimmed): the inspector commits on each keystroke,
 * and trimming there would eat the space the user just typed between two words.
 */
export function updateTactic(
  doc: Journey,
  { id, changes }: { id: string; changes: TacticChanges },
): Journey {
  const index = doc.tactics.findIndex((tactic) => tactic.id === id);
  if (index < 0) return doc;
  return produce(doc, (draft) => {
    const tactic = draft.tactics[index];
    if (!tactic) return;
    for (const key of REQUIRED_EDITABLE_KEYS) {
      const value = changes[key];
      if (value !== undefined && value !== tactic[key]) tactic[key] = value;
    }
    for (const key of PLANNING_KEYS) {
      if (!Object.hasOwn(changes, key)) continue;
      const value = changes[key];
      if (value === undefined) {
        if (Object.hasOwn(tactic, key)) delete tactic[key];
      } else if (!Object.is(value, tactic[key])) {
        setField(tactic, key, value);
      }
    }
  });
}

/** Also removes every connection touching a removed tactic: no edge may dangle. */
export function removeTactics(doc: Journey, { ids }: { ids: readonly string[] }): Journey {
  const doomed = new Set(ids);
  if (!doc.tactics.some((tactic) => doomed.has(tactic.id))) return doc;
  const touches = (c: Connection) => doomed.has(c.source) || doomed.has(c.target);
  return produce(doc, (draft) => {
    draft.tactics = doc.tactics.filter((tactic) => !doomed.has(tactic.id));
    if (doc.connections.some(touches)) {
      draft.connections = doc.connections.filter((c) => !touches(c));
    }
  });
}

export interface ConnectTacticsArgs {
  id: string;
  source: string;
  target: string;
  label?: string;
}

/**
 * Ignores a self-connection, a missing end and a repeat of an existing source -> target pair.
 * The reverse direction is a different connection and allowed; unusual flows are warned about
 * (see `connectionFlow`), never refused.
 */
export function connectTactics(doc: Journey, args: ConnectTacticsArgs): Journey {
  const { id, source, target } = args;
  if (source === target) return doc;
  const ids = new Set(doc.tactics.map((tactic) => tactic.id));
  if (!ids.has(source) || !ids.has(target)) return doc;
  const clash = (c: Connection) => c.id === id || (c.source === source && c.target === target);
  if (doc.connections.some(clash)) return doc;
  const label = cleanLabel(args.label);
  const connection: Connection =
    label === undefined ? { id, source, target } : { id, source, target, label };
  return produce(doc, (draft) => {
    draft.connections.push(connection);
  });
}

/** An empty or blank label removes the label. */
export function updateConnection(
  doc: Journey,
  { id, label }: { id: string; label: string | undefined },
): Journey {
  const index = doc.connections.findIndex((connection) => connection.id === id);
  const next = cleanLabel(label);
  if (index < 0 || doc.connections[index]?.label === next) return doc;
  return produce(doc, (draft) => {
    const connection = draft.connections[index];
    if (!connection) return;
    if (next === undefined) delete connection.label;
    else connection.label = next;
  });
}

export function removeConnections(doc: Journey, { ids }: { ids: readonly string[] }): Journey {
  const doomed = new Set(ids);
  if (!doc.connections.some((connection) => doomed.has(connection.id))) return doc;
  return produce(doc, (draft) => {
    draft.connections = doc.connections.filter((connection) => !doomed.has(connection.id));
  });
}

/** The name a new card of this kind gets: the library entry's, else the journey's custom one. */
function kindName(doc: Journey, kind: string): string {
  return (
    getLibraryTactic(kind)?.name ??
    doc.customTactics.find((custom) => custom.id === kind)?.name ??
    DEFAULT_TACTIC_TITLE
  );
}

function cleanLabel(label: string | undefined): string | undefined {
  return label?.trim() ? label : undefined;
}

function definedFields<T extends object, K extends keyof T>(
  source: T,
  keys: readonly K[],
): Partial<Pick<T, K>> {
  const fields: Partial<Pick<T, K>> = {};
  for (const key of keys) if (source[key] !== undefined) fields[key] = source[key];
  return fields;
}

function setField<T, K extends keyof T>(target: T, key: K, value: T[K]): void {
  target[key] = value;
}
