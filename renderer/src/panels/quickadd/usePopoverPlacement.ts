import { useSyncExternalStore, type CSSProperties } from 'react';
import type { Point } from '../../../../shared/model/types';

const WIDTH = 380;
const MAX_HEIGHT = 460;
const MARGIN = 8;
/** Off the requested point, so the marker of where the card lands stays in sight. */
const OFFSET = 14;

/**
 * Where the popover sits: its top-left corner just below and right of the requested point, moved as little as needed
 * to stay inside the window. The top is chosen for the tallest the popover can get, so it does
 * not jump about while typing shrinks or grows the list.
 */
export function usePopoverPlacement(at: Point): CSSProperties {
  const width = useSyncExternalStore(subscribe, () => window.innerWidth);
  const height = useSyncExternalStore(subscribe, () => window.innerHeight);
  const maxHeight = Math.min(MAX_HEIGHT, height - 2 * MARGIN);
  return {
    width: Math.min(WIDTH, width - 2 * MARGIN),
    maxHeight,
    left: clamp(at.x + OFFSET, MARGIN, width - WIDTH - MARGIN),
    top: clamp(at.y + OFFSET, MARGIN, height - maxHeight - MARGIN),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}
