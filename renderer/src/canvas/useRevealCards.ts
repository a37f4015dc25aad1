import { useCallback, useEffect, useRef } from 'react';
import { useReactFlow, useStore, useStoreApi } from '@xyflow/react';
import { CARD_HEIGHT, CARD_WIDTH } from '../../../shared/model/layout';
import type { Journey } from '../../../shared/model/types';
import { tacticsById } from '../../../shared/model/selectors';
import { useAppStore, useAppStoreApi } from '../store/context';
import { centreViewport, revealViewport, type Box, type FreeArea, type Viewport } from './viewGeometry';
import { FOCUS_ZOOM, OVERVIEW_ZOOM } from './zoomLevels';

/**
 * Brings what was just added, pasted, duplicated or opened in the inspector into view: a card
 * added to the bottom of a long lane, or dropped on Promote as the inspector opens over that
 * side, must not sit where nobody sees it. Pans only as far as needed, into the part of the
 * canvas the inspector leaves free and below the stage headers. It zooms only for a card that
 * is to take keyboard focus while the journey is shown as the overview (no DOM cards there):
 * that card is centred at FOCUS_ZOOM.
 */
export function useRevealCards(): void {
  const request = useAppStore((s) => s.reveal);
  const store = useAppStoreApi();
  const flowStore = useStoreApi();
  const { getViewport, setViewport } = useReactFlow();

  const measured = useMeasuredFreeArea();

  const reveal = useCallback(
    (ids: readonly string[], focus: boolean) => {
      const target = boxOf(store.getState().doc, ids);
      const pane = flowStore.getState().domNode;
      if (!target || !pane) return;
      const free = measured(pane);
      if (!free) return;
      const viewport = getViewport();
      const next =
        focus && viewport.zoom < OVERVIEW_ZOOM ? centreViewport(target, FOCUS_ZOOM, free) : revealViewport(target, viewport, free);
      if (next) void setViewport(next, { duration: glides(viewport, next, free) ? 200 : 0 });
    },
    [store, flowStore, getViewport, setViewport, measured],
  );

  // In the next frame, before it is drawn: the pane is measured then, not taken from React
  // Flow's size (the inspector that has just opened has narrowed the pane already, and React Flow
  // hears of it a frame later), and measuring here, in the middle of the edit's commit, would lay
  // the whole window out once more than the frame does. (Moving the view in the edit's own render
  // instead was measured slower: the frame then does all the work at once.)
  useEffect(() => {
    if (!request || request.ids.length === 0) return;
    const frame = requestAnimationFrame(() => reveal(request.ids, request.focus));
    return () => cancelAnimationFrame(frame);
  }, [request, reveal]);
}

/**
 * A short move glides, so the eye follows it; a move of more than a screen jumps: gliding across
 * a long journey would show (and mount) a new set of cards every frame of the way.
 */
function glides(from: Viewport, to: Viewport, pane: Box): boolean {
  if (Math.abs(Math.log(to.zoom / from.zoom)) > Math.log(4)) return false;
  return Math.abs(to.x - from.x) <= pane.right - pane.left && Math.abs(to.y - from.y) <= pane.bottom - pane.top;
}

/** The flow-coordinate box around the cards (and the ends of the connections) with these ids. */
function boxOf(doc: Journey, ids: readonly string[]): Box | null {
  const byId = tacticsById(doc);
  const wanted = new Set(ids.filter((id) => byId.has(id)));
  // Connections are rarely asked for; only then are they looked through.
  if (wanted.size < ids.length) {
    const asked = new Set(ids);
    for (const c of doc.connections) {
      if (!asked.has(c.id)) continue;
      wanted.add(c.source);
      wanted.add(c.target);
    }
  }
  const box: Box = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
  for (const id of wanted) {
    const p = byId.get(id)?.position;
    if (!p) continue;
    box.left = Math.min(box.left, p.x);
    box.top = Math.min(box.top, p.y);
    box.right = Math.max(box.right, p.x + CARD_WIDTH);
    box.bottom = Math.max(box.bottom, p.y + CARD_HEIGHT);
  }
  return Number.isFinite(box.left) ? box : null;
}

/**
 * The free area as the last frame laid it out, kept by a ResizeObserver on the pane (whose
 * callbacks run after layout, when measuring costs nothing). Measuring in the middle of an edit
 * lays the page out once more than the frame does: on a slow laptop, a few milliseconds of the
 * frame that shows an added card. The pane changes size when the inspector opens or closes, so a
 * different inspector element (or none) than when it was kept means measuring now.
 */
function useMeasuredFreeArea(): (pane: Element) => FreeArea | null {
  const kept = useRef<{ pane: Element; inspector: Element | null; free: FreeArea | null } | null>(null);
  const domNode = useStore((s) => s.domNode);
  useEffect(() => {
    if (!domNode || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      kept.current = { pane: domNode, inspector: document.querySelector(INSPECTOR), free: freeArea(domNode) };
    });
    observer.observe(domNode);
    return () => {
      observer.disconnect();
      kept.current = null;
    };
  }, [domNode]);
  return useCallback((pane: Element) => {
    const last = kept.current;
    if (last && last.pane === pane && last.inspector === document.querySelector(INSPECTOR)) return last.free;
    return freeArea(pane);
  }, []);
}

const INSPECTOR = '.cvj-inspector';
/** What floats over the canvas's bottom corners: the minimap, the zoom buttons. */
const CORNERS = '.react-flow__minimap, .react-flow__controls';

/**
 * The part of the pane the inspector does not cover, in pane pixels, and the boxes over its
 * corners. Today the inspector sits beside the canvas; measuring it keeps this right if it ever
 * floats over it.
 */
function freeArea(pane: Element): FreeArea | null {
  const p = pane.getBoundingClientRect();
  if (p.width === 0 || p.height === 0) return null;
  let right = p.width;
  const panel = document.querySelector(INSPECTOR)?.getBoundingClientRect();
  if (panel && panel.width > 0 && panel.left < p.right && panel.right > p.left) {
    right = Math.min(right, panel.left - p.left);
  }
  const covered: Box[] = [];
  for (const element of pane.querySelectorAll(CORNERS)) {
    const r = element.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    covered.push({ left: r.left - p.left, top: r.top - p.top, right: r.right - p.left, bottom: r.bottom - p.top });
  }
  return { left: 0, top: 0, right, bottom: p.height, covered };
}
