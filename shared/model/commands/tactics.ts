import { produce } from 'immer';
import { placeCard, stageOfCard } from '../layout';
import { getLibraryTactic } from '../library';
import { tacticIndex } from '../tacticIndex';
import { noteAppended } from '../appended';
import type { Connection, Journey, Point, StageId, Tactic } from '../types';
import {
  applyTacticChanges,
  definedFields,
  indicesWhere,
  PLANNING_KEYS,
  type TacticChanges,
  type TacticPlanning,
} from './fields';

export type { TacticChanges, TacticPlanning } from './fields';

export const DEFAULT_TACTIC_TITLE = 'New tactic';

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
  if (tacticIndex(doc.tactics).has(args.id)) return doc;
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
  // Built by hand, not by immer: its finishing pass walks the whole array (a millisecond at
  // 10,000 cards) on the path of every added card. Frozen as immer freezes what it makes.
  Object.freeze(tactic.position);
  const tactics = [...doc.tactics, Object.freeze(tactic)];
  Object.freeze(tactics);
  noteAppended(doc.tactics, tactics);
  return Object.freeze({ ...doc, tactics });
}

/**
 * Titles and notes are stored as typed (not trimmed): the inspector commits on each keystroke,
 * and trimming there would eat the space the user just typed between two words.
 */
export function updateTactic(
  doc: Journey,
  { id, changes }: { id: string; changes: TacticChanges },
): Journey {
  return updateTactics(doc, { ids: [id], changes });
}

/** The inspector with several cards selected: one edit, one undo step, for all of them. */
export function updateTactics(
  doc: Journey,
  { ids, changes }: { ids: readonly string[]; changes: TacticChanges },
): Journey {
  const wanted = new Set(ids);
  const indices = indicesWhere(doc.tactics, (tactic) => wanted.has(tactic.id));
  if (indices.length === 0) return doc;
  return produce(doc, (draft) => {
    // Touch only the chosen drafts: a proxy per card would cost on a big canvas.
    for (const index of indices) {
      const tactic = draft.tactics[index];
      if (tactic) applyTacticChanges(tactic, changes);
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

/** The name a new card of this kind gets: the library entry's, else the journey's custom one. */
function kindName(doc: Journey, kind: string): string {
  return (
    getLibraryTactic(kind)?.name ??
    doc.customTactics.find((custom) => custom.id === kind)?.name ??
    DEFAULT_TACTIC_TITLE
  );
}
