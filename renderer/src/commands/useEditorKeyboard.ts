import { useEffect } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useAppStoreApi } from '../store/context';
import { isEditableTarget } from '../platform/shortcuts';
import { deleteSelection } from './actions';
import { nudgeSelection, selectedTacticIds, type NudgeDirection } from './selectionActions';
import { openQuickAddNearSelection } from './quickAdd';
import { focusNeighbourCard, focusedCardId, trackCardFocus } from '../canvas/cardFocus';
import type { FitJourney } from '../canvas/useFitJourney';

const ARROWS: Record<string, NudgeDirection> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/**
 * The editor's keyboard: everything reachable without a mouse. Keys typed into a text field stay
 * there; modal sheets handle their own keys.
 */
export function useEditorKeyboard(fitJourney: FitJourney) {
  const store = useAppStoreApi();
  const { screenToFlowPosition, flowToScreenPosition } = useReactFlow();

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (isEditableTarget(e.target)) return;
      const state = store.getState();
      if (state.shortcutsOpen || state.quickAdd) return;
      // React Flow marks arrow keys on a selected card as handled (its own nudge, whose
      // position changes we ignore); every other handled key is left alone.
      if (e.defaultPrevented && !(e.key in ARROWS)) return;
      // Shortcuts with Ctrl/Cmd belong to the menu (or, in a browser, its stand-in).
      if (e.metaKey || e.ctrlKey || e.altKey) return;

      if (e.key === '?') {
        e.preventDefault();
        state.setShortcutsOpen(true);
        return;
      }
      if (e.key === 'Escape') {
        state.setSelection([]);
        // React Flow blurs a card on Escape (a frame later); a keyboard user keeps their place.
        const focused = e.target instanceof Element ? e.target.closest<HTMLElement>('.react-flow__node') : null;
        if (focused) requestAnimationFrame(() => requestAnimationFrame(() => focused.focus()));
        return;
      }
      if (e.key === 'n' || e.key === 'N') {
        e.preventDefault();
        openQuickAddNearSelection(store, { screenToFlowPosition, flowToScreenPosition });
        return;
      }
      if (e.code === 'Digit1' && e.shiftKey) {
        e.preventDefault();
        fitJourney({ duration: 200 });
        return;
      }
      // The keys below act on the selection, so only when aimed at the canvas (or at nothing in
      // particular): Delete, Enter or an arrow pressed on a toolbar, palette or inspector button
      // belongs to that button.
      const target = e.target instanceof Element ? e.target : null;
      if (target && target !== document.body && !target.closest('.cvj-canvas')) return;
      if (e.key === 'Delete' || e.key === 'Backspace') {
        e.preventDefault();
        deleteSelection(store);
        return;
      }
      const direction = ARROWS[e.key];
      if (direction) {
        const focused = focusedCardId();
        const selected = selectedTacticIds(store);
        e.preventDefault();
        if (focused && !selected.includes(focused)) focusNeighbourCard(store, focused, direction);
        else if (selected.length > 0) nudgeSelection(store, direction, e.shiftKey);
        else focusNeighbourCard(store, null, direction);
        return;
      }
      if (e.key === 'Enter') {
        const focused = focusedCardId();
        if (focused) {
          e.preventDefault();
          state.setSelection([focused]);
          state.focusInspector();
        } else if (selectedTacticIds(store).length > 0) {
          e.preventDefault();
          state.focusInspector();
        }
      }
    };

    window.addEventListener('keydown', onKeyDown);
    const untrack = trackCardFocus();
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      untrack();
    };
  }, [store, fitJourney, screenToFlowPosition, flowToScreenPosition]);
}
