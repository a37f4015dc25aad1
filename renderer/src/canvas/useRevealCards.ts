import { useEffect } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { CARD_HEIGHT, CARD_WIDTH } from '../../../shared/model/layout';
import { useAppStore, useAppStoreApi } from '../store/context';
import { FOCUS_ZOOM, OVERVIEW_ZOOM } from './zoomLevels';

const MARGIN = 48;

/**
 * Brings cards that were just added, pasted or duplicated into view: a card added to the
 * bottom of a long lane must not land off-screen where nobody sees it. Pans only as far as
 * needed. It zooms only for a card that is to take keyboard focus while the journey is shown as
 * the overview (no DOM cards there): that card is centred at FOCUS_ZOOM.
 */
export function useRevealCards(): void {
  const request = useAppStore((s) => s.reveal);
  const store = useAppStoreApi();
  const flowStore = useStoreApi();
  const { getViewport, setViewport } = useReactFlow();

  useEffect(() => {
    if (!request || request.ids.length === 0) return;
    const ids = new Set(request.ids);
    const cards = store.getState().doc.tactics.filter((t) => ids.has(t.id));
    if (cards.length === 0) return;
    const { width, height } = flowStore.getState();
    const { x, y, zoom } = getViewport();
    if (request.focus && zoom < OVERVIEW_ZOOM) {
      const card = cards[0]!;
      const centre = { x: card.position.x + CARD_WIDTH / 2, y: card.position.y + CARD_HEIGHT / 2 };
      const at = { x: width / 2 - centre.x * FOCUS_ZOOM, y: height / 2 - centre.y * FOCUS_ZOOM };
      void setViewport({ ...at, zoom: FOCUS_ZOOM }, { duration: 200 });
      return;
    }
    const left = Math.min(...cards.map((c) => c.position.x)) * zoom + x;
    const right = Math.max(...cards.map((c) => c.position.x + CARD_WIDTH)) * zoom + x;
    const top = Math.min(...cards.map((c) => c.position.y)) * zoom + y;
    const bottom = Math.max(...cards.map((c) => c.position.y + CARD_HEIGHT)) * zoom + y;
    let dx = 0;
    let dy = 0;
    if (right > width - MARGIN) dx = width - MARGIN - right;
    if (left + dx < MARGIN) dx = MARGIN - left;
    if (bottom > height - MARGIN) dy = height - MARGIN - bottom;
    if (top + dy < MARGIN) dy = MARGIN - top;
    if (dx !== 0 || dy !== 0) void setViewport({ x: x + dx, y: y + dy, zoom }, { duration: 200 });
  }, [request, store, flowStore, getViewport, setViewport]);
}
