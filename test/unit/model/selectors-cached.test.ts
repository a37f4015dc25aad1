import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addTactic,
  connectTactics,
  duplicateTactics,
  moveTactics,
  removeConnections,
  removeTactics,
} from '../../../shared/model/commands';
import { CARD_HEIGHT } from '../../../shared/model/layout';
import {
  appendedTo,
  lowestCardTops,
  outgoingConnections,
  tacticCornerBounds,
  tacticsById,
} from '../../../shared/model/selectors';
import type { Journey, StageId, Tactic } from '../../../shared/model/types';
import { syntheticJourney } from '../../../scripts/bench/generate';

/** The box around the cards' positions, by a walk through all of them. */
function walked(tactics: readonly Tactic[]) {
  if (tactics.length === 0) return null;
  const xs = tactics.map((t) => t.position.x);
  const ys = tactics.map((t) => t.position.y);
  return { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) };
}

describe('the cached views of a big journey the canvas and inspector ask for on every edit', () => {
  it('the connections leaving a card: those of this version of the journey, in document order', () => {
    let doc: Journey = syntheticJourney(300);
    const from = doc.tactics[5]!.id;
    const byWalk = (d: Journey) => d.connections.filter((c) => c.source === from);
    expect(outgoingConnections(doc, from)).toEqual(byWalk(doc));
    expect(outgoingConnections(doc, 'nobody')).toEqual([]);
    // A new connection, then one removed: each version answers for itself.
    const before = doc;
    doc = connectTactics(doc, { id: 'c-new', source: from, target: doc.tactics[200]!.id });
    expect(outgoingConnections(doc, from).map((c) => c.id)).toEqual(byWalk(doc).map((c) => c.id));
    expect(outgoingConnections(doc, from).at(-1)!.id).toBe('c-new');
    expect(outgoingConnections(before, from)).toEqual(byWalk(before));
    doc = removeConnections(doc, { ids: ['c-new'] });
    expect(outgoingConnections(doc, from)).toEqual(byWalk(doc));
  });

  it('the box around the cards follows adds (without a walk), moves and a new journey', () => {
    let doc: Journey = syntheticJourney(500);
    expect(tacticCornerBounds(doc.tactics)).toEqual(walked(doc.tactics));
    for (let i = 0; i < 20; i++) {
      const y = i % 2 ? -500 - i : 200_000 + i;
      doc = addTactic(doc, { id: `added-${i}`, kind: 'convert.webinar', stage: 'convert', position: { x: 40 * i, y } });
      expect(tacticCornerBounds(doc.tactics)).toEqual(walked(doc.tactics));
    }
    // A move that shrinks the box: recomputed, not widened.
    const lowest = doc.tactics.find((t) => t.id === 'added-18')!;
    doc = moveTactics(doc, { moves: [{ id: lowest.id, position: { x: 0, y: 0 } }] });
    expect(tacticCornerBounds(doc.tactics)).toEqual(walked(doc.tactics));
    expect(tacticCornerBounds([])).toBeNull();
    const small = syntheticJourney(10);
    expect(tacticCornerBounds(small.tactics)).toEqual(walked(small.tactics));
  });
});

describe('what follows a journey through adds, copies, moves, removals and undo', () => {
  /** The lowest card's top per lane, by a walk through all of them. */
  const walkedTops = (tactics: readonly Tactic[]) => {
    const tops: Partial<Record<StageId, number>> = {};
    for (const t of tactics) tops[t.stage] = Math.max(tops[t.stage] ?? -Infinity, t.position.y);
    return tops;
  };
  const STAGES = ['aware', 'engage', 'convert', 'promote'] as const;
  const step = fc.oneof(
    fc.record({ op: fc.constant('add' as const), stage: fc.constantFrom(...STAGES), y: fc.integer({ min: -400, max: 4000 }) }),
    fc.record({ op: fc.constant('duplicate' as const), pick: fc.nat(), count: fc.integer({ min: 1, max: 3 }) }),
    fc.record({ op: fc.constant('move' as const), pick: fc.nat(), y: fc.integer({ min: -400, max: 4000 }) }),
    fc.record({ op: fc.constant('remove' as const), pick: fc.nat() }),
    fc.record({ op: fc.constant('undo' as const), back: fc.integer({ min: 1, max: 4 }) }),
  );

  it('the index by id, the box, the lanes’ lowest cards and "added at the end" agree with a walk', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 40 }), (steps) => {
        const versions: Journey[] = [syntheticJourney(30)];
        let n = 0;
        for (const s of steps) {
          const doc = versions.at(-1)!;
          const nth = (pick: number) => doc.tactics[pick % Math.max(1, doc.tactics.length)];
          let next = doc;
          if (s.op === 'add') {
            next = addTactic(doc, { id: `a${n++}`, kind: 'convert.webinar', stage: s.stage, position: { x: 0, y: s.y } });
          } else if (s.op === 'duplicate' && doc.tactics.length > 0) {
            const ids = [...new Set(Array.from({ length: s.count }, (_, k) => nth(s.pick + k)!.id))];
            next = duplicateTactics(doc, { ids, newIds: Object.fromEntries(ids.map((id) => [id, `d${n++}`])), offset: { x: 0, y: 120 } });
          } else if (s.op === 'move' && doc.tactics.length > 0) {
            next = moveTactics(doc, { moves: [{ id: nth(s.pick)!.id, position: { x: nth(s.pick)!.position.x, y: s.y } }] });
          } else if (s.op === 'remove' && doc.tactics.length > 0) {
            next = removeTactics(doc, { ids: [nth(s.pick)!.id] });
          } else if (s.op === 'undo') {
            next = versions[Math.max(0, versions.length - 1 - s.back)]!;
          }
          versions.push(next);
          const { tactics } = next;
          expect(tacticCornerBounds(tactics)).toEqual(walked(tactics));
          expect(lowestCardTops(tactics)).toEqual(walkedTops(tactics));
          const index = tacticsById(next);
          for (let i = 0; i < tactics.length; i++) expect(index.indexOf(tactics[i]!.id)).toBe(i);
          for (const gone of doc.tactics) if (!tactics.includes(gone)) expect(index.get(gone.id)?.id ?? gone.id).toBe(gone.id);
          const byWalk = tactics.length > doc.tactics.length && doc.tactics.every((t, i) => tactics[i] === t);
          expect(appendedTo(doc.tactics, tactics)).toBe(byWalk);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a card added to a lane goes below that lane’s lowest card, however the lane grew', () => {
    let doc: Journey = syntheticJourney(200);
    const lowestIn = (d: Journey) => Math.max(...d.tactics.filter((t) => t.stage === 'excite').map((t) => t.position.y));
    for (let i = 0; i < 5; i++) {
      const y = lowestCardTops(doc.tactics).excite! + CARD_HEIGHT + 40;
      doc = addTactic(doc, { id: `low-${i}`, kind: 'convert.webinar', stage: 'excite', position: { x: 0, y } });
      expect(doc.tactics.at(-1)!.position.y).toBeGreaterThan(y - CARD_HEIGHT);
      expect(lowestCardTops(doc.tactics).excite).toBe(lowestIn(doc));
    }
    // The lowest card moved up: the next one goes below the new lowest, not the old.
    const last = doc.tactics.at(-1)!;
    doc = moveTactics(doc, { moves: [{ id: last.id, position: { x: last.position.x, y: 300 } }] });
    expect(lowestCardTops(doc.tactics).excite).toBe(lowestIn(doc));
    expect(lowestCardTops([]).excite).toBeUndefined();
  });
});
