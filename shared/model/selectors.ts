import { getStage, stageIndex } from './stages';
import type { Connection, Journey, StageId, Tactic } from './types';
import { STAGE_IDS } from './types';

/**
 * Read-only views of a journey. Pure: same document in, equal result out. Callers that render
 * (canvas, panels, export) memoise on the document, whose unchanged parts keep their identity.
 */

// Keyed on the tactics array, which immer replaces whenever (and only when) a tactic changes,
// so per-edge lookups stay O(1) on big canvases without a stale cache.
const tacticMaps = new WeakMap<readonly Tactic[], ReadonlyMap<string, Tactic>>();

export function tacticsById(doc: Journey): ReadonlyMap<string, Tactic> {
  let map = tacticMaps.get(doc.tactics);
  if (!map) {
    map = new Map(doc.tactics.map((tactic) => [tactic.id, tactic]));
    tacticMaps.set(doc.tactics, map);
  }
  return map;
}

export function getTactic(doc: Journey, id: string): Tactic | undefined {
  return tacticsById(doc).get(id);
}

/** Tactics per lane in reading order (top to bottom, then left to right). */
export function tacticsByStage(doc: Journey): Record<StageId, Tactic[]> {
  const byStage = emptyRecord((): Tactic[] => []);
  for (const tactic of doc.tactics) byStage[tactic.stage].push(tactic);
  for (const stage of STAGE_IDS) {
    byStage[stage].sort((a, b) => a.position.y - b.position.y || a.position.x - b.position.x);
  }
  return byStage;
}

export function stageCounts(doc: Journey): Record<StageId, number> {
  const counts = emptyRecord(() => 0);
  for (const tactic of doc.tactics) counts[tactic.stage] += 1;
  return counts;
}

/** Connections into and out of a tactic, in document order. */
export function connectionsOf(doc: Journey, tacticId: string): Connection[] {
  return doc.connections.filter((c) => c.source === tacticId || c.target === tacticId);
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
 * DOMAIN.md: most people do not skip stages, a ready buyer may skip some. We treat skipping one
 * stage as normal and flag two or more, so warnings stay rare enough to be read.
 */
export const MAX_UNFLAGGED_SKIP = 1;

/** How a step from one stage to another fits the journey. */
export function stageFlow(from: StageId, to: StageId): ConnectionFlow {
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

function emptyRecord<T>(make: () => T): Record<StageId, T> {
  return Object.fromEntries(STAGE_IDS.map((stage) => [stage, make()])) as Record<StageId, T>;
}

function listLabels(labels: readonly string[]): string {
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}
