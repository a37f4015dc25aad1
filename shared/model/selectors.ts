import type { IconName } from './icons';
import { FALLBACK_ICON, isIconName } from './icons';
import { getLibraryTactic, TACTIC_LIBRARY } from './library';
import { getStage, stageIndex } from './stages';
import type { Connection, CustomTacticDef, Journey, StageId, Tactic } from './types';
import { STAGE_IDS } from './types';
import { tacticIndex, type TacticIndex } from './tacticIndex';
import { appendedTo } from './appended';

export { appendedTo } from './appended';

/**
 * Read-only views of a journey. Pure: same document in, equal result out. Callers that render
 * (canvas, panels, export) memoise on the document, whose unchanged parts keep their identity.
 */

/** The journey's cards by id (see tacticIndex: cheap to keep up to date on a big journey). */
export function tacticsById(doc: Journey): TacticIndex {
  return tacticIndex(doc.tactics);
}

export function getTactic(doc: Journey, id: string): Tactic | undefined {
  return tacticsById(doc).get(id);
}

const NO_CONNECTIONS: readonly Connection[] = Object.freeze([]);
const outgoingBySource = new WeakMap<readonly Connection[], Map<string, Connection[]>>();

/**
 * The connections leaving a card, in document order. Filed once per connections array (adding a
 * card, or editing one, keeps the array): the inspector asks on every edit, and walking 10,000
 * connections each time was a millisecond or two of every keystroke.
 */
export function outgoingConnections(doc: Journey, id: string): readonly Connection[] {
  let bySource = outgoingBySource.get(doc.connections);
  if (!bySource) {
    bySource = new Map();
    for (const c of doc.connections) {
      const list = bySource.get(c.source);
      if (list) list.push(c);
      else bySource.set(c.source, [c]);
    }
    outgoingBySource.set(doc.connections, bySource);
  }
  return bySource.get(id) ?? NO_CONNECTIONS;
}

