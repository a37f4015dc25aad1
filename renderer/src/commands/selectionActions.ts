import type { Point } from '../../../shared/model/types';
import { CARD_HEIGHT, GRID_SIZE, LANE_WIDTH } from '../../../shared/model/layout';
import {
  copyTactics,
  duplicateTactics,
  newIdsFor,
  nudgeTactics,
  pasteTactics,
  serializeClipboard,
} from '../../../shared/model/commands';
import { createId } from '../../../shared/model/ids';
import type { AppStore } from '../store';
import { deleteSelection } from './actions';

/** Ids of the selected tactics (the selection also holds connection ids). */
export function selectedTacticIds(store: AppStore): string[] {
  const { doc, selection } = store.getState();
  const ids = new Set(selection);
  return doc.tactics.filter((t) => ids.has(t.id)).map((t) => t.id);
}

export function duplicateSelection(store: AppStore): void {
  const ids = selectedTacticIds(store);
  if (ids.length === 0) return;
  const payload = copyTactics(store.getState().doc, ids);
  const map = newIdsFor(payload, createId);
  store.getState().apply(duplicateTactics, {
    ids,
    newIds: map,
    newConnectionIds: map,
    offset: { x: 0, y: CARD_HEIGHT + GRID_SIZE * 2 },
  });
  const copies = ids.map((id) => map[id] as string);
  store.getState().setSelection(copies);
  store.getState().revealCards(copies);
}

/** Text for the system clipboard, or null when no card is selected. */
export function copySelection(store: AppStore): string | null {
  const ids = selectedTacticIds(store);
  if (ids.length === 0) return null;
  return serializeClipboard(copyTactics(store.getState().doc, ids));
}

export function cutSelection(store: AppStore): string | null {
  const text = copySelection(store);
  if (text) deleteSelection(store);
  return text;
}

/**
 * Pastes cards copied from this or another journey. With `at` (the pointer over the canvas),
 * the group's top-left goes there; otherwise it lands just below where it was copied from.
 * Resolves false when the text is not ours. The checking schema loads on the first paste.
 */
export async function pasteText(store: AppStore, text: string, at?: Point): Promise<boolean> {
  const { parseClipboard } = await import('../../../shared/model/commands/clipboardSchema');
  const payload = parseClipboard(text);
  if (!payload) return false;
  const newIds = newIdsFor(payload, createId);
  store.getState().apply(pasteTactics, { payload, newIds, ...(at ? { anchor: at } : {}) });
  const pasted = payload.tactics.map((t) => newIds[t.id] as string);
  store.getState().setSelection(pasted);
  store.getState().revealCards(pasted);
  return true;
}

export type NudgeDirection = 'left' | 'right' | 'up' | 'down';

/** Arrow-key nudge: one grid step (Shift: four) up or down; left and right change lane. */
export function nudgeSelection(store: AppStore, direction: NudgeDirection, large: boolean): void {
  const ids = selectedTacticIds(store);
  if (ids.length === 0) return;
  const step = GRID_SIZE * (large ? 4 : 1);
  const delta = {
    left: { dx: -LANE_WIDTH, dy: 0 },
    right: { dx: LANE_WIDTH, dy: 0 },
    up: { dx: 0, dy: -step },
    down: { dx: 0, dy: step },
  }[direction];
  store.getState().apply(nudgeTactics, { ids, ...delta });
}
