import { describe, expect, it } from 'vitest';
import { cardsBounds, minimapFrame } from '../../../renderer/src/canvas/JourneyMinimap';
import { syntheticJourney } from '../../../scripts/bench/generate';
import { CARD_HEIGHT, CARD_WIDTH } from '../../../shared/model/layout';
import { stageFlow } from '../../../shared/model/selectors';

describe('minimap framing', () => {
  it('frames every card and the view, centred, keeping the minimap’s 4:3 shape', () => {
    const doc = syntheticJourney(200);
    const cards = cardsBounds(doc)!;
    for (const t of doc.tactics) {
      expect(t.position.x).toBeGreaterThanOrEqual(cards.x);
      expect(t.position.y + CARD_HEIGHT).toBeLessThanOrEqual(cards.y + cards.height);
      expect(t.position.x + CARD_WIDTH).toBeLessThanOrEqual(cards.x + cards.width);
    }
    const view = { x: 100, y: 300, width: 800, height: 500 };
    const frame = minimapFrame(cards, view);
    expect(frame.width / frame.height).toBeCloseTo(200 / 150, 5);
    // Both the cards and the view are inside the frame, with a margin.
    for (const r of [cards, view]) {
      expect(r.x).toBeGreaterThan(frame.x);
      expect(r.y).toBeGreaterThan(frame.y);
      expect(r.x + r.width).toBeLessThan(frame.x + frame.width);
      expect(r.y + r.height).toBeLessThan(frame.y + frame.height);
    }
    expect(frame.scale).toBeCloseTo(200 / frame.width, 10);
  });

  it('frames the view alone for an empty journey', () => {
    const doc = { ...syntheticJourney(8), tactics: [] };
    expect(cardsBounds(doc)).toBeNull();
    const frame = minimapFrame(null, { x: 0, y: 0, width: 1600, height: 1000 });
    expect(frame.x).toBeLessThan(0);
    expect(frame.width).toBeGreaterThan(1600);
  });

  it('a view far below the cards widens the frame to hold both', () => {
    const cards = { x: 0, y: 0, width: 2560, height: 2000 };
    const far = minimapFrame(cards, { x: 0, y: 50_000, width: 1600, height: 1000 });
    expect(far.y + far.height).toBeGreaterThan(51_000);
    expect(far.scale).toBeLessThan(minimapFrame(cards, { x: 0, y: 0, width: 1600, height: 1000 }).scale);
  });
});

describe('stage flows', () => {
  it('are worked out once per pair of stages: the same object every time', () => {
    expect(stageFlow('aware', 'convert')).toBe(stageFlow('aware', 'convert'));
    expect(stageFlow('aware', 'convert').kind).toBe('skip');
    expect(Object.isFrozen(stageFlow('promote', 'aware'))).toBe(true);
  });
});
