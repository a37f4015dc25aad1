import {
  useCallback,
  useEffect,
  useMemo,
  useLayoutEffect,
  useRef,
  type DragEvent,
  type MouseEvent,
  type PointerEvent,
} from 'react';
import {
  ControlButton,
  Controls,
  ReactFlow,
  SelectionMode,
  useReactFlow,
  useStore as useFlowStore,
  useStoreApi as useFlowStoreApi,
  type EdgeTypes,
  type NodeTypes,
} from '@xyflow/react';
import type { Point } from '../../../shared/model/types';
import { voteForTactic } from '../../../shared/model/commands';
import type { MouseEvent as ReactMouseEvent } from 'react';
import { CARD_HEIGHT, CARD_WIDTH, stageAtX } from '../../../shared/model/layout';
import type { ConnectionEdge, TacticNode } from './flowMapping';
import { TacticCard } from './TacticCard';
import { ConnectionLine } from './ConnectionLine';
import { LanesLayer } from './LanesLayer';
import { LaneHeaders } from './LaneHeaders';
import { OverviewLayer } from './overview/OverviewLayer';
import { JourneyMinimap } from './JourneyMinimap';
import { tacticAt } from './overview/hitTest';
import { SvgIcon } from './Icon';
import { FitIcon } from '../ui/icons';
import { TACTIC_DRAG_TYPE } from './dnd';
import { useJourneyFlow } from './useJourneyFlow';
import type { FitJourney } from './useFitJourney';
import { useRevealCards } from './useRevealCards';
import { useJourneyViewports } from '../journeys/useJourneyViewports';
import { addTacticAt } from '../commands/actions';
import { useAppStore, useAppStoreApi } from '../store/context';
import { DETAIL_ZOOM, OVERVIEW_ZOOM } from './zoomLevels';
import { FarCardsContext, FocusedStageContext } from './cardDetail';
import { ForecastContext } from '../panels/forecast/forecastContext';
import { useForecast } from '../panels/forecast/useForecast';
import { stageOfStep } from '../present/camera';

const nodeTypes: NodeTypes = { tactic: TacticCard };
const edgeTypes: EdgeTypes = { connection: ConnectionLine };
const PRO_OPTIONS = { hideAttribution: true };
const NO_NODES: TacticNode[] = [];
const NO_EDGES: ConnectionEdge[] = [];

export interface JourneyCanvasProps {
  /** Fits the whole journey in view: on load, and from the fit button. */
  fitJourney: FitJourney;
  /** Where the pointer is over the canvas, in window pixels; null when it leaves. */
  onPointer(screen: Point | null): void;
}

/**
 * The journey drawn with React Flow: lanes, headers, cards, connections, the overview. It draws
 * and forwards gestures (drop, double-click, drag, connect) to commands; the menu, keyboard and
 * clipboard are the app's (see useEditorCommands).
 */
