import type { Draft } from 'immer';
import type { Tactic } from '../types';

/** Optional planning fields of a tactic; removable by setting them to `undefined`. */
export const PLANNING_KEYS = [
  'owner',
  'status',
  'cost',
  'conversionRate',
  'reach',
  'value',
  'costPerPerson',
  'link',
] as const;
type PlanningKey = (typeof PLANNING_KEYS)[number];
export type TacticPlanning = Pick<Tactic, PlanningKey>;

const REQUIRED_EDITABLE_KEYS = ['title', 'notes', 'kind'] as const;

/** What the inspector may change on a card: never its id, stage or position. */
export type TacticChanges = Partial<
  Pick<Tactic, (typeof REQUIRED_EDITABLE_KEYS)[number] | PlanningKey>
>;

/**
 * Writes the whitelisted `changes` into a draft tactic, assigning only real changes so immer
 * hands back the same document when nothing differs.
 */
export function applyTacticChanges(tactic: Draft<Tactic>, changes: TacticChanges): void {
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
}

export function definedFields<T extends object, K extends keyof T>(
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

/** Blank text counts as no value: a label or description of spaces would draw as nothing. */
export function cleanText(text: string | undefined): string | undefined {
  return text?.trim() ? text : undefined;
}

/**
 * The new id a lookup table gives for `oldId`, or `undefined`. Own keys only: the tables come
 * from the caller (and, for a paste, ids from the clipboard), so `constructor` or `__proto__`
 * must not find something on Object.prototype.
 */
export function mappedId(
  table: Readonly<Record<string, string>>,
  oldId: string,
): string | undefined {
  if (!Object.hasOwn(table, oldId)) return undefined;
  const id: unknown = table[oldId];
  return typeof id === 'string' && id !== '' ? id : undefined;
}

/** The existing tactics among `ids`, once each, in document order. */
export function pickTactics(tactics: readonly Tactic[], ids: readonly string[]): Tactic[] {
  const wanted = new Set(ids);
  return tactics.filter((tactic) => wanted.has(tactic.id));
}

export function indicesWhere<T>(items: readonly T[], test: (item: T) => boolean): number[] {
  const indices: number[] = [];
  items.forEach((item, index) => {
    if (test(item)) indices.push(index);
  });
  return indices;
}
