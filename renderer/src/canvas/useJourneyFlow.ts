import { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef } from 'react';
import {
  useStoreApi as useFlowStoreApi,
  type Connection as FlowConnection,
  type Edge,
  type EdgeChange,
  type NodeChange,
  type OnNodeDrag,
  type ReactFlowState,
} from '@xyflow/react';
import type { Journey, Point } from '../../../shared/model/types';
import { CARD_HEIGHT, laneHeight } from '../../../shared/model/layout';
import { canConnect, connectTactics, moveTactics, reconnectConnection } from '../../../shared/model/commands';
import { createId } from '../../../shared/model/ids';
import { lowestCardTops, tacticCornerBounds, tacticsById } from '../../../shared/model/selectors';
import { stageIndex } from '../../../shared/model/stages';
import { useAppStore, useAppStoreApi } from '../store/context';
import { createEdgeMapper, createNodeMapper, type ConnectionEdge, type TacticNode } from './flowMapping';
import { useTheme } from '../theme/themeStore';
import { whenIdle } from '../ui/whenIdle';
import { createShownTactics, type PaneView, type ShownTactics } from './shownTactics';
import { hiddenFrom } from '../present/reveal';

const paneView = (s: ReactFlowState): PaneView => ({
  x: s.transform[0],
  y: s.transform[1],
  zoom: s.transform[2],
  width: s.width,
  height: s.height,
});

/**
 * The cards React Flow holds (see shownTactics): follows the view as it pans and zooms, and
 * while cards coming on screen wait their turn, gives the next batch each frame.
 */
function useShownTactics(doc: Journey, selection: ReadonlySet<string>): ShownTactics {
  const flowStore = useFlowStoreApi();
  const choose = useMemo(() => createShownTactics(), []);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const shown = choose(doc, selection, paneView(flowStore.getState()));
  // What the view's subscription compares against: the last rendered inputs and choice.
  const latest = useRef({ doc, selection, shown });
  useLayoutEffect(() => {
    latest.current = { doc, selection, shown };
  });

  useEffect(
    () =>
      flowStore.subscribe((s, prev) => {
        if (s.transform === prev.transform && s.width === prev.width && s.height === prev.height) return;
        const { doc: d, selection: sel, shown: was } = latest.current;
        if (choose(d, sel, paneView(s)) !== was) rerender();
      }),
    [flowStore, choose],
  );

  useEffect(() => {
    if (shown.pending === 0) return;
    const frame = requestAnimationFrame(() => {
      const { doc: d, selection: sel, shown: was } = latest.current;
      if (choose(d, sel, paneView(flowStore.getState()), true) !== was) rerender();
    });
    return () => cancelAnimationFrame(frame);
  }, [shown, flowStore, choose]);

  // In the overview, the cards zooming in will show mount hidden, a few whenever the page is idle.
  useEffect(() => {
    if (shown.pendingIdle === 0) return;
    return whenIdle(
      () => {
        const { doc: d, selection: sel, shown: was } = latest.current;
        if (choose(d, sel, paneView(flowStore.getState()), 'idle') !== was) rerender();
      },
      2_000,
      () => 12,
    );
  }, [shown, flowStore, choose]);

  return shown;
}

/**
 * Glue between the store and React Flow: derived nodes and edges, and the handlers that turn
 * React Flow's changes into view-state updates or document commands.
 */
