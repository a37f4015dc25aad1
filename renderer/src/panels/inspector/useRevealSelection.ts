import { useLayoutEffect, useRef } from 'react';
import { useReactFlow } from '@xyflow/react';

const MARGIN = 24;

/**
 * The inspector takes its width from the canvas when it opens, and React Flow keeps the view's
 * top-left corner where it was: a card near the right edge (Promote, at "fit") would vanish
 * behind the panel the moment it is clicked. When the panel opens, pan just enough to keep the
 * selected element in sight.
 */
export function useRevealSelection(open: boolean, elementId: string | null): void {
  const { getViewport, setViewport } = useReactFlow();
  const wasOpen = useRef(false);
  useLayoutEffect(() => {
    const opening = open && !wasOpen.current;
    wasOpen.current = open;
    if (!opening || elementId === null) return;
    const id = CSS.escape(elementId);
    const element = document.querySelector(
      `.react-flow__node[data-id="${id}"], .react-flow__edge[data-id="${id}"]`,
    );
    const pane = element?.closest('.react-flow');
    if (!element || !pane) return;
    // Reading the rects forces layout, so they already reflect the narrower canvas.
    const overflow =
      element.getBoundingClientRect().right + MARGIN - pane.getBoundingClientRect().right;
    if (overflow <= 0) return;
    const viewport = getViewport();
    void setViewport({ ...viewport, x: viewport.x - overflow }, { duration: 200 });
  }, [open, elementId, getViewport, setViewport]);
}
