import { useCallback } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useAppStoreApi } from '../store/context';
import { fitViewport } from './viewGeometry';

export type FitJourney = (options?: { duration?: number }) => void;

/**
 * Fit view for a journey (on open, New, the fit button, Shift+1): all eight lanes across, from
 * the stage headers down to the lowest card, every card below the headers (see fitViewport).
 */
export function useFitJourney(): FitJourney {
  const { setViewport } = useReactFlow();
  const flowStore = useStoreApi();
  const store = useAppStoreApi();
  return useCallback(
    (options: { duration?: number } = {}) => {
      const { width, height, minZoom, maxZoom } = flowStore.getState();
      if (!width || !height) return;
      const viewport = fitViewport({ width, height, minZoom, maxZoom }, store.getState().doc.tactics);
      void setViewport(viewport, { duration: options.duration ?? 0 });
    },
    [setViewport, flowStore, store],
  );
}
