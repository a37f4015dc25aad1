import { useEffect, useRef } from 'react';
import { useStore as useFlowStore } from '@xyflow/react';
import { useAppStoreApi } from '../../store/context';
import { drawOverview } from './drawOverview';
import { hiddenFrom, revealedJourney } from '../../present/reveal';
import { useTheme } from '../../theme/themeStore';

/**
 * The level-of-detail layer: below OVERVIEW_ZOOM the DOM cards give way to this canvas, which
 * redraws at most once a frame when the view, the document or the selection changes.
 */
export function OverviewLayer() {
  const canvas = useRef<HTMLCanvasElement>(null);
  const store = useAppStoreApi();
  const transform = useFlowStore((s) => s.transform);
  const width = useFlowStore((s) => s.width);
  const height = useFlowStore((s) => s.height);
  const frame = useRef(0);
  const { colors } = useTheme();

  useEffect(() => {
    const el = canvas.current;
    const ctx = el?.getContext('2d');
    if (!el || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    if (el.width !== Math.round(width * dpr) || el.height !== Math.round(height * dpr)) {
      el.width = Math.round(width * dpr);
      el.height = Math.round(height * dpr);
    }
    const draw = () => {
      frame.current = 0;
      const { doc, selection, presenting } = store.getState();
      const [x, y, zoom] = transform;
      // Present mode's "reveal as we go" hides here too (a journey too big for DOM cards).
      const shown = revealedJourney(doc, hiddenFrom(presenting));
      const complete = drawOverview(ctx, shown, new Set(selection), { x, y, zoom, width, height }, dpr, colors);
      // Titles left for later (too many new ones at once): they come in the next frames.
      if (!complete) frame.current = requestAnimationFrame(draw);
    };
    if (!frame.current) frame.current = requestAnimationFrame(draw);
    const unsubscribe = store.subscribe((state, prev) => {
      const changed =
        state.doc !== prev.doc ||
        state.selection !== prev.selection ||
        state.presenting !== prev.presenting;
      if (changed && !frame.current) {
        frame.current = requestAnimationFrame(draw);
      }
    });
    return () => {
      unsubscribe();
      if (frame.current) cancelAnimationFrame(frame.current);
      frame.current = 0;
    };
  }, [store, transform, width, height, colors]);

  return (
    <canvas ref={canvas} className="cvj-overview" style={{ width, height }} aria-hidden="true" />
  );
}
