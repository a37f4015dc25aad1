import { useEffect, useRef } from 'react';
import { useReactFlow, useStore as useFlowStore } from '@xyflow/react';
import { useAppStore, useAppStoreApi } from '../store/context';
import type { Viewport } from '../canvas/viewGeometry';
import { LAST_STEP, presentViewport, stageOfStep } from './camera';
import { isTextEntry } from '../platform/shortcuts';
import { hiddenFrom, revealedJourney } from './reveal';
import { nextFreeSlot } from '../commands/actions';
import { focusedCardId } from '../canvas/cardFocus';
import type { AppStore } from '../store';
import type { StageId } from '../../../shared/model/types';
import { voteForTactic } from '../../../shared/model/commands';

/** Camera moves between steps; none when the system asks for reduced motion. */
export const CAMERA_MS = 350;

function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The step a key asks for in present mode, or null when the key is not present mode's. */
export function stepForKey(key: string, step: number): number | 'leave' | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case ' ':
    case 'PageDown':
      return Math.min(LAST_STEP, step + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return Math.max(0, step - 1);
    case 'Home':
      return 0;
    case 'End':
      return LAST_STEP;
    case 'Escape':
      return 'leave';
    default:
      return /^[1-8]$/.test(key) ? Number(key) : null;
  }
}

/**
 * Present mode's camera and keys (the state is in the store: uiSlice.presenting). Starting it
 * remembers the view and goes full screen; each step moves the camera (animated, ≤ 400 ms);
 * Esc, or leaving full screen, ends it and puts the view back exactly where it was. Must run
 * inside <ReactFlowProvider>.
 */
export function usePresentMode(): void {
  const store = useAppStoreApi();
  const { getViewport, setViewport, flowToScreenPosition } = useReactFlow();
  const presenting = useAppStore((s) => s.presenting !== null);
  const step = useAppStore((s) => s.presenting?.step ?? 0);
  // Only while presenting: this hook runs in the editor's root, which would otherwise re-render
  // the whole window with every edit.
  const tactics = useAppStore((s) => (s.presenting !== null ? s.doc.tactics : null));
  const width = useFlowStore((s) => s.width);
  const height = useFlowStore((s) => s.height);
  const saved = useRef<Viewport | null>(null);
  const lastStep = useRef<number | null>(null);

  // Start and end: the view to come back to, full screen, leaving full screen ends it.
  useEffect(() => {
    if (!presenting) return;
    saved.current = getViewport();
    lastStep.current = null;
    let wentFullScreen = false;
    let ended = false;
    const root = document.documentElement;
    if (!document.fullscreenElement && typeof root.requestFullscreen === 'function') {
      root.requestFullscreen().then(
        () => {
          wentFullScreen = true;
          // Ended before the window got there (Esc at once, a double press): leave again.
          if (ended) void document.exitFullscreen().catch(() => {});
        },
        // Refused (no user gesture, a kiosk, a test browser): present in the window.
        () => {},
      );
    }
    const onFullScreenChange = () => {
      if (wentFullScreen && !document.fullscreenElement) store.getState().stopPresenting();
    };
    document.addEventListener('fullscreenchange', onFullScreenChange);
    return () => {
      ended = true;
      document.removeEventListener('fullscreenchange', onFullScreenChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
      const back = saved.current;
      saved.current = null;
      // Same transform as before: the panels come back where they were, so the view does too.
      if (back) void setViewport(back, { duration: 0 });
    };
  }, [presenting, store, getViewport, setViewport]);

  // The camera: animated between steps, at once when the screen changes size.
  useEffect(() => {
    if (!presenting || !tactics || width === 0 || height === 0) return;
    const moving = lastStep.current !== null && lastStep.current !== step;
    lastStep.current = step;
    const duration = moving && !reducedMotion() ? CAMERA_MS : 0;
    void setViewport(presentViewport(tactics, step, { width, height }), { duration });
  }, [presenting, step, tactics, width, height, setViewport]);

  // Keys, ahead of the editor's own (capture), except while typing in a field.
  useEffect(() => {
    if (!presenting) return;
    const onKeyDown = (e: KeyboardEvent) => {
      // Keys typed into a field (or a list's own arrows) are the field's.
      if (e.ctrlKey || e.metaKey || isTextEntry(e.target) || e.target instanceof HTMLSelectElement)
        return;
      // The presenter's own buttons and boxes take Space and Enter themselves (a clicker's
      // Page Down still steps after one of them was clicked).
      const onControl = e.target instanceof Element && e.target.closest('.cvj-present') !== null;
      if (onControl && (e.key === ' ' || e.key === 'Enter')) return;
      const state = store.getState();
      if (!state.presenting || state.quickAdd || state.renaming || state.shortcutsOpen) return;
      if (document.querySelector('dialog[open]')) return;
      const stage = stageOfStep(state.presenting.step);
      // A dot-vote: V gives the focused (or selected) card a dot, Alt+V takes one back.
      if (state.presenting.voting && e.code === 'KeyV') {
        const id = targetCard(store, stage);
        e.preventDefault();
        e.stopPropagation();
        if (id) state.apply(voteForTactic, { id, delta: e.altKey ? -1 : 1 });
        return;
      }
      if (e.altKey) return;
      if (e.code === 'KeyK' && !e.shiftKey) {
        e.preventDefault();
        e.stopPropagation();
        state.setLaser(!state.presenting.laser);
        return;
      }
      // In a focused stage the room watches the journey grow: N, or just typing, adds to it;
      // Enter renames the card in place.
      if (stage && (e.key === 'n' || e.key === 'N' || isTypedText(e.key))) {
        e.preventDefault();
        e.stopPropagation();
        const flow = nextFreeSlot(store, stage);
        const query = e.key === 'n' || e.key === 'N' ? '' : e.key;
        state.openQuickAdd({ stage, flow, screen: flowToScreenPosition(flow), query });
        return;
      }
      if (stage && e.key === 'Enter') {
        const id = targetCard(store, stage);
        if (id) {
          e.preventDefault();
          e.stopPropagation();
          state.setSelection([id]);
          state.setRenaming(id);
        }
        return;
      }
      const next = stepForKey(e.key, state.presenting.step);
      if (next === null) return;
      e.preventDefault();
      e.stopPropagation();
      if (next === 'leave') state.stopPresenting();
      else state.presentStep(next);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [presenting, store, flowToScreenPosition]);
}

/** A key that types a character other than present mode's own (digits 1–8 jump, Space steps). */
function isTypedText(key: string): boolean {
  return key.length === 1 && key !== ' ' && !/^[1-8]$/.test(key);
}

/**
 * The card a key acts on (Enter renames it, V votes for it): the one with keyboard focus, else
 * the selected one, else the first of the focused stage.
 */
function targetCard(store: AppStore, stage: StageId | null): string | null {
  const { doc, selection, presenting } = store.getState();
  const seen = revealedJourney(doc, hiddenFrom(presenting));
  const inStage = seen.tactics.filter((t) => stage === null || t.stage === stage);
  const focused = focusedCardId();
  for (const id of [focused, ...selection]) if (id && inStage.some((t) => t.id === id)) return id;
  // On the overview only a card the presenter picked; in a stage, its first card.
  if (stage === null) return null;
  return (
    [...inStage].sort((a, b) => a.position.y - b.position.y || a.position.x - b.position.x)[0]
      ?.id ?? null
  );
}
