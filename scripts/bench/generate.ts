import type { Connection, Journey, Tactic } from '../../shared/model/types';
import { STAGE_IDS } from '../../shared/model/types';
import { libraryByStage } from '../../shared/model/library';
import { serializeJourneySet } from '../../shared/file';
import { addJourney, singleJourneySet } from '../../shared/model/journeySet';
import { CARD_HEIGHT, GRID_SIZE, LANE_HEADER_HEIGHT, LANE_PADDING, laneLeft } from '../../shared/model/layout';

const WORDS = (
  'launch audience budget quarterly funnel campaign partner webinar onboarding retention ' +
  'referral review loyalty newsletter landing offer trial upgrade follow-up nurture segment ' +
  'conversion revenue churn feedback pilot regional spring summer autumn winter enterprise'
).split(' ');

/** Deterministic pseudo-random numbers, so every run measures the same journey. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * A synthetic journey of `count` tactics spread evenly over the eight lanes, stacked down each
 * lane, with about one connection per tactic (mostly to a card in the next stage, some skips),
 * realistic titles from the tactic library and a sentence or two of notes.
 */
export function syntheticJourney(count: number, seed = 1): Journey {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const perLane = STAGE_IDS.map((_, i) => Math.floor(count / 8) + (i < count % 8 ? 1 : 0));
  const tactics: Tactic[] = [];
  const byLane: Tactic[][] = STAGE_IDS.map(() => []);
  STAGE_IDS.forEach((stage, lane) => {
    const library = libraryByStage(stage);
    for (let row = 0; row < (perLane[lane] ?? 0); row++) {
      const entry = pick(library);
      const tactic: Tactic = {
        id: `t${tactics.length}`,
        stage,
        kind: entry.id,
        title: `${entry.name} – ${pick(WORDS)} ${pick(WORDS)}`,
        notes: `${entry.description} Owner to confirm the ${pick(WORDS)} plan before the ${pick(WORDS)} review.`,
        position: {
          x: laneLeft(stage) + LANE_PADDING,
          y: Math.ceil((LANE_HEADER_HEIGHT + LANE_PADDING) / GRID_SIZE) * GRID_SIZE + row * (CARD_HEIGHT + GRID_SIZE * 2),
        },
        ...(rand() < 0.5 ? { status: pick(['idea', 'planned', 'live', 'paused'] as const) } : {}),
        ...(rand() < 0.3 ? { owner: pick(['Ana', 'Ben', 'Chloé', 'Dev', 'Emeka']) } : {}),
      };
      tactics.push(tactic);
      byLane[lane]!.push(tactic);
    }
  });
  const connections: Connection[] = [];
  const seen = new Set<string>();
  tactics.forEach((source) => {
    const lane = STAGE_IDS.indexOf(source.stage);
    const jump = rand() < 0.85 ? 1 : 2;
    const targets = byLane[Math.min(7, lane + jump)] ?? [];
    // Mostly to a card on about the same row of the next lane, as journeys are laid out.
    const row = byLane[lane]!.indexOf(source);
    const near = (list: Tactic[]) => list[Math.min(list.length - 1, Math.max(0, row + Math.floor(rand() * 5) - 2))];
    const target = lane === 7 ? near(byLane[0]!) : near(targets);
    if (!target || target.id === source.id || seen.has(`${source.id}>${target.id}`)) return;
    seen.add(`${source.id}>${target.id}`);
    connections.push({ id: `c${connections.length}`, source: source.id, target: target.id });
  });
  const now = '2026-11-22T00:00:00.000Z';
  return {
    id: `bench-${count}`,
    title: `Benchmark journey (${count} tactics)`,
    tactics,
    connections,
    customTactics: [],
    meta: { createdAt: now, updatedAt: now },
  };
}

/** A file of `count` journeys of `size` tactics each (personas, segments, scenarios of one client). */
export function journeyFile(count: number, size: number): string {
  const journeys = Array.from({ length: count }, (_, i) => ({
    ...syntheticJourney(size, i + 1),
    id: `journey-${i + 1}`,
    title: `Segment ${i + 1}`,
  }));
  let set = singleJourneySet(journeys[0]!);
  for (const journey of journeys.slice(1)) set = addJourney(set, { journey });
  return serializeJourneySet({ ...set, title: `${count} journeys × ${size}` });
}
