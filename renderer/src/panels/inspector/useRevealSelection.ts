import { useLayoutEffect, useRef } from 'react';
import { useAppStoreApi } from '../../store/context';

/**
 * The inspector takes its width from the canvas when it opens, and React Flow keeps the view's
 * top-left corner where it was: a card near the right edge (Advocate or Promote, at "fit")
 * would vanish behind the panel the moment it is clicked. When the panel opens, the canvas is
 * asked to bring the selected card or connection into the part of it left free (useRevealCards).
 */
export function useRevealSelection(open: boolean, elementId: string | null): void {
  const store = useAppStoreApi();
  const wasOpen = useRef(false);
  useLayoutEffect(() => {
    const opening = open && !wasOpen.current;
    wasOpen.current = open;
    if (opening && elementId !== null) store.getState().revealCards([elementId]);
  }, [open, elementId, store]);
}