export function useJourneyFlow() {
  const store = useAppStoreApi();
  const doc = useAppStore((s) => s.doc);
  const selection = useAppStore((s) => s.selection);
  const dragPositions = useAppStore((s) => s.dragPositions);

  const toNodes = useMemo(() => createNodeMapper(), []);
  const theme = useTheme();
  const toEdges = useMemo(() => createEdgeMapper(theme.colors), [theme]);
  const selected = useMemo(() => new Set(selection), [selection]);
  const shown = useShownTactics(doc, selected);
  // Present mode's "reveal as we go": the stages not reached yet are not drawn.
  const hideFrom = useAppStore((s) => hiddenFrom(s.presenting));
  const { tactics, connections } = useMemo(() => {
    if (hideFrom === null) return shown;
    const byId = tacticsById(doc);
    const reached = (id: string) => {
      const t = byId.get(id);
      return t !== undefined && stageIndex(t.stage) < hideFrom;
    };
    return {
      tactics: shown.tactics.filter((t) => reached(t.id)),
      connections: shown.connections.filter((c) => reached(c.source) && reached(c.target)),
    };
  }, [shown, hideFrom, doc]);
  const nodes = useMemo(
    () => toNodes(doc, tactics, selected, dragPositions),
    [toNodes, doc, tactics, selected, dragPositions],
  );
  const edges = useMemo(() => toEdges(doc, connections, selected), [toEdges, doc, connections, selected]);
  const height = useMemo(() => {
    const bounds = tacticCornerBounds(doc.tactics);
    return laneHeight(bounds ? [bounds.bottom + CARD_HEIGHT] : []);
  }, [doc.tactics]);
  // "Add to stage" puts a card below the lowest one of its lane (nextFreeSlot). For the journey
  // as it is now, those are found while the page is idle: after a drag has moved cards, the next
  // add would otherwise walk every card in its click (4 ms of it at 10,000 cards, profiled).
  useEffect(() => whenIdle(() => void lowestCardTops(doc.tactics), 1_000), [doc.tactics]);

  const onNodesChange = useCallback(
    (changes: NodeChange<TacticNode>[]) => {
      const state = store.getState();
      const dragging: Record<string, Point> = {};
      let selectionChanged = false;
      const nextSelection = new Set(state.selection);
      for (const change of changes) {
        if (change.type === 'position' && change.dragging && change.position) {
          dragging[change.id] = change.position;
        } else if (change.type === 'select') {
          selectionChanged = true;
          if (change.selected) nextSelection.add(change.id);
          else nextSelection.delete(change.id);
        }
      }
      if (Object.keys(dragging).length > 0) state.setDragPositions(dragging);
      if (selectionChanged) state.setSelection([...nextSelection]);
    },
    [store],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<ConnectionEdge>[]) => {
      const state = store.getState();
      let selectionChanged = false;
      const nextSelection = new Set(state.selection);
      for (const change of changes) {
        if (change.type === 'select') {
          selectionChanged = true;
          if (change.selected) nextSelection.add(change.id);
          else nextSelection.delete(change.id);
        }
      }
      if (selectionChanged) state.setSelection([...nextSelection]);
    },
    [store],
  );

  // A drag, whatever the number of cards, is committed as one command: one undo step.
  const onNodeDragStop: OnNodeDrag<TacticNode> = useCallback(
    (_event, _node, dragged) => {
      const state = store.getState();
      const moves = dragged.map((n) => ({ id: n.id, position: n.position }));
      state.apply(moveTactics, { moves });
      state.clearDragPositions();
    },
    [store],
  );

  const onConnect = useCallback(
    (c: FlowConnection) => {
      store.getState().apply(connectTactics, { id: createId('c'), source: c.source, target: c.target });
    },
    [store],
  );

  const onReconnect = useCallback(
    (old: ConnectionEdge, c: FlowConnection) => {
      store.getState().apply(reconnectConnection, { id: old.id, source: c.source, target: c.target });
    },
    [store],
  );

  // The commands' own rule: a drop the command would ignore is never offered.
  const isValidConnection = useCallback(
    (c: FlowConnection | Edge) =>
      canConnect(store.getState().doc, { source: c.source, target: c.target, except: 'id' in c ? c.id : undefined }),
    [store],
  );

  return { nodes, edges, catchingUp: shown.pending > 0, premounted: shown.hidden, height, onNodesChange, onEdgesChange, onNodeDragStop, onConnect, onReconnect, isValidConnection };
}
