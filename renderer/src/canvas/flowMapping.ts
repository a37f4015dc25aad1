import { MarkerType, Position, type Edge, type Node } from '@xyflow/react';
import type { Connection, Journey, Point, Tactic } from '../../../shared/model/types';
import { CARD_HEIGHT, CARD_WIDTH } from '../../../shared/model/layout';
import { tacticIndex } from '../../../shared/model/tacticIndex';
import { getStage } from '../../../shared/model/stages';
import { tacticTitle } from '../../../shared/model/names';
import { EDGE_FLAGGED_DASH, EDGE_WIDTH } from '../../../shared/export/theme';
import type { ThemeColors } from '../../../shared/theme/tokens';
import {
  connectionFlow,
  isFlagged,
  stageFlow,
  tacticAppearance,
  type ConnectionFlow,
  type TacticAppearance,
} from '../../../shared/model/selectors';

export interface TacticNodeData extends Record<string, unknown> {
  tactic: Tactic;
  appearance: TacticAppearance;
}
export type TacticNode = Node<TacticNodeData, 'tactic'>;

export interface ConnectionEdgeData extends Record<string, unknown> {
  connection: Connection;
  flow: ConnectionFlow;
}
export type ConnectionEdge = Edge<ConnectionEdgeData>;

const FIXED_SIZE = { width: CARD_WIDTH, height: CARD_HEIGHT };
const HANDLE = 12;
/**
 * Where a card's two handles are (TacticCard puts them at the middle of its left and right
 * edges). Declaring them makes a card "initialised" without measuring it, so React Flow can
 * skip off-screen cards from the very first render (onlyRenderVisibleElements); otherwise it
 * mounts every card once to measure it, which for thousands of cards takes seconds.
 */
const HANDLES: NonNullable<TacticNode['handles']> = [
  { type: 'target', position: Position.Left, x: -HANDLE / 2, y: CARD_HEIGHT / 2 - HANDLE / 2, width: HANDLE, height: HANDLE },
  { type: 'source', position: Position.Right, x: CARD_WIDTH - HANDLE / 2, y: CARD_HEIGHT / 2 - HANDLE / 2, width: HANDLE, height: HANDLE },
];

/**
 * Derives React Flow nodes from the document. The mapper remembers what it built: a tactic
 * whose object, selection and drag position are unchanged maps to the very same node object,
 * so React Flow and React.memo skip it. Moving one card re-renders one card.
 *
 * While cards are dragged only the drag positions change, once a frame: then only the dragged
 * cards (and those the previous frame dragged) are rebuilt, in a copy of the last array, so a
 * drag frame costs the same at 100 cards as at 10,000.
 */
