import { useLayoutEffect, useRef } from 'react';
import { useReactFlow, type Viewport } from '@xyflow/react';
import { useAppStore, useAppStoreApi } from '../store/context';

/**
 * Each journey of the file keeps its own view: leaving a tab remembers where the canvas was,
 * coming back puts it there again. A journey opened for the first time is fitted instead (the
 * store asks for that fit in the same update that opens it).
 */
export function useJourneyViewports(): void {
  const store = useAppStoreApi();
  const docId = useAppStore((s) => s.doc.id);
  const { getViewport, setViewport } = useReactFlow();
  const viewports = useRef(new Map<string, Viewport>());
  useLayoutEffect(() => {
    const remembered = viewports.current;
    const state = store.getState();
    const saved = remembered.get(docId);
    if (saved && state.fitToken === state.fittedToken) void setViewport(saved, { duration: 0 });
    // Runs as the journey is left, before the canvas moves for the next one.
    return () => {
      remembered.set(docId, getViewport());
    };
  }, [docId, store, getViewport, setViewport]);
}
