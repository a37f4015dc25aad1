import type { Point } from '../../../shared/model/types';
import { CARD_HEIGHT, CARD_WIDTH, GRID_SIZE, stageAtX } from '../../../shared/model/layout';
import type { AppStore } from '../store';
import { selectedTacticIds } from './selectionActions';

interface Projection {
  screenToFlowPosition(p: Point): Point;
  flowToScreenPosition(p: Point): Point;
}

/**
 * Opens quick-add in the lane of the (first) selected card, just below it; with nothing
 * selected, in the middle of the view.
 */
export function openQuickAddNearSelection(store: AppStore, projection: Projection): void {
  const state = store.getState();
  const [first] = selectedTacticIds(store);
  const tactic = first ? state.doc.tactics.find((t) => t.id === first) : undefined;
  if (tactic) {
    const flow = {
      x: tactic.position.x + CARD_WIDTH / 2,
      y: tactic.position.y + CARD_HEIGHT * 1.5 + GRID_SIZE * 2,
    };
    state.openQuickAdd({ stage: tactic.stage, flow, screen: projection.flowToScreenPosition(flow) });
    return;
  }
  const canvas = document.querySelector('.cvj-canvas')?.getBoundingClientRect();
  const screen = canvas
    ? { x: canvas.left + canvas.width / 2, y: canvas.top + canvas.height / 3 }
    : { x: window.innerWidth / 2, y: window.innerHeight / 3 };
  const flow = projection.screenToFlowPosition(screen);
  state.openQuickAdd({ stage: stageAtX(flow.x), flow, screen });
}
