import { STAGE_IDS, type Connection, type Journey, type Tactic } from '../../../../shared/model/types';
import { tacticIn } from '../fixtures';

/**
 * A large journey with every assumption filled: rates everywhere, reach at Aware (and on any card
 * nothing leads to), values on some cards, two or so paths per card to the next stage (sometimes
 * within the stage, some with shares) and Promote → Aware loops. Deterministic for a seed.
 */
export function randomJourney(
  size: number,
  seed: number,
  /** Promote feeds only this many Aware cards, and links within a stage only go down the lane
   * (a realistic journey: a few loop entries). Absent: anywhere (many entries). */
  loopEntries?: number,
): Journey {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const perStage = Math.ceil(size / STAGE_IDS.length);
  const tactics: Tactic[] = [];
  STAGE_IDS.forEach((stage, s) => {
    for (let i = 0; i < perStage && tactics.length < size; i++) {
      tactics.push(
        tacticIn(stage, `${stage}-${i}`, 200 + i * 10, {
          kind: 'custom',
          title: `${stage} ${i}`,
          conversionRate: 5 + random() * 90,
          ...(s === 0 ? { reach: Math.round(random() * 10_000) } : {}),
          ...(random() < 0.3 ? { value: random() * 500 } : {}),
        }),
      );
    }
  });
  const byStage = STAGE_IDS.map((stage) => tactics.filter((t) => t.stage === stage));
  const connections: Connection[] = [];
  const seen = new Set<string>();
  const link = (source: Tactic, target: Tactic, share?: number) => {
    const id = `${source.id}>${target.id}`;
    if (seen.has(id) || source.id === target.id) return;
    seen.add(id);
    connections.push(share === undefined ? { id, source: source.id, target: target.id } : { id, source: source.id, target: target.id, share });
  };
  byStage.forEach((here, s) => {
    // Promote feeds Aware (the loop); every other stage the next one, sometimes the same one.
    const wrap = s === STAGE_IDS.length - 1;
    const next = wrap && loopEntries !== undefined ? byStage[0]!.slice(0, loopEntries) : byStage[(s + 1) % STAGE_IDS.length]!;
    for (const t of here) {
      const paths = 1 + Math.floor(random() * 3);
      for (let k = 0; k < paths; k++) {
        const i = here.indexOf(t);
        const sameStage = loopEntries === undefined ? here : here.slice(i + 1);
        const target =
          random() < 0.1 && sameStage.length > 0
            ? sameStage[Math.floor(random() * sameStage.length)]!
            : next[Math.floor(random() * next.length)]!;
        link(t, target, random() < 0.3 ? random() * 20 : undefined);
      }
    }
  });
  // A card nothing leads to needs a reach of its own (else its people are unknown, by design).
  const reached = new Set(connections.map((c) => c.target));
  for (const t of tactics) if (!reached.has(t.id) && t.reach === undefined) t.reach = Math.round(random() * 100);
  return { id: 'big', title: 'Big', tactics, connections, customTactics: [], meta: { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' } };
}

