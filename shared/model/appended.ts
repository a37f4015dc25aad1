import type { Tactic } from './types';

/**
 * Which tactics arrays are another with cards added at the end, as the commands that made them
 * said so. Caches that follow the journey (the index by id, the canvas's geometry, the bounds)
 * extend their previous version after an add instead of starting again; proving "only added at
 * the end" by comparing every card was itself a walk of the whole journey per add, and the first
 * add after opening a journey runs that walk in V8's interpreter (milliseconds at 10,000 cards).
 *
 * A note is a promise from the command: `after` holds `before`'s cards, the same objects in the
 * same order, then more. Without a note, appendedTo compares the cards as before.
 */
const appendedFrom = new WeakMap<readonly Tactic[], WeakRef<readonly Tactic[]>>();

/** Says that `after` is `before` with cards added at the end (see above). */
export function noteAppended(before: readonly Tactic[], after: readonly Tactic[]): void {
  // Weakly: a long run of adds must not keep every earlier version of the journey alive (undo
  // history keeps its own). A version no longer held anywhere ends the chain.
  if (after.length > before.length) appendedFrom.set(after, new WeakRef(before));
}

/** Whether the commands said `after` is `before` with cards added at the end: a lookup per add. */
export function notedAppended(before: readonly Tactic[], after: readonly Tactic[]): boolean {
  for (let at = appendedFrom.get(after)?.deref(); at && at.length >= before.length; at = appendedFrom.get(at)?.deref()) {
    if (at === before) return true;
  }
  return false;
}

/** Whether `after` is `before` with cards added at the end. */
export function appendedTo(before: readonly Tactic[], after: readonly Tactic[]): boolean {
  if (after.length <= before.length) return false;
  if (notedAppended(before, after)) return true;
  // A plain loop: this runs cold.
  for (let i = 0; i < before.length; i++) if (before[i] !== after[i]) return false;
  return true;
}