export function JourneyCanvas({ fitJourney, onPointer }: JourneyCanvasProps) {
  const store = useAppStoreApi();
  const flow = useJourneyFlow();
  const { screenToFlowPosition, setCenter } = useReactFlow();
  const overview = useFlowStore((s) => s.transform[2] < OVERVIEW_ZOOM);
  const presenting = useAppStore((s) => s.presenting !== null);
  const focusedStage = useAppStore((s) => (s.presenting ? stageOfStep(s.presenting.step) : null));
  // Present mode shows cards as seen from afar at any zoom: the room reads titles, not badges.
  const far = useFlowStore((s) => s.transform[2] < DETAIL_ZOOM) || presenting;

  useRevealCards();
  const container = useZoomingClass();

  const onInit = useCallback(() => fitJourney({ duration: 0 }), [fitJourney]);

  // A journey was loaded (Open, Revert, Restore): show all of it. Until the fit has run, no DOM
  // card is rendered: rendering thousands at the old zoom only to drop them for the overview
  // would cost seconds.
  const fitToken = useAppStore((s) => s.fitToken);
  const fitting = useAppStore((s) => s.fitToken !== s.fittedToken);
  useLayoutEffect(() => {
    if (!fitting) return;
    fitJourney({ duration: 0 });
    store.getState().markFitted(fitToken);
  }, [fitting, fitToken, fitJourney, store]);

  useJourneyViewports();

  const onDragOver = useCallback((e: DragEvent) => {
    if (!e.dataTransfer.types.includes(TACTIC_DRAG_TYPE)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (e: DragEvent) => {
      const kind = e.dataTransfer.getData(TACTIC_DRAG_TYPE);
      if (!kind) return;
      e.preventDefault();
      addTacticAt(store, kind, screenToFlowPosition({ x: e.clientX, y: e.clientY }));
    },
    [store, screenToFlowPosition],
  );

  // Double-clicking an empty spot in a lane opens quick-add for that stage, right there; on a
  // card of the overview, it zooms in to that card.
  const onDoubleClick = useCallback(
    (e: MouseEvent) => {
      if (!(e.target instanceof Element) || !e.target.closest('.react-flow__pane')) return;
      const at = screenToFlowPosition({ x: e.clientX, y: e.clientY });
      const card = overview ? tacticAt(store.getState().doc.tactics, at) : undefined;
      if (card) {
        const centre = {
          x: card.position.x + CARD_WIDTH / 2,
          y: card.position.y + CARD_HEIGHT / 2,
        };
        void setCenter(centre.x, centre.y, { zoom: 1, duration: 250 });
        return;
      }
      store
        .getState()
        .openQuickAdd({ stage: stageAtX(at.x), screen: { x: e.clientX, y: e.clientY }, flow: at });
    },
    [store, screenToFlowPosition, overview, setCenter],
  );

  // A dot-vote (present mode): a click gives the card a dot, Alt+click takes one back.
  const onNodeClick = useCallback(
    (e: ReactMouseEvent, node: TacticNode) => {
      if (!store.getState().presenting?.voting) return;
      store.getState().apply(voteForTactic, { id: node.id, delta: e.altKey ? -1 : 1 });
    },
    [store],
  );

  // In the overview a click selects the card under the pointer (there are no DOM cards).
  const onPaneClick = useCallback(
    (e: MouseEvent) => {
      if (!overview) return;
      const card = tacticAt(
        store.getState().doc.tactics,
        screenToFlowPosition({ x: e.clientX, y: e.clientY }),
      );
      // A dot-vote on a journey drawn as the overview: the click votes, as on a DOM card.
      if (card && store.getState().presenting?.voting) {
        store.getState().apply(voteForTactic, { id: card.id, delta: e.altKey ? -1 : 1 });
        return;
      }
      store.getState().setSelection(card ? [card.id] : []);
    },
    [store, screenToFlowPosition, overview],
  );

  const forecast = useForecast();
  const flowWidths = useAppStore((s) => s.flowWidths);
  const canvasForecast = useMemo(
    () =>
      forecast && {
        result: forecast,
        // A loop, not Math.max(...): a journey may hold 100,000 connections (too many arguments).
        busiest: [...forecast.connections.values()].reduce<number>((m, f) => Math.max(m, f ?? 0), 0),
        widths: flowWidths,
      },
    [forecast, flowWidths],
  );

  const onPointerMove = useCallback(
    (e: PointerEvent) => onPointer({ x: e.clientX, y: e.clientY }),
    [onPointer],
  );
  const onPointerLeave = useCallback(() => onPointer(null), [onPointer]);
  // No DOM cards in the overview (it draws them) or before a fit (at the old zoom), except the
  // hidden ones mounted ahead for zooming in (see shownTactics): those stay, even through a fit
  // (a tab switch, an open), and go a few at a time when the page is idle.
  const showCards = flow.premounted || (!overview && !fitting);
  // The overview's cards are drawn; DOM cards there are hidden ones mounted ahead (see
  // shownTactics): a selection box must not pick them.
  const { onNodesChange } = flow;
  const onNodesChangeInOverview = useCallback(
    (changes: Parameters<typeof onNodesChange>[0]) => onNodesChange(changes.filter((c) => c.type !== 'select')),
    [onNodesChange],
  );

  return (
    <div
      ref={container}
      className="cvj-canvas"
      data-testid="canvas"
      data-overview={overview || undefined}
      data-mounting={flow.catchingUp || undefined}
      onDragOver={onDragOver}
      onDrop={onDrop}
      onDoubleClick={onDoubleClick}
      onPointerMove={onPointerMove}
      onPointerLeave={onPointerLeave}
    >
      <ForecastContext value={canvasForecast}>
      <FarCardsContext value={far}>
        <FocusedStageContext value={focusedStage}>
          <ReactFlow<TacticNode, ConnectionEdge>
            nodes={showCards ? flow.nodes : NO_NODES}
            edges={showCards ? flow.edges : NO_EDGES}
            onlyRenderVisibleElements
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodesChange={overview ? onNodesChangeInOverview : flow.onNodesChange}
            onEdgesChange={flow.onEdgesChange}
            onNodeDragStop={flow.onNodeDragStop}
            onConnect={flow.onConnect}
            onReconnect={flow.onReconnect}
            isValidConnection={flow.isValidConnection}
            onInit={onInit}
            onPaneClick={onPaneClick}
            onNodeClick={onNodeClick}
            minZoom={0.01}
            maxZoom={2.5}
            zoomOnDoubleClick={false}
            proOptions={PRO_OPTIONS}
            deleteKeyCode={null}
            selectionKeyCode="Shift"
            selectionMode={SelectionMode.Partial}
            multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
            edgesReconnectable
            aria-label="Journey canvas"
          >
            <LanesLayer height={flow.height} />
            {/* Also under the DOM cards while the ones coming on screen are mounted, a batch a frame. */}
            {overview || flow.catchingUp ? <OverviewLayer /> : null}
            <LaneHeaders />
            <JourneyMinimap ariaLabel="Overview of the journey" />
            {/* Our own fit button: React Flow's fits only the cards and would crop the lanes. */}
            <Controls showInteractive={false} showFitView={false} aria-label="Zoom controls">
              <ControlButton
                onClick={() => fitJourney({ duration: 200 })}
                title="Fit the whole journey (Shift+1)"
                aria-label="Fit view"
              >
                <SvgIcon node={FitIcon} size={16} />
              </ControlButton>
            </Controls>
          </ReactFlow>
        </FocusedStageContext>
      </FarCardsContext>
      </ForecastContext>
    </div>
  );
}

/** How long after the last change of zoom the canvas is still "zooming" (see canvas.css). */
const ZOOM_SETTLE_MS = 200;

/**
 * Marks the canvas element with cvj-canvas--zooming while the zoom changes, straight on the
 * element: no React render per frame of a gesture.
 */
function useZoomingClass() {
  const flowStore = useFlowStoreApi();
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let timer = 0;
    const unsubscribe = flowStore.subscribe((s, prev) => {
      if (s.transform[2] === prev.transform[2]) return;
      element.current?.classList.add('cvj-canvas--zooming');
      clearTimeout(timer);
      timer = window.setTimeout(
        () => element.current?.classList.remove('cvj-canvas--zooming'),
        ZOOM_SETTLE_MS,
      );
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [flowStore]);
  return element;
}
