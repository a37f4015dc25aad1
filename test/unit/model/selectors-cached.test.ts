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
import { notedAppended } from '../../../shared/model/appended';
import { copyTactics, newIdsFor, pasteTactics } from '../../../shared/model/commands';
import { createAppStore } from '../../../renderer/src/store';
import { addTacticToStage, nextFreeSlot } from '../../../renderer/src/commands/actions';
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
          // Adds and copies say so themselves (no walk needed); nothing else claims it.
          if ((s.op === 'add' || s.op === 'duplicate') && next !== doc) expect(notedAppended(doc.tactics, tactics)).toBe(true);
          if (!byWalk) expect(notedAppended(doc.tactics, tactics)).toBe(false);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('adds, copies and pastes say so, through a run of them, and not across an undo', () => {
    const start: Journey = syntheticJourney(50);
    const one = addTactic(start, { id: 'n1', kind: 'convert.webinar', stage: 'convert', position: { x: 0, y: 0 } });
    const copied = duplicateTactics(one, { ids: ['n1'], newIds: { n1: 'n2' }, offset: { x: 0, y: 120 } });
    const payload = copyTactics(copied, [copied.tactics[3]!.id]);
    const pasted = pasteTactics(copied, { payload, newIds: newIdsFor(payload, (p) => `${p}-pasted`) });
    expect(pasted.tactics).toHaveLength(53);
    expect(notedAppended(start.tactics, one.tactics)).toBe(true);
    expect(notedAppended(one.tactics, copied.tactics)).toBe(true);
    expect(notedAppended(copied.tactics, pasted.tactics)).toBe(true);
    // Three steps back.
    expect(notedAppended(start.tactics, pasted.tactics)).toBe(true);
    // Undo to `one`, then another add: a branch, which the first branch's versions are not.
    const other = addTactic(one, { id: 'n3', kind: 'convert.webinar', stage: 'aware', position: { x: 0, y: 0 } });
    expect(notedAppended(one.tactics, other.tactics)).toBe(true);
    expect(notedAppended(copied.tactics, other.tactics)).toBe(false);
    expect(notedAppended(other.tactics, pasted.tactics)).toBe(false);
    expect(appendedTo(copied.tactics, other.tactics)).toBe(false);
  });

  it('"add to stage" puts the card below that lane’s lowest card, however the lane grew or moved', () => {
    const store = createAppStore(syntheticJourney(200));
    const lowest = () => Math.max(...store.getState().doc.tactics.filter((t) => t.stage === 'excite').map((t) => t.position.y));
    for (let i = 0; i < 4; i++) {
      const before = lowest();
      const id = addTacticToStage(store, 'convert.webinar', 'excite');
      const added = store.getState().doc.tactics.at(-1)!;
      expect(added.id).toBe(id);
      expect(added.stage).toBe('excite');
      expect(added.position.y).toBeGreaterThanOrEqual(before + CARD_HEIGHT);
      expect(lowestCardTops(store.getState().doc.tactics).excite).toBe(lowest());
    }
    // The lowest cards moved up to the top: the next slot is below the new lowest, not the old.
    const { doc } = store.getState();
    const excite = doc.tactics.filter((t) => t.stage === 'excite');
    const moves = excite.map((t, i) => ({ id: t.id, position: { x: t.position.x, y: 300 + (i % 3) * 10 } }));
    store.getState().apply(moveTactics, { moves });
    const slot = nextFreeSlot(store, 'excite');
    expect(slot.y - CARD_HEIGHT / 2).toBeGreaterThanOrEqual(lowest() + CARD_HEIGHT);
    expect(slot.y - CARD_HEIGHT / 2).toBeLessThan(lowest() + CARD_HEIGHT * 2);
    expect(lowestCardTops([]).excite).toBeUndefined();
  });
});
