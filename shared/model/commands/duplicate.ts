import { produce } from 'immer';
import type { Journey, Point } from '../types';
import { pickTactics } from './fields';
import { isFinitePoint, makeCopies } from './copies';
import { noteAppended } from '../appended';

export interface DuplicateTacticsArgs {
  ids: readonly string[];
  /** Old tactic id -> id of its copy. The caller makes the ids, so the command stays pure. */
  newIds: Readonly<Record<string, string>>;
  /**
   * Old connection id -> id of its copy, for the connections between duplicated cards. Without
   * it only the cards are copied.
   */
  newConnectionIds?: Readonly<Record<string, string>>;
  /** How far the copies sit from the originals; moved by whole lanes and grid steps. */
  offset: Point;
}

/** Copies are appended, so they draw above the cards they copy. */
export function duplicateTactics(doc: Journey, args: DuplicateTacticsArgs): Journey {
  if (!isFinitePoint(args.offset)) return doc;
  const originals = pickTactics(doc.tactics, args.ids);
  const ids = new Set(originals.map((tactic) => tactic.id));
  const copies = makeCopies(doc, {
    tactics: originals,
    connections: doc.connections.filter((c) => ids.has(c.source) && ids.has(c.target)),
    newTacticIds: args.newIds,
    newConnectionIds: args.newConnectionIds ?? {},
    offset: args.offset,
  });
  if (copies.tactics.length === 0) return doc;
  const next = produce(doc, (draft) => {
    draft.tactics.push(...copies.tactics);
    draft.connections.push(...copies.connections);
  });
  // Only pushed: every earlier card is the same object (see appended.ts).
  noteAppended(doc.tactics, next.tactics);
  return next;
}