export function createNodeMapper() {
  interface Entry {
    tactic: Tactic;
    appearance: TacticAppearance;
    selected: boolean;
    position: Point;
    node: TacticNode;
  }
  let cache = new Map<string, Entry>();
  let index = new Map<string, number>();
  let lastResult: TacticNode[] = [];
  let lastDoc: Journey | null = null;
  let lastTactics: readonly Tactic[] | null = null;
  let lastSelection: ReadonlySet<string> | null = null;
  let lastDrag: Readonly<Record<string, Point>> = {};

  function nodeFor(doc: Journey, tactic: Tactic, selected: boolean, position: Point): TacticNode {
    const prev = cache.get(tactic.id);
    const same = prev && prev.tactic === tactic && prev.selected === selected && prev.position === position;
    // A card of the journey just left, kept hidden until the page is idle (see shownTactics):
    // as it was, not looked up among this journey's custom tactics.
    if (same && tacticIndex(doc.tactics).get(tactic.id) !== tactic) return prev.node;
    const appearance = tacticAppearance(doc, tactic);
    if (same && prev.appearance === appearance) return prev.node;
    const stage = getStage(tactic.stage);
    const node: TacticNode = {
      id: tactic.id,
      type: 'tactic',
      position,
      data: { tactic, appearance },
      selected,
      ...FIXED_SIZE,
      measured: FIXED_SIZE,
      handles: HANDLES,
      ariaLabel: `${tacticTitle(tactic.title)}, ${stage.label} stage`,
    };
    cache.set(tactic.id, { tactic, appearance, selected, position, node });
    return node;
  }

  /** Only drag positions changed since the last call: rebuild the cards they touch. */
  function dragFrame(
    doc: Journey,
    selection: ReadonlySet<string>,
    dragPositions: Readonly<Record<string, Point>>,
  ): TacticNode[] {
    let result: TacticNode[] | null = null;
    for (const id of new Set([...Object.keys(dragPositions), ...Object.keys(lastDrag)])) {
      const i = index.get(id);
      if (i === undefined) continue;
      const tactic = lastTactics![i] as Tactic;
      const node = nodeFor(doc, tactic, selection.has(id), dragPositions[id] ?? tactic.position);
      if (node === lastResult[i]) continue;
      result ??= lastResult.slice();
      result[i] = node;
    }
    lastDrag = dragPositions;
    if (result) lastResult = result;
    return lastResult;
  }

  return function toFlowNodes(
    doc: Journey,
    /** The document's tactics React Flow is to hold (see shownTactics), in document order. */
    tactics: readonly Tactic[],
    selection: ReadonlySet<string>,
    dragPositions: Readonly<Record<string, Point>>,
  ): TacticNode[] {
    if (doc === lastDoc && tactics === lastTactics && selection === lastSelection) {
      return dragPositions === lastDrag ? lastResult : dragFrame(doc, selection, dragPositions);
    }
    const previous = cache;
    cache = new Map();
    index = new Map();
    const result: TacticNode[] = new Array(tactics.length);
    let changed = tactics.length !== lastResult.length;
    for (let i = 0; i < tactics.length; i++) {
      const tactic = tactics[i] as Tactic;
      const prev = previous.get(tactic.id);
      if (prev) cache.set(tactic.id, prev);
      const node = nodeFor(doc, tactic, selection.has(tactic.id), dragPositions[tactic.id] ?? tactic.position);
      index.set(tactic.id, i);
      result[i] = node;
      if (!changed && lastResult[i] !== node) changed = true;
    }
    lastDoc = doc;
    lastTactics = tactics;
    lastSelection = selection;
    lastDrag = dragPositions;
    // An unchanged document and view give back the same array, so React Flow does no work.
    if (!changed) return lastResult;
    lastResult = result;
    return result;
  };
}

/**
 * Derives React Flow edges; identity-stable like the node mapper. A new theme makes a new mapper
 * (the arrowheads are SVG markers, which take a colour, not a CSS variable).
 */
export function createEdgeMapper(colors: Pick<ThemeColors, 'edge' | 'edgeFlagged'>) {
  interface Entry {
    connection: Connection;
    selected: boolean;
    flow: ConnectionEdgeData['flow'];
    edge: ConnectionEdge;
  }
  let cache = new Map<string, Entry>();
  let lastResult: ConnectionEdge[] = [];

  return function toFlowEdges(
    doc: Journey,
    /** The connections React Flow is to hold (see shownTactics). */
    connections: readonly Connection[],
    selection: ReadonlySet<string>,
  ): ConnectionEdge[] {
    const next = new Map<string, Entry>();
    const result: ConnectionEdge[] = new Array(connections.length);
    let changed = connections.length !== lastResult.length;
    for (let i = 0; i < connections.length; i++) {
      const connection = connections[i] as Connection;
      const selected = selection.has(connection.id);
      const prev = cache.get(connection.id);
      const ends = connectionFlow(doc, connection);
      // Ends not in this journey: a hidden connection of the journey just left, kept until the
      // page is idle (see shownTactics), drawn as it was. Else a dangling end, which cannot come
      // from a valid file: drawn as a plain forward edge.
      const flow = ends ?? (prev?.connection === connection ? prev.flow : stageFlow('aware', 'engage'));
      let edge: ConnectionEdge;
      if (prev && prev.connection === connection && prev.selected === selected && prev.flow.kind === flow.kind) {
        edge = prev.edge;
      } else {
        const flagged = isFlagged(flow);
        const color = flagged ? colors.edgeFlagged : colors.edge;
        edge = {
          id: connection.id,
          source: connection.source,
          target: connection.target,
          type: 'connection',
          selected,
          className: `cvj-edge cvj-edge--${flow.kind}`,
          // Inline stroke so image exporters that ignore stylesheets still draw the edge.
          style: { stroke: color, strokeWidth: EDGE_WIDTH, strokeDasharray: flagged ? EDGE_FLAGGED_DASH : undefined },
          markerEnd: { type: MarkerType.ArrowClosed, color, width: 18, height: 18 },
          data: { connection, flow },
          ariaLabel: flow.explanation || undefined,
        };
      }
      next.set(connection.id, { connection, selected, flow, edge });
      result[i] = edge;
      if (!changed && lastResult[i] !== edge) changed = true;
    }
    cache = next;
    if (!changed) return lastResult;
    lastResult = result;
    return result;
  };
}
