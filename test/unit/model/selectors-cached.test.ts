import { describe, expect, it } from 'vitest';
import { addTactic, connectTactics, moveTactics, removeConnections } from '../../../shared/model/commands';
import { outgoingConnections, tacticCornerBounds } from '../../../shared/model/selectors';
import type { Journey, Tactic } from '../../../shared/model/types';
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
