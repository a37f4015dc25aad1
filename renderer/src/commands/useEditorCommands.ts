import { useCallback, useRef } from 'react';
import type { Point } from '../../../shared/model/types';
import type { Platform } from '../platform';
import { useFitJourney, type FitJourney } from '../canvas/useFitJourney';
import { useMenuCommands } from './useMenuCommands';
import { useEditorKeyboard } from './useEditorKeyboard';
import { useClipboard } from './useClipboard';

export interface EditorCommands {
  fitJourney: FitJourney;
  /** The canvas reports where the pointer is over it (null: it left), for paste at the pointer. */
  trackPointer(screen: Point | null): void;
}

/**
 * The app's commands: the menu (native on the desktop, shortcuts in a browser), the keyboard and
 * the clipboard. They act on the journey whatever has focus, so they are hosted by the app, not
 * by the canvas, which only draws and forwards gestures. Must run inside <ReactFlowProvider>
 * (zoom and fit act on the canvas's view) and <DocumentActionsProvider>.
 */
export function useEditorCommands(platform: Platform): EditorCommands {
  const fitJourney = useFitJourney();
  const pointer = useRef<Point | null>(null);
  const trackPointer = useCallback((screen: Point | null) => {
    pointer.current = screen;
  }, []);
  useMenuCommands(platform, fitJourney);
  useEditorKeyboard(fitJourney);
  useClipboard(pointer);
  return { fitJourney, trackPointer };
}
