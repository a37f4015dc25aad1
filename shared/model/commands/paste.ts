import { produce } from 'immer';
import { GRID_SIZE } from '../layout';
import type { Journey, Point } from '../types';
import type { ClipboardPayload } from './clipboard';
import { isFinitePoint, makeCopies } from './copies';
import { isSaveableDef } from './customTactics';
import { noteAppended } from '../appended';

/** Where a paste without an anchor lands: just below the copied cards, so both stay visible. */
export const PASTE_OFFSET: Point = Object.freeze({ x: 0, y: GRID_SIZE * 4 });

export interface PasteTacticsArgs {
  payload: ClipboardPayload;
  /** Old id -> new id for every tactic and connection in the payload (see `newIdsFor`). */
  newIds: Readonly<Record<string, string>>;
  /** Where the group's top-left corner goes, e.g. the pointer; else `PASTE_OFFSET` applies. */
  anchor?: Point;
}

/**
 * Adds the payload's cards and connections with new ids. The group keeps its layout; each card
 * takes the stage of the lane it lands in. Custom tactic defs the journey lacks come along; a
 * def whose id the journey already has is left as the journey has it (same id, same origin).
 */
export function pasteTactics(doc: Journey, { payload, newIds, anchor }: PasteTacticsArgs): Journey {
  const offset = anchor ? offsetTo(payload, anchor) : PASTE_OFFSET;
  if (!isFinitePoint(offset)) return doc;
  const copies = makeCopies(doc, {
    tactics: payload.tactics,
    connections: payload.connections,
    newTacticIds: newIds,
    newConnectionIds: newIds,
    offset,
  });
  if (copies.tactics.length === 0) return doc;
  const known = new Set(doc.customTactics.map((custom) => custom.id));
  const defs = payload.customTactics.filter((def) => !known.has(def.id) && isSaveableDef(def));
  const next = produce(doc, (draft) => {
    draft.tactics.push(...copies.tactics);
    draft.connections.push(...copies.connections);
    draft.customTactics.push(...defs);
  });
  // Only pushed: every earlier card is the same object (see appended.ts).
  noteAppended(doc.tactics, next.tactics);
  return next;
}

function offsetTo(payload: ClipboardPayload, anchor: Point): Point {
  const xs = payload.tactics.map((tactic) => tactic.position.x);
  const ys = payload.tactics.map((tactic) => tactic.position.y);
  return { x: anchor.x - minimum(xs), y: anchor.y - minimum(ys) };
}

function minimum(values: readonly number[]): number {
  return values.reduce((min, value) => Math.min(min, value), Infinity);
}
