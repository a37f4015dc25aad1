import { useCallback } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { CANVAS_WIDTH, CARD_HEIGHT, LANE_HEADER_HEIGHT } from '../../../shared/model/layout';
import { useAppStoreApi } from '../store/context';

const PAD = 16;

/**
 * Fit view for a journey: all eight lanes across, from the stage headers down to the lowest
 * card, anchored to the top. React Flow's fitView fits only the cards and centres them, which
 * crops the lanes and floats the stage names mid-screen.
 */
export type FitJourney = (options?: { duration?: number }) => void;

export function useFitJourney(): FitJourney {
  const { setViewport } = useReactFlow();
  const flowStore = useStoreApi();
  const store = useAppStoreApi();
  return useCallback(
    (options: { duration?: number } = {}) => {
      const { width, height, minZoom, maxZoom } = flowStore.getState();
      if (!width || !height) return;
      let bottom = LANE_HEADER_HEIGHT + CARD_HEIGHT * 3;
      for (const t of store.getState().doc.tactics) {
        bottom = Math.max(bottom, t.position.y + CARD_HEIGHT + 48);
      }
      const zoom = Math.min(
        maxZoom,
        Math.max(minZoom, Math.min((width - 2 * PAD) / CANVAS_WIDTH, (height - 2 * PAD) / bottom)),
      );
      const x = (width - CANVAS_WIDTH * zoom) / 2;
      void setViewport({ x, y: PAD, zoom }, { duration: options.duration ?? 0 });
    },
    [setViewport, flowStore, store],
  );
}