/** The box around the cards' top-left corners (not their sizes): null for no cards. */
export interface CornerBounds {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * A value folded over the cards, kept per tactics array. A card added at the end (the common
 * edit) folds into a copy of the last value instead of walking the journey again.
 */
function foldWithAppends<T>(start: () => T, copy: (value: T) => T, add: (value: T, tactic: Tactic) => T) {
  const values = new WeakMap<readonly Tactic[], T>();
  let latest: { tactics: readonly Tactic[]; value: T } | null = null;
  return (tactics: readonly Tactic[]): T => {
    let value: T;
    if (values.has(tactics)) value = values.get(tactics) as T;
    else {
      const before = latest && appendedTo(latest.tactics, tactics) ? latest : null;
      value = before ? copy(before.value) : start();
      for (let i = before ? before.tactics.length : 0; i < tactics.length; i++) value = add(value, tactics[i] as Tactic);
      values.set(tactics, value);
    }
    latest = { tactics, value };
    return value;
  };
}

/** The box around the cards' positions, per tactics array. */
export const tacticCornerBounds: (tactics: readonly Tactic[]) => CornerBounds | null = foldWithAppends<CornerBounds | null>(
  () => null,
  (box) => box && { ...box },
  (box, { position: { x, y } }) => {
    if (!box) return { left: x, top: y, right: x, bottom: y };
    if (x < box.left) box.left = x;
    if (y < box.top) box.top = y;
    if (x > box.right) box.right = x;
    if (y > box.bottom) box.bottom = y;
    return box;
  },
);

/** The top of the lowest card in each lane (lanes without cards are absent), per tactics array. */
export const lowestCardTops: (tactics: readonly Tactic[]) => Readonly<Partial<Record<StageId, number>>> =
  foldWithAppends<Partial<Record<StageId, number>>>(
    () => ({}),
    (tops) => ({ ...tops }),
    (tops, { stage, position: { y } }) => {
      const top = tops[stage];
      if (top === undefined || y > top) tops[stage] = y;
      return tops;
    },
  );

/** Tactics per lane in reading order (top to bottom, then left to right). */
export function tacticsByStage(doc: Journey): Record<StageId, Tactic[]> {
  const byStage = emptyRecord((): Tactic[] => []);
  for (const tactic of doc.tactics) byStage[tactic.stage].push(tactic);
  for (const stage of STAGE_IDS) {
    byStage[stage].sort((a, b) => a.position.y - b.position.y || a.position.x - b.position.x);
  }
  return byStage;
}

export type FlowKind = 'forward' | 'same-stage' | 'skip' | 'backward' | 'loop';

export interface ConnectionFlow {
  kind: FlowKind;
  /** Stages strictly between source and target when going forward; 0 otherwise. */
  stagesSkipped: number;
  /** One sentence for a tooltip; for flagged flows it says why the edge is worth a look. */
  explanation: string;
}

/**
 * docs/domain.md: most people do not skip stages, a ready buyer may skip some. We treat skipping
 * one stage as normal and flag two or more, so warnings stay rare enough to be read.
 */
export const MAX_UNFLAGGED_SKIP = 1;

const stageFlows = new Map<string, ConnectionFlow>();

/**
 * How a step from one stage to another fits the journey. There are 64 pairs of stages: each is
 * worked out once and the same frozen object given back, so a canvas of 10,000 connections does
 * not rebuild 10,000 sentences on every edit.
 */
export function stageFlow(from: StageId, to: StageId): ConnectionFlow {
  const key = `${from}>${to}`;
  let flow = stageFlows.get(key);
  if (!flow) {
    flow = Object.freeze(describeStageFlow(from, to));
    stageFlows.set(key, flow);
  }
  return flow;
}

function describeStageFlow(from: StageId, to: StageId): ConnectionFlow {
  const source = getStage(from).label;
  const target = getStage(to).label;
  const distance = stageIndex(to) - stageIndex(from);
  if (distance === 0) {
    return { kind: 'same-stage', stagesSkipped: 0, explanation: `Both tactics are in ${source}.` };
  }
  if (from === 'promote' && to === 'aware') {
    return {
      kind: 'loop',
      stagesSkipped: 0,
      explanation: 'Promote feeds Aware: referrals bring new people to the start of the journey.',
    };
  }
  if (distance < 0) {
    return {
      kind: 'backward',
      stagesSkipped: 0,
      explanation: `Runs backward from ${source} to ${target}. People move forward through the journey; only Promote is expected to lead back, to Aware.`,
    };
  }
  const skipped = STAGE_IDS.slice(stageIndex(from) + 1, stageIndex(to)).map(
    (id) => getStage(id).label,
  );
  if (skipped.length === 0) {
    return { kind: 'forward', stagesSkipped: 0, explanation: `${source} leads on to ${target}.` };
  }
  if (skipped.length <= MAX_UNFLAGGED_SKIP) {
    return {
      kind: 'forward',
      stagesSkipped: skipped.length,
      explanation: `${source} leads on to ${target}, skipping ${listLabels(skipped)}: fine for a ready buyer.`,
    };
  }
  return {
    kind: 'skip',
    stagesSkipped: skipped.length,
    explanation: `Jumps from ${source} to ${target}, skipping ${skipped.length} stages (${listLabels(skipped)}). Most people do not skip stages: check that buyers really take this path.`,
  };
}

/**
 * The flow of a connection, or of one being drawn (only its ends are read). `undefined` when an
 * end is not in the document, which a valid journey never has.
 */
export function connectionFlow(
  doc: Journey,
  connection: Pick<Connection, 'source' | 'target'>,
): ConnectionFlow | undefined {
  const source = getTactic(doc, connection.source);
  const target = getTactic(doc, connection.target);
  return source && target ? stageFlow(source.stage, target.stage) : undefined;
}

/** Worth a warning (never a ban): a skip over several stages, or an unexpected backward step. */
export function isFlagged(flow: ConnectionFlow | undefined): boolean {
  return flow?.kind === 'skip' || flow?.kind === 'backward';
}

/** How a card of an unknown kind (plain `custom`, or a removed custom tactic) is named. */
export const CUSTOM_TACTIC_NAME = 'Custom tactic';

export interface TacticAppearance {
  icon: IconName;
  /** The library's (or the custom tactic's) name for the kind, shown under the card's title. */
  name: string;
  /** The library entry's own stage when the card sits in another lane: "usually Convert". */
  usualStage?: StageId;
  /** A custom tactic's accent colour. */
  color?: string;
}

// One cache per custom-tactics array (immer replaces it on any change to a def), holding one
// result per tactic object: an unchanged card gets the very same object back, so its canvas
// node can stay the same too.
const appearances = new WeakMap<readonly CustomTacticDef[], WeakMap<Tactic, TacticAppearance>>();
const customMaps = new WeakMap<readonly CustomTacticDef[], ReadonlyMap<string, CustomTacticDef>>();

/**
 * What a card shows besides its own text: the icon and name of its kind, looked up in the
 * library, then the journey's custom tactics, else the generic fallback icon (a kind from a
 * newer build, a removed custom tactic, or plain `custom`).
 */
export function tacticAppearance(doc: Journey, tactic: Tactic): TacticAppearance {
  let cache = appearances.get(doc.customTactics);
  if (!cache) {
    cache = new WeakMap();
    appearances.set(doc.customTactics, cache);
  }
  let appearance = cache.get(tactic);
  if (!appearance) {
    appearance = Object.freeze(lookAppearance(doc, tactic));
    cache.set(tactic, appearance);
  }
  return appearance;
}

function lookAppearance(doc: Journey, tactic: Tactic): TacticAppearance {
  const entry = getLibraryTactic(tactic.kind);
  if (entry) {
    const { icon, name, stage } = entry;
    return stage === tactic.stage ? { icon, name } : { icon, name, usualStage: stage };
  }
  const custom = customTacticsById(doc.customTactics).get(tactic.kind);
  if (custom) return { icon: iconOrFallback(custom.icon), name: custom.name, color: custom.color };
  return { icon: FALLBACK_ICON, name: CUSTOM_TACTIC_NAME };
}

function customTacticsById(
  customTactics: readonly CustomTacticDef[],
): ReadonlyMap<string, CustomTacticDef> {
  let map = customMaps.get(customTactics);
  if (!map) {
    map = new Map(customTactics.map((custom) => [custom.id, custom]));
    customMaps.set(customTactics, map);
  }
  return map;
}

function iconOrFallback(icon: string): IconName {
  return isIconName(icon) ? icon : FALLBACK_ICON;
}

/** A palette row: a library entry or one of the journey's custom tactics. */
export interface PaletteTactic {
  /** What a card made from it stores as `kind`. */
  kind: string;
  stage: StageId;
  name: string;
  description: string;
  icon: IconName;
  color?: string;
  custom: boolean;
}

interface Searchable {
  tactic: PaletteTactic;
  name: string;
  nameWords: readonly string[];
  words: readonly string[];
}

let librarySearchables: readonly Searchable[] | undefined;

/**
 * The palette's search box. Case- and accent-insensitive; every word typed must start a word
 * of the name or the description (word starts rather than any substring, so "test" finds
 * Testimonial without Social contest). Names that start with the query come first, then other
 * name matches, then description matches; within each group, library order and then the
 * journey's custom tactics in their order. An empty query lists everything in that order.
 */
export function searchLibrary(
  query: string,
  customTactics: readonly CustomTacticDef[] = [],
): PaletteTactic[] {
  librarySearchables ??= TACTIC_LIBRARY.map(({ id, stage, name, description, icon }) =>
    searchable(Object.freeze({ kind: id, stage, name, description, icon, custom: false })),
  );
  const all = [
    ...librarySearchables,
    ...customTactics.map((def) =>
      searchable({
        kind: def.id,
        stage: def.stage,
        name: def.name,
        description: def.description ?? '',
        icon: iconOrFallback(def.icon),
        color: def.color,
        custom: true,
      }),
    ),
  ];
  const folded = fold(query);
  if (!folded) return all.map((item) => item.tactic);
  const queryWords = folded.split(' ');
  const tiers: PaletteTactic[][] = [[], [], []];
  for (const item of all) {
    if (!queryWords.every((word) => startsAWord(item.words, word))) continue;
    const tier = item.name.startsWith(folded)
      ? 0
      : queryWords.every((word) => startsAWord(item.nameWords, word))
        ? 1
        : 2;
    tiers[tier]?.push(item.tactic);
  }
  return tiers.flat();
}

function searchable(tactic: PaletteTactic): Searchable {
  const name = fold(tactic.name);
  const nameWords = name.split(' ');
  return { tactic, name, nameWords, words: [...nameWords, ...fold(tactic.description).split(' ')] };
}

function startsAWord(words: readonly string[], prefix: string): boolean {
  return words.some((word) => word.startsWith(prefix));
}

/** Lower case, accents dropped, punctuation as spaces: "Pay-per-click" and "pay per click" meet. */
function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function emptyRecord<T>(make: () => T): Record<StageId, T> {
  return Object.fromEntries(STAGE_IDS.map((stage) => [stage, make()])) as Record<StageId, T>;
}

/** "A", "A and B", "A, B and C". */
export function listLabels(labels: readonly string[]): string {
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}
