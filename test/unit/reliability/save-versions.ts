import { serializeJourneyFile } from '../../../shared/file/serialize';
import { laneLeft } from '../../../shared/model/layout';
import type { Journey, Tactic } from '../../../shared/model/types';
import { STAGE_IDS } from '../../../shared/model/types';

/**
 * Version `n` of the journey the crash test saves over and over: deterministic (parent and
 * child compute the same bytes) and of a size that changes from version to version (from a
 * few KB to a few hundred KB), so a torn write could not pass for a whole one.
 */
export function versionText(n: number): string {
  const count = 1 + ((n * 37) % 400);
  const tactics: Tactic[] = [];
  for (let i = 0; i < count; i += 1) {
    const stage = STAGE_IDS[i % STAGE_IDS.length] ?? 'aware';
    tactics.push({
      id: `t${i}`,
      stage,
      kind: 'aware.seo',
      title: `Version ${n}, tactic ${i}`,
      notes: `Saved as version ${n}. `.repeat(1 + ((n + i) % 7)),
      position: { x: laneLeft(stage) + 20, y: 220 + 12 * i },
    });
  }
  const journey: Journey = {
    id: 'crash-test',
    title: `Crash test, version ${n}`,
    tactics,
    connections: tactics.slice(1).map((tactic, i) => ({
      id: `c${i}`,
      source: `t${i}`,
      target: tactic.id,
    })),
    customTactics: [],
    meta: { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' },
  };
  return serializeJourneyFile(journey);
}
