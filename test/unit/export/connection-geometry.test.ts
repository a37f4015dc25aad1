import { getBezierPath, Position } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { arrowHead, connectionCurve, connectionEnds } from '../../../shared/export';
import { LABEL_LIFT, LABEL_ROOM } from '../../../shared/export/connection-geometry';
import { connectionPath } from '../../../renderer/src/canvas/connectionPath';

/** Numbers of an SVG path string, for comparing paths written with different separators. */
const numbers = (path: string) => (path.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g) ?? []).map(Number);

function pathOf(curve: ReturnType<typeof connectionCurve>): number[] {
  const { start, control1, control2, end } = curve;
  return [start.x, start.y, control1.x, control1.y, control2.x, control2.y, end.x, end.y];
}

describe('connection geometry', () => {
  const cards = [
    { x: 20, y: 228 },
    { x: 340, y: 228 },
    { x: 340, y: 492 },
    { x: 660, y: 360 },
    { x: 1620, y: 228 },
    { x: 2260, y: 624 },
    { x: 20, y: 1000 },
  ];

  it('equals the canvas (renderer connectionPath and React Flow getBezierPath) for every pair', () => {
    for (const source of cards) {
      for (const target of cards) {
        if (source === target) continue;
        const ends = connectionEnds(source, target);
        const curve = connectionCurve(ends);
        const [path, labelX, labelY] = connectionPath({
          ...ends,
          sourcePosition: Position.Right,
          targetPosition: Position.Left,
        });
        const expected = numbers(path);
        pathOf(curve).forEach((n, i) => expect(n).toBeCloseTo(expected[i]!, 9));
        expect(curve.label.x).toBeCloseTo(labelX, 9);
        expect(curve.label.y).toBeCloseTo(labelY, 9);
      }
    }
  });

  it('reimplements @xyflow/system getBezierPath for neighbouring lanes', () => {
    // A card placed towards the right of the next lane: room for the label between them.
    const ends = connectionEnds(cards[0]!, { x: 460, y: 492 });
    expect(ends.targetX - ends.sourceX).toBeGreaterThanOrEqual(LABEL_ROOM);
    const [path, labelX, labelY] = getBezierPath({
      ...ends,
      sourcePosition: Position.Right,
      targetPosition: Position.Left,
    });
    const curve = connectionCurve(ends);
    expect(pathOf(curve)).toEqual(numbers(path));
    // Centred on the curve where there is room for it...
    expect([curve.label.x, curve.label.y]).toEqual([labelX, labelY]);
  });

  it('lifts the label above the curve between close cards, off both cards’ handles', () => {
    // Cards in the middle of neighbouring lanes: about 30 px between the handles.
    const ends = connectionEnds({ x: 20, y: 228 }, { x: 340, y: 228 });
    expect(ends.targetX - ends.sourceX).toBeLessThan(LABEL_ROOM);
    const [, labelX, labelY] = getBezierPath({
      ...ends,
      sourcePosition: Position.Right,
      targetPosition: Position.Left,
    });
    const curve = connectionCurve(ends);
    expect(curve.label).toEqual({ x: labelX, y: labelY - LABEL_LIFT });
    // A 24.5 px pill centred there ends above the handles (12 px circles on the curve).
    expect(curve.label.y + 24.5 / 2).toBeLessThanOrEqual(ends.sourceY - 12 / 2);
  });

  it.each([12, 24, 48, 72, -24, -72, 264])(
    'keeps the lifted label off both handles when the cards are %i px apart in height',
    (dy) => {
      const ends = connectionEnds({ x: 20, y: 228 }, { x: 340, y: 228 + dy });
      const { label } = connectionCurve(ends);
      const pill = { top: label.y - 24.5 / 2, bottom: label.y + 24.5 / 2 };
      for (const handleY of [ends.sourceY, ends.targetY]) {
        expect(pill.bottom <= handleY - 6 || pill.top >= handleY + 6).toBe(true);
      }
    },
  );

  it('puts the arrowhead tip on the end, pointing along the curve', () => {
    const curve = connectionCurve(connectionEnds(cards[0]!, cards[1]!));
    const { points, strokeWidth } = arrowHead(curve, 2.5);
    expect(strokeWidth).toBe(2.25);
    expect(points[1]).toEqual(curve.end);
    // Horizontal arrival: the base is 5 * 2.25 to the left, 4 * 2.25 above and below.
    expect(points[0]!.x).toBeCloseTo(curve.end.x - 11.25, 9);
    expect(points[0]!.y).toBeCloseTo(curve.end.y - 9, 9);
    expect(points[2]!.y).toBeCloseTo(curve.end.y + 9, 9);
  });
});
