import type { Tactic } from './types';
import { notedAppended } from './appended';

/**
 * Cards by id, for one version of a journey's tactics array.
 *
 * Every edit gives a new tactics array (immer), and a 10,000-card journey took a couple of
 * milliseconds to index afresh per edit, the cost growing with the journey on the path of every
 * keystroke and every added card. So versions share one id → position map while each keeps every
 * earlier card where it was (an edit in place, cards added at the end, the last ones removed):
 * the map only ever gains entries, never changes one, so what it says stays true for every version
 * indexed with it; a lookup checks the card it finds, so ids it knows from another version are
 * simply not found. Anything else (a card removed from the middle, a reorder) starts a new map.
 */
export interface TacticIndex {
  readonly tactics: readonly Tactic[];
  /** The card's position in `tactics`, or -1. */
  indexOf(id: string): number;
  get(id: string): Tactic | undefined;
  has(id: string): boolean;
}

class SharedIndex implements TacticIndex {
  constructor(
    readonly tactics: readonly Tactic[],
    readonly positions: Map<string, number>,
  ) {}

  indexOf(id: string): number {
    const i = this.positions.get(id);
    return i !== undefined && this.tactics[i]?.id === id ? i : -1;
  }

  get(id: string): Tactic | undefined {
    const i = this.indexOf(id);
    return i < 0 ? undefined : this.tactics[i];
  }

  has(id: string): boolean {
    return this.indexOf(id) >= 0;
  }
}

const indexes = new WeakMap<readonly Tactic[], SharedIndex>();
/** The version indexed last: the next one is most often an edit of it. */
let latest: SharedIndex | null = null;

/** The positions of `tactics` in `from`'s map, if every card it shares with `from` kept its place. */
function extend(from: SharedIndex, tactics: readonly Tactic[]): Map<string, number> | null {
  const before = from.tactics;
  const shared = Math.min(before.length, tactics.length);
  // An add (the commonest edit) says so; anything else is compared card by card.
  if (!notedAppended(before, tactics)) {
    for (let i = 0; i < shared; i++) {
      if (before[i] !== tactics[i] && before[i]!.id !== tactics[i]!.id) return null;
    }
  }
  const positions = from.positions;
  for (let i = shared; i < tactics.length; i++) {
    const known = positions.get(tactics[i]!.id);
    if (known !== undefined && known !== i) return null;
  }
  for (let i = shared; i < tactics.length; i++) positions.set(tactics[i]!.id, i);
  return positions;
}

export function tacticIndex(tactics: readonly Tactic[]): TacticIndex {
  let index = indexes.get(tactics);
  if (!index) {
    let positions = latest ? extend(latest, tactics) : null;
    if (!positions) {
      positions = new Map();
      for (let i = 0; i < tactics.length; i++) positions.set(tactics[i]!.id, i);
    }
    index = new SharedIndex(tactics, positions);
    indexes.set(tactics, index);
  }
  latest = index;
  return index;
}
