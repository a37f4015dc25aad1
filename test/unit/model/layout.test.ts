import { describe, expect, it } from 'vitest';
import {
  CARD_WIDTH,
  GRID_SIZE,
  LANE_HEADER_HEIGHT,
  LANE_PADDING,
  LANE_WIDTH,
  laneLeft,
  placeCard,
  stageOfCard,
} from '../../../shared/model/layout';
import { STAGE_IDS } from '../../../shared/model/types';

describe('placeCard', () => {
  it.each(STAGE_IDS)(
    'puts a card on the grid, inside the %s lane, wherever it was asked',
    (stage) => {
      const requests = [
        { x: -1000, y: -1000 },
        { x: laneLeft(stage), y: 0 },
        { x: laneLeft(stage) + LANE_WIDTH, y: 157 },
        { x: 99_999, y: 99_999 },
      ];
      for (const request of requests) {
        const placed = placeCard(request, stage);
        expect(placed.y % GRID_SIZE).toBe(0);
        expect(placed.x).toBeGreaterThanOrEqual(laneLeft(stage) + LANE_PADDING);
        expect(placed.x + CARD_WIDTH).toBeLessThanOrEqual(
          laneLeft(stage) + LANE_WIDTH - LANE_PADDING,
        );
        expect(placed.y).toBeGreaterThanOrEqual(LANE_HEADER_HEIGHT + LANE_PADDING);
        expect(stageOfCard(placed)).toBe(stage);
      }
    },
  );

  it('leaves an already placed card where it is, so a zero-length drag moves nothing', () => {
    for (let x = -100; x < LANE_WIDTH * STAGE_IDS.length + 100; x += 7) {
      const once = placeCard({ x, y: 300 });
      expect(placeCard(once), `x=${x}`).toEqual(once);
      expect(placeCard(once, stageOfCard(once)), `x=${x}`).toEqual(once);
    }
  });
});
