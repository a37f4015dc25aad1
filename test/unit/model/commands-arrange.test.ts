import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignTactics, distributeTactics } from '../../../shared/model/commands';
import { CARD_HEIGHT, GRID_SIZE, placeCard } from '../../../shared/model/layout';
import type { Journey, StageId } from '../../../shared/model/types';
import { applyUndoable, deepFreeze, findTactic, sampleJourney, tacticIn } from './fixtures';

/** Cards in given lanes at given tops, ids `<stage>-<index>`; no connections. */
function cards(...lanes: [StageId, number[]][]): Journey {
  return {
    ...sampleJourney(),
    tactics: lanes.flatMap(([stage, tops]) =>
      tops.map((y, index) => tacticIn(stage, `${stage}-${index}`, y)),
    ),
    connections: [],
  };
}

function tops(doc: Journey, ids: string[]): number[] {
  return ids.map((id) => findTactic(doc, id).position.y);
}

describe('alignTactics', () => {
  it('aligns tops on the topmost card, undoably, leaving lanes and x alone', () => {
    const doc = sampleJourney();
    const next = applyUndoable(doc, alignTactics, { ids: ['a', 'c'], edge: 'top' });
    expect(findTactic(next, 'c')).toEqual({
      ...findTactic(doc, 'c'),
      position: { ...findTactic(doc, 'c').position, y: 480 },
    });
    expect(next.tactics[0]).toBe(doc.tactics[0]);
  });

  it('aligns bottoms on the bottommost card', () => {
    const next = applyUndoable(sampleJourney(), alignTactics, {
      ids: ['a', 'e', 'c'],
      edge: 'bottom',
    });
    expect(tops(next, ['a', 'e', 'c'])).toEqual([600, 600, 600]);
  });

  it('aligns middles on the average, snapped to the grid', () => {
    const next = applyUndoable(sampleJourney(), alignTactics, {
      ids: ['a', 'e', 'c'],
      edge: 'middle',
    });
    const average = (480 + 480 + 600) / 3;
    const y = Math.round(average / GRID_SIZE) * GRID_SIZE;
    expect(tops(next, ['a', 'e', 'c'])).toEqual([y, y, y]);
    expect(next.tactics.map((t) => t.stage)).toEqual(['aware', 'engage', 'convert']);
  });

  it('returns the same document for fewer than two cards or cards already aligned', () => {
    const doc = deepFreeze(sampleJourney());
    expect(alignTactics(doc, { ids: ['c'], edge: 'top' })).toBe(doc);
    expect(alignTactics(doc, { ids: ['c', 'c', 'nope'], edge: 'top' })).toBe(doc);
    expect(alignTactics(doc, { ids: [], edge: 'middle' })).toBe(doc);
    expect(alignTactics(doc, { ids: ['a', 'e'], edge: 'top' })).toBe(doc);
    expect(alignTactics(doc, { ids: ['a', 'e'], edge: 'middle' })).toBe(doc);
    expect(alignTactics(doc, { ids: ['a', 'e'], edge: 'bottom' })).toBe(doc);
  });
});

describe('distributeTactics', () => {
  it('spreads the cards of a lane evenly between the topmost and bottommost, undoably', () => {
    const doc = cards(['subscribe', [900, 300, 360]]);
    const next = applyUndoable(doc, distributeTactics, {
      ids: ['subscribe-0', 'subscribe-1', 'subscribe-2'],
    });
    // In top-to-bottom order: 300 (index 1), 360 (index 2), 900 (index 0).
    expect(tops(next, ['subscribe-1', 'subscribe-2', 'subscribe-0'])).toEqual([300, 600, 900]);
  });

  it('spaces cards that would overlap a card and a grid step apart, down from the topmost', () => {
    const doc = cards(['excite', [300, 312, 324]]);
    const next = applyUndoable(doc, distributeTactics, {
      ids: ['excite-0', 'excite-1', 'excite-2'],
    });
    const ys = tops(next, ['excite-0', 'excite-1', 'excite-2']);
    expect(ys[0]).toBe(300);
    expect((ys[1] ?? 0) - (ys[0] ?? 0)).toBeGreaterThanOrEqual(CARD_HEIGHT + GRID_SIZE);
    expect((ys[2] ?? 0) - (ys[1] ?? 0)).toBeGreaterThanOrEqual(CARD_HEIGHT + GRID_SIZE);
  });

  it('works lane by lane, and leaves a lane with fewer than three selected cards alone', () => {
    const doc = cards(['aware', [300, 312, 900]], ['promote', [300, 900, 960]]);
    const next = distributeTactics(doc, {
      ids: ['aware-0', 'aware-1', 'aware-2', 'promote-0', 'promote-1'],
    });
    expect(tops(next, ['aware-0', 'aware-1', 'aware-2'])).toEqual([300, 600, 900]);
    expect(next.tactics.slice(3)).toEqual(doc.tactics.slice(3));
    expect(next.tactics.map((t) => t.stage)).toEqual(doc.tactics.map((t) => t.stage));
  });

  it('returns the same document when the cards are already even, or too few', () => {
    const doc = deepFreeze(cards(['convert', [300, 600, 900]]));
    const all = ['convert-0', 'convert-1', 'convert-2'];
    expect(distributeTactics(doc, { ids: all })).toBe(doc);
    expect(distributeTactics(doc, { ids: ['convert-0', 'convert-2'] })).toBe(doc);
    expect(distributeTactics(doc, { ids: [] })).toBe(doc);
  });

  it('keeps the order, the topmost card, grid lines and room between cards', () => {
    const top = placeCard({ x: 0, y: 0 }).y;
    const gridTops = fc.array(fc.integer({ min: top / GRID_SIZE, max: 200 }), {
      minLength: 3,
      maxLength: 8,
    });
    fc.assert(
      fc.property(gridTops, (steps) => {
        const doc = cards(['ascend', steps.map((s) => s * GRID_SIZE)]);
        const ids = doc.tactics.map((t) => t.id);
        const next = distributeTactics(deepFreeze(doc), { ids });
        const before = [...doc.tactics].sort((a, b) => a.position.y - b.position.y);
        const after = before.map((t) => findTactic(next, t.id).position.y);
        expect(after[0]).toBe(before[0]?.position.y);
        for (let i = 1; i < after.length; i += 1) {
          expect((after[i] ?? 0) - (after[i - 1] ?? 0)).toBeGreaterThanOrEqual(
            CARD_HEIGHT + GRID_SIZE,
          );
        }
        for (const y of after) expect(y % GRID_SIZE).toBe(0);
        const span = (before.at(-1)?.position.y ?? 0) - (before[0]?.position.y ?? 0);
        // Room for even spacing on whole grid steps: then the bottommost card stays too.
        const minStep = Math.ceil((CARD_HEIGHT + GRID_SIZE) / GRID_SIZE) * GRID_SIZE;
        if (span / (before.length - 1) >= minStep) {
          expect(after.at(-1)).toBe(before.at(-1)?.position.y);
        }
      }),
    );
  });
});
