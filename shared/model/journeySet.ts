import { freeze } from 'immer';
import type { Journey, JourneySet, Persona } from './types';

/**
 * The journeys of a file (format version 2) and the pure commands on the set itself: add,
 * remove, reorder. A command returns the same set when it changes nothing. Edits inside one
 * journey are the ordinary journey commands (./commands), applied to that journey alone.
 */

/**
 * A record by id that takes any id, "__proto__" included: it has no prototype, so no key is
 * special. Every set's `journeys` is one of these.
 */
export function byId<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  const record = Object.create(null) as Record<string, T>;
  for (const [id, value] of entries) Object.defineProperty(record, id, { value, enumerable: true, writable: true, configurable: true });
  return record;
}

/** The colours offered for a persona (its tab marker): distinct from each other, as stage colours are. */
export const PERSONA_COLORS: readonly string[] = ['#2563eb', '#7c3aed', '#db2777', '#dc2626', '#b45309', '#15803d', '#0f766e', '#475569'];

/** A set holding one journey: what a version 1 file, a template or `cvj new` gives. */
export function singleJourneySet(journey: Journey): JourneySet {
  return freeze({ title: journey.title, journeys: byId([[journey.id, journey]]), order: [journey.id], meta: journey.meta }, false);
}

/** The set's journeys with `journey` set for its id (added or replaced). */
function withEntry(set: JourneySet, journey: Journey): Record<string, Journey> {
  return byId([...Object.entries(set.journeys).filter(([id]) => id !== journey.id), [journey.id, journey]]);
}

/** The journeys in tab order. */
export function journeysInOrder(set: JourneySet): Journey[] {
  return set.order.map((id) => set.journeys[id]!);
}

/** The set with `journey` in place of the one with its id (which must be in the set). */
export function withJourney(set: JourneySet, journey: Journey): JourneySet {
  if (!Object.hasOwn(set.journeys, journey.id)) throw new Error(`no journey has the id ${journey.id}`);
  if (set.journeys[journey.id] === journey) return set;
  return freeze({ ...set, journeys: withEntry(set, journey) }, false);
}

/** Adds a journey (its id must be new) after the one with id `after`, or last. */
export function addJourney(set: JourneySet, { journey, after }: { journey: Journey; after?: string }): JourneySet {
  if (Object.hasOwn(set.journeys, journey.id)) throw new Error(`a journey already has the id ${journey.id}`);
  const at = after === undefined ? -1 : set.order.indexOf(after);
  const order = at < 0 ? [...set.order, journey.id] : [...set.order.slice(0, at + 1), journey.id, ...set.order.slice(at + 1)];
  return freeze({ ...set, journeys: withEntry(set, journey), order }, false);
}

/** Removes a journey; the last one left cannot be removed (a file holds at least one). */
export function removeJourney(set: JourneySet, { id }: { id: string }): JourneySet {
  if (!Object.hasOwn(set.journeys, id) || set.order.length <= 1) return set;
  const journeys = byId(Object.entries(set.journeys).filter(([key]) => key !== id));
  return freeze({ ...set, journeys, order: set.order.filter((key) => key !== id) }, false);
}

/** Moves a journey's tab to position `to` (0 = first; clamped). */
export function moveJourney(set: JourneySet, { id, to }: { id: string; to: number }): JourneySet {
  const from = set.order.indexOf(id);
  if (from < 0) return set;
  const rest = set.order.filter((key) => key !== id);
  const at = Math.max(0, Math.min(rest.length, Math.round(to)));
  if (at === from) return set;
  return freeze({ ...set, order: [...rest.slice(0, at), id, ...rest.slice(at)] }, false);
}

/** A journey's persona set, changed or (undefined) removed: a journey edit, undone per journey. */
export function setPersona(doc: Journey, { persona }: { persona: Persona | undefined }): Journey {
  const next = persona && normalPersona(persona);
  if (samePersona(doc.persona, next)) return doc;
  const { persona: _old, ...rest } = doc;
  return freeze(next ? { ...rest, persona: next } : rest, false) as Journey;
}

function normalPersona(persona: Persona): Persona | undefined {
  const name = persona.name.trim();
  if (!name) return undefined;
  const { description: said, ...rest } = persona;
  const description = said?.trim();
  return description ? { ...rest, name, description } : { ...rest, name };
}

function samePersona(a: Persona | undefined, b: Persona | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.name === b.name && a.description === b.description && a.color === b.color && a.icon === b.icon;
}
