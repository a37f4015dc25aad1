import { describe, expect, it } from 'vitest';
import { nudgeTactics } from '../../../shared/model/commands';
import {
  CARD_WIDTH,
  GRID_SIZE,
  LANE_HEADER_HEIGHT,
  LANE_PADDING,
  LANE_WIDTH,
  laneLeft,
  stageOfCard,
} from '../../../shared/model/layout';
import type { Journey } from '../../../shared/model/types';
import { applyUndoable, deepFreeze, findTactic, sampleJourney, tacticIn } from './fixtures';

// The first grid line at or below the header and its padding.
const TOP = Math.ceil((LANE_HEADER_HEIGHT + LANE_PADDING) / GRID_SIZE) * GRID_SIZE;

describe('nudgeTactics', () => {
  it('moves cards up and down by the delta, undoably', () => {
    const next = applyUndoable(sampleJourney(), nudgeTactics, {
      ids: ['a', 'c'],
      dx: 0,
      dy: GRID_SIZE,
    });
    expect(findTactic(next, 'a').position.y).toBe(480 + GRID_SIZE);
    expect(findTactic(next, 'c').position.y).toBe(600 + GRID_SIZE);
    expect(findTactic(next, 'e').position.y).toBe(480);
  });

  it('moves a card one lane, and into that stage, per LANE_WIDTH', () => {
    const doc = sampleJourney();
    const right = applyUndoable(doc, nudgeTactics, { ids: ['a', 'e'], dx: LANE_WIDTH, dy: 0 });
    expect(findTactic(right, 'a')).toMatchObject({
      stage: 'engage',
      position: { x: laneLeft('engage') + LANE_PADDING, y: 480 },
    });
    expect(findTactic(right, 'e').stage).toBe('subscribe');
    const twoLeft = nudgeTactics(doc, { ids: ['c'], dx: -2 * LANE_WIDTH, dy: 0 });
    expect(findTactic(twoLeft, 'c').stage).toBe('engage');
    expect(right.connections).toBe(doc.connections);
  });

  it('changes lane as soon as the card’s centre crosses the border, and not before', () => {
    const doc = deepFreeze(sampleJourney());
    const a = findTactic(doc, 'a');
    const toBorder = laneLeft('engage') - (a.position.x + CARD_WIDTH / 2);
    const crossed = nudgeTactics(doc, { ids: ['a'], dx: toBorder, dy: 0 });
    expect(findTactic(crossed, 'a').stage).toBe('engage');
    expect(stageOfCard(findTactic(crossed, 'a').position)).toBe('engage');
    expect(nudgeTactics(doc, { ids: ['a'], dx: toBorder - 1, dy: 0 })).toBe(doc);
  });

  it('keeps cards below the lane header', () => {
    const next = nudgeTactics(sampleJourney(), { ids: ['a', 'c'], dx: 0, dy: -300 });
    expect(findTactic(next, 'a').position.y).toBe(TOP);
    expect(findTactic(next, 'c').position.y).toBe(300);
  });

  it('nudges each card once, however often its id is listed', () => {
    const next = nudgeTactics(sampleJourney(), { ids: ['a', 'a'], dx: 0, dy: GRID_SIZE });
    expect(findTactic(next, 'a').position.y).toBe(480 + GRID_SIZE);
  });

  it('returns the same document when nothing moves', () => {
    const doc: Journey = deepFreeze({
      ...sampleJourney(),
      tactics: [tacticIn('aware', 'top', TOP), tacticIn('promote', 'right', 480)],
      connections: [],
    });
    expect(nudgeTactics(doc, { ids: ['top'], dx: 0, dy: -GRID_SIZE })).toBe(doc);
    expect(nudgeTactics(doc, { ids: ['top'], dx: -LANE_WIDTH, dy: 0 })).toBe(doc);
    expect(nudgeTactics(doc, { ids: ['right'], dx: LANE_WIDTH, dy: 0 })).toBe(doc);
    // Less than half a grid step snaps back, as a drag would.
    expect(nudgeTactics(doc, { ids: ['right'], dx: 0, dy: GRID_SIZE / 2 - 1 })).toBe(doc);
    expect(nudgeTactics(doc, { ids: ['right'], dx: 0, dy: 0 })).toBe(doc);
    expect(nudgeTactics(doc, { ids: ['nope'], dx: 0, dy: 120 })).toBe(doc);
    expect(nudgeTactics(doc, { ids: [], dx: 0, dy: 120 })).toBe(doc);
    expect(nudgeTactics(doc, { ids: ['right'], dx: Number.NaN, dy: 120 })).toBe(doc);
  });
});
