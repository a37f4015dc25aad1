import type { StageId, Tactic } from '../../../shared/model/types';
import { STAGE_IDS } from '../../../shared/model/types';
import { CANVAS_WIDTH, CARD_HEIGHT, LANE_CARD_TOP, LANE_PADDING, LANE_WIDTH, laneLeft } from '../../../shared/model/layout';
import type { Viewport } from '../canvas/viewGeometry';

/**
 * Where present mode's camera stands, as pure functions of the screen and the cards (no DOM, no
 * React: tested in Node). Step 0 is the overview (all eight stages); steps 1–8 focus one stage.
 */

export const LAST_STEP = STAGE_IDS.length;

export interface Screen {
  width: number;
  height: number;
}

/** Screen pixels kept for the stage headers at the top (their tallest band) and around the rest. */
export const HEADER_BAND = 120;
/** Screen pixels kept at the bottom for the caption (the stage's description, the journey's title, a vote's ranking). */
export const CAPTION_BAND = 120;
const MARGIN = 24;
/** A focused stage with one card is not blown up past this. */
const MAX_ZOOM = 2.5;
/** Room beside a focused lane, in canvas units: the ends of connections into and out of it show. */
const SIDE = LANE_WIDTH * 0.35;

/** The stage a step focuses, or null for the overview. */
export function stageOfStep(step: number): StageId | null {
  return step >= 1 && step <= LAST_STEP ? STAGE_IDS[step - 1]! : null;
}

export function clampStep(step: number): number {
  return Math.max(0, Math.min(LAST_STEP, Math.round(step)));
}

/** The bottom of the lowest card in the lane (or of all lanes), with the lanes' padding. */
function contentBottom(tactics: readonly Tactic[], stage: StageId | null): number {
  let bottom = LANE_CARD_TOP + CARD_HEIGHT;
  for (const t of tactics) {
    if (stage === null || t.stage === stage) bottom = Math.max(bottom, t.position.y + CARD_HEIGHT);
  }
  return bottom + LANE_PADDING;
}

/**
 * The viewport showing a step: the cards' part of the lanes (or of one lane, with a little of
 * its neighbours) as large as fits between the header band and the caption band, centred.
 */
export function presentViewport(tactics: readonly Tactic[], step: number, screen: Screen): Viewport {
  const stage = stageOfStep(step);
  const left = stage ? laneLeft(stage) - SIDE : 0;
  const right = stage ? laneLeft(stage) + LANE_WIDTH + SIDE : CANVAS_WIDTH;
  const top = LANE_CARD_TOP - LANE_PADDING;
  const bottom = contentBottom(tactics, stage);
  const bandTop = HEADER_BAND + MARGIN / 2;
  const bandBottom = screen.height - CAPTION_BAND;
  const availableWidth = Math.max(1, screen.width - 2 * MARGIN);
  const availableHeight = Math.max(1, bandBottom - bandTop);
  const zoom = Math.min(MAX_ZOOM, availableWidth / (right - left), availableHeight / (bottom - top));
  return {
    zoom,
    x: screen.width / 2 - ((left + right) / 2) * zoom,
    y: bandTop - top * zoom,
  };
}
