import type { Point, StageId } from './types';
import { STAGE_IDS } from './types';
import { stageIndex } from './stages';

/**
 * Canvas geometry shared by the canvas, commands and the SVG exporter. Lanes are vertical
 * columns laid left to right in stage order, starting at x = 0; each has a header band on top
 * that cards never overlap. A card fills its lane's width: with all eight lanes fitted on a
 * 1280-pixel projector, that keeps card titles about 11 px on screen (narrower cards would not
 * be readable; wider lanes would shrink everything).
 */
export const LANE_WIDTH = 320;
export const LANE_HEADER_HEIGHT = 200;
export const LANE_PADDING = 20;
export const LANE_MIN_HEIGHT = 900;
export const CARD_WIDTH = LANE_WIDTH - 2 * LANE_PADDING;
export const CARD_HEIGHT = 104;
export const GRID_SIZE = 12;

export function laneLeft(stage: StageId): number {
  return stageIndex(stage) * LANE_WIDTH;
}

/** The highest a card's top edge goes: below the lane's header band and padding, on the grid. */
export const LANE_CARD_TOP = ceilToGrid(LANE_HEADER_HEIGHT + LANE_PADDING);

/** Whether a card whose left edge is at `x` lies within the lane's width. */
export function cardFitsLane(x: number, stage: StageId): boolean {
  return x >= laneLeft(stage) && x + CARD_WIDTH <= laneLeft(stage) + LANE_WIDTH;
}

/** The lane under a canvas x coordinate; points outside all lanes go to the nearest lane. */
export function stageAtX(x: number): StageId {
  const index = Math.min(STAGE_IDS.length - 1, Math.max(0, Math.floor(x / LANE_WIDTH)));
  return STAGE_IDS[index] as StageId;
}

/** The lane a card belongs to: the one under its horizontal centre. */
export function stageOfCard(position: Point): StageId {
  return stageAtX(position.x + CARD_WIDTH / 2);
}

export function snapToGrid(value: number): number {
  return Math.round(value / GRID_SIZE) * GRID_SIZE;
}

/**
 * Where a card whose top-left is requested at `position` ends up: snapped to the grid, kept
 * inside its lane's padding and below the lane header.
 */
export function placeCard(position: Point, stage: StageId = stageOfCard(position)): Point {
  const [left, right] = cardLeftRange(stage);
  const x = Math.min(right, Math.max(left, snapToGrid(position.x)));
  const y = Math.max(LANE_CARD_TOP, snapToGrid(position.y));
  return { x, y };
}

/**
 * Where a card's left edge may go in a lane. Rounded inward to the grid (lanes need not be grid
 * multiples apart) so that placing a placed card again leaves it still: a zero-length drag must
 * be a no-op. A card too wide for any grid line to fit is pinned to the lane's padding.
 */
function cardLeftRange(stage: StageId): readonly [number, number] {
  const min = laneLeft(stage) + LANE_PADDING;
  const max = laneLeft(stage) + LANE_WIDTH - LANE_PADDING - CARD_WIDTH;
  const left = ceilToGrid(min);
  const right = floorToGrid(max);
  return left <= right ? [left, right] : [min, min];
}

function ceilToGrid(value: number): number {
  return Math.ceil(value / GRID_SIZE) * GRID_SIZE;
}

function floorToGrid(value: number): number {
  return Math.floor(value / GRID_SIZE) * GRID_SIZE;
}

/** Height of the lanes: tall enough for the lowest card plus room to add more. */
export function laneHeight(cardBottoms: Iterable<number>): number {
  let max = 0;
  for (const bottom of cardBottoms) if (bottom > max) max = bottom;
  return Math.max(LANE_MIN_HEIGHT, max + CARD_HEIGHT * 2 + LANE_PADDING);
}

export const CANVAS_WIDTH = LANE_WIDTH * STAGE_IDS.length;
