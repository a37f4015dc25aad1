import { basename, dirname, extname, join } from 'node:path';
import { journeysInOrder } from '../shared/model/journeySet';
import type { Journey, JourneySet } from '../shared/model/types';

export type Picked = { ok: true; journey: Journey; number: number } | { ok: false; message: string };

/**
 * The journey `--journey` names: its number (1 = the first tab) or its title (any case, spaces
 * trimmed). Without `--journey`, the first. A title two journeys share is refused with their
 * numbers, a name that matches none with the list of the file's journeys.
 */
export function pickJourney(set: JourneySet, spec: string | undefined): Picked {
  const journeys = journeysInOrder(set);
  if (spec === undefined) return { ok: true, journey: journeys[0]!, number: 1 };
  const key = spec.trim();
  if (/^\d+$/.test(key)) {
    const number = Number(key);
    const journey = journeys[number - 1];
    if (journey) return { ok: true, journey, number };
    return { ok: false, message: `there is no journey ${number}: the file holds ${listJourneys(journeys)}.` };
  }
  const wanted = key.toLowerCase();
  const matches = journeys.flatMap((journey, i) => (journey.title.trim().toLowerCase() === wanted ? [{ journey, number: i + 1 }] : []));
  if (matches.length === 1) return { ok: true, ...matches[0]! };
  if (matches.length > 1) {
    return { ok: false, message: `${matches.length} journeys are titled "${key}" (numbers ${matches.map((m) => m.number).join(', ')}); name one by its number.` };
  }
  return { ok: false, message: `no journey is titled "${key}": the file holds ${listJourneys(journeys)}.` };
}

/** `1 "Buyer", 2 "End user"`: how messages list a file's journeys. */
export function listJourneys(journeys: readonly Journey[]): string {
  return journeys.map((j, i) => `${i + 1} "${j.title}"`).join(', ');
}

/**
 * With `--all`, where each journey's image goes: `--out` with the journey's title added to its
 * name (`out/acme.svg` → `out/acme - Buyer.svg`), in characters every file system takes. Two
 * journeys whose names would clash get their numbers added.
 */
export function journeyOutPaths(out: string, journeys: readonly Journey[]): string[] {
  const extension = extname(out);
  const stem = basename(out, extension);
  const names = journeys.map((j, i) => safeName(j.title) || `journey ${i + 1}`);
  const seen = new Map<string, number>();
  for (const name of names) seen.set(name.toLowerCase(), (seen.get(name.toLowerCase()) ?? 0) + 1);
  return names.map((name, i) => {
    const unique = (seen.get(name.toLowerCase()) ?? 0) > 1 ? `${name} ${i + 1}` : name;
    return join(dirname(out), `${stem} - ${unique}${extension}`);
  });
}

/** A title as part of a file name: no path separators, reserved or control characters; short. */
function safeName(title: string): string {
  return title
    .replace(/[\p{Cc}\p{Cf}<>:"/\\|?*]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+|\.+$/g, '')
    .slice(0, 80)
    .trim();
}
