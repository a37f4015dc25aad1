import type { Point, StageId } from '../../../shared/model/types';
import { CARD_HEIGHT, CARD_WIDTH, GRID_SIZE, laneLeft, LANE_HEADER_HEIGHT, LANE_PADDING } from '../../../shared/model/layout';
import {
  addTactic,
  createEmptyJourney,
  removeConnections,
  removeTactics,
} from '../../../shared/model/commands';
import { createId } from '../../../shared/model/ids';
import { lowestCardTops } from '../../../shared/model/selectors';
import type { AppStore } from '../store';
import { UNTITLED_NAME } from '../store/sessionSlice';

/**
 * User-level actions that need more than one pure command or an id: the glue between
 * gestures (menu, keyboard, palette, canvas) and shared/model. No data logic lives here.
 */

export function undo(store: AppStore): void {
  store.getState().endCoalescing();
  store.temporal.getState().undo();
}

export function redo(store: AppStore): void {
  store.getState().endCoalescing();
  store.temporal.getState().redo();
}

/** Replaces the journey with a new, empty, untitled one (ask about unsaved work first). */
export function newJourney(store: AppStore): void {
  const doc = createEmptyJourney({ id: createId('j'), now: new Date().toISOString() });
  store.getState().loadDocument(doc, { name: UNTITLED_NAME, hasFile: false, edited: false });
}

/** Adds a tactic centred on a canvas point; its stage is the lane under the point. Returns its id. */
export function addTacticAt(store: AppStore, kind: string, centre: Point, title?: string): string {
  const id = createId('t');
  const position = { x: centre.x - CARD_WIDTH / 2, y: centre.y - CARD_HEIGHT / 2 };
  store.getState().apply(addTactic, { id, kind, position, ...(title ? { title } : {}) });
  store.getState().setSelection([id]);
  store.getState().revealCards([id]);
  return id;
}

/** The first free spot at the bottom of a lane: where "add to stage" puts a card. */
export function nextFreeSlot(store: AppStore, stage: StageId): Point {
  const lowest = lowestCardTops(store.getState().doc.tactics)[stage];
  const bottom = Math.max(LANE_HEADER_HEIGHT + LANE_PADDING - GRID_SIZE * 2, lowest === undefined ? -Infinity : lowest + CARD_HEIGHT);
  return { x: laneLeft(stage) + LANE_PADDING + CARD_WIDTH / 2, y: bottom + GRID_SIZE * 2 + CARD_HEIGHT / 2 };
}

export function addTacticToStage(store: AppStore, kind: string, stage: StageId, title?: string): string {
  return addTacticAt(store, kind, nextFreeSlot(store, stage), title);
}

/** Deletes the selected cards (with their connections) and connections. */
export function deleteSelection(store: AppStore): void {
  const state = store.getState();
  const ids = new Set(state.selection);
  if (ids.size === 0) return;
  const tactics = state.doc.tactics.filter((t) => ids.has(t.id)).map((t) => t.id);
  const connections = state.doc.connections.filter((c) => ids.has(c.id)).map((c) => c.id);
  // One gesture, one undo step: the two commands compose into one.
  state.apply((doc, args: { tactics: string[]; connections: string[] }) =>
    removeConnections(removeTactics(doc, { ids: args.tactics }), { ids: args.connections }),
    { tactics, connections },
  );
  state.setSelection([]);
}

export function selectAll(store: AppStore): void {
  const state = store.getState();
  state.setSelection(state.doc.tactics.map((t) => t.id));
}
