import type { Connection, Journey, Tactic } from '../../../shared/model/types';
import { CARD_HEIGHT, CARD_WIDTH } from '../../../shared/model/layout';
import { tacticIndex, type TacticIndex } from '../../../shared/model/tacticIndex';
import { OVERVIEW_ZOOM } from './zoomLevels';

/** React Flow's viewport and pane size, in pixels. */
export interface PaneView {
  x: number;
  y: number;
  zoom: number;
  width: number;
  height: number;
}

/** What React Flow is given: a few hundred cards and their connections, whatever the journey. */
export interface ShownTactics {
  /** In document order (which is the cards' paint order). */
  tactics: readonly Tactic[];
  ids: ReadonlySet<string>;
  connections: readonly Connection[];
  /** Cards on screen still to be given, a batch a frame (see MOUNT_BATCH). */
  pending: number;
  /**
   * In the overview: these are the cards the screen will show when the zoom reaches
   * OVERVIEW_ZOOM, given ahead (hidden under the overview drawing), and this many of them are
   * still to be given, a batch whenever the page is idle (see PREMOUNT_MAX).
   */
  hidden: boolean;
  pendingIdle: number;
}

/**
 * At most this many cards that were not on screen are mounted in one frame. Zooming in through
 * the overview threshold, or out again, brings hundreds of cards on screen at once; mounting them
 * all would stall that frame for a tenth of a second on a slow laptop. The overview canvas keeps
 * drawing underneath until the last batch is in, so nothing blinks.
 */
export const MOUNT_BATCH = 40;

/**
 * More cards than this coming on screen in one frame, and more than half of those on screen, is
 * a new screenful (a jump to an added or found card, an open), not the edge a pan or a zoom
 * brings: that frame
 * shows the overview drawing of them with whatever caused it (an added card is selected, so
 * given at once), and they mount from the next frame on. A screenful of cards at actual size
 * is about 30, and mounting them in the frame that also moves the view doubled its time.
 */
export const FIRST_FRAME_MOUNTS = 12;

/**
 * Journeys up to this size mount, while the overview shows, the cards that zooming in to
 * OVERVIEW_ZOOM will put on screen: hidden, a batch at a time when the page is idle, so that
 * zooming in through the threshold has nothing left to mount (a screenful there is hundreds of
 * cards, a tenth of a second of mounting). Larger journeys are so dense that a screenful at the
 * threshold is the same hundreds out of thousands; they mount on the way in, as before.
 */
export const PREMOUNT_MAX = 2_000;
/** Hidden cards mounted per idle period: small, so a gesture starting meanwhile is not held up. */
export const PREMOUNT_BATCH = 16;

const NOTHING: ShownTactics = Object.freeze({
  tactics: [],
  ids: new Set<string>(),
  connections: [],
  pending: 0,
  hidden: false,
  pendingIdle: 0,
});

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function visibleRect({ x, y, zoom, width, height }: PaneView): Rect {
  return { left: -x / zoom, top: -y / zoom, right: (width - x) / zoom, bottom: (height - y) / zoom };
}

const sameList = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * Chooses the cards React Flow is given. React Flow's own per-update work (adopting nodes,
 * finding the visible ones, tracking selection, finding visible edges) walks every node and edge
 * it holds, on every change of the view or the document; given a 10,000-card journey that is
 * milliseconds per frame and per edit. So it holds only what it draws: the cards on screen, the
 * selected cards (a drag moves all of them), the far ends of connections that cross the screen
 * (an edge needs both its cards), and the connections between those.
 *
 * Remembers what it gave: the same choice gives back the same object (React Flow does nothing),
 * and new on-screen cards come MOUNT_BATCH a frame, nearest the centre of the screen first.
 */
export function createShownTactics() {
  let last: ShownTactics = NOTHING;
  let lastDoc: Journey | null = null;
  let lastSelection: ReadonlySet<string> | null = null;
  let lastView: PaneView | null = null;

  return function shownTactics(
    doc: Journey,
    selection: ReadonlySet<string>,
    view: PaneView,
    /**
     * Mount the next batch: true once a frame while cards are pending; 'idle' when the page is
     * idle while hidden cards are pending (the overview).
     */
    advance: boolean | 'idle' = false,
  ): ShownTactics {
    if (
      !advance &&
      doc === lastDoc &&
      selection === lastSelection &&
      lastView &&
      lastView.x === view.x &&
      lastView.y === view.y &&
      lastView.zoom === view.zoom &&
      lastView.width === view.width &&
      lastView.height === view.height
    ) {
      return last;
    }
    lastDoc = doc;
    lastSelection = selection;
    lastView = view;
    const hidden = view.zoom < OVERVIEW_ZOOM;
    if ((hidden && doc.tactics.length > PREMOUNT_MAX) || view.width === 0 || view.height === 0) {
      last = NOTHING;
      return last;
    }

    // In the overview, the screen as it will be at OVERVIEW_ZOOM around the same centre.
    const screen = visibleRect(hidden ? atZoom(view, OVERVIEW_ZOOM) : view);
    const { xs, ys, index } = geometryOf(doc.tactics);
    const n = doc.tactics.length;
    // 1: on screen; 2: given to React Flow; 4: on screen and waiting for its batch.
    const flags = new Uint8Array(n);
    const waiting: number[] = [];
    let onScreen = 0;
    for (let i = 0; i < n; i++) {
      const x = xs[i]!;
      const y = ys[i]!;
      if (x < screen.right && x + CARD_WIDTH > screen.left && y < screen.bottom && y + CARD_HEIGHT > screen.top) {
        onScreen++;
        if (last.ids.has((doc.tactics[i] as Tactic).id)) flags[i] = 3;
        else {
          flags[i] = 5;
          waiting.push(i);
        }
      }
    }
    for (const id of selection) {
      const i = index.indexOf(id);
      if (i >= 0) flags[i] = (flags[i]! & 1) | 2;
    }

    // The next batch of cards coming on screen, from the centre out.
    let pending = 0;
    let pendingIdle = 0;
    const stillWaiting = waiting.filter((i) => flags[i]! & 4);
    // Hidden cards given before that are not wanted now (those of another journey after a switch
    // or an open; those a pan in the overview left behind) go a batch per idle moment too:
    // unmounting hundreds of cards in one frame costs as much as mounting them.
    const leftovers = hidden
      ? last.tactics.filter((t) => {
          const i = index.indexOf(t.id);
          return i < 0 || !(flags[i]! & 2);
        })
      : [];
    const dropping = advance === 'idle' && leftovers.length > 0 ? PREMOUNT_BATCH : 0;
    if (hidden && stillWaiting.length > 0) {
      // Hidden cards mount only when the page is idle, never during a gesture (and after the
      // leftovers have gone).
      const batch = advance === 'idle' && dropping === 0 ? nearestFirst(stillWaiting, xs, ys, screen).slice(0, PREMOUNT_BATCH) : [];
      for (const i of batch) flags[i] = 3;
      pendingIdle = stillWaiting.length - batch.length;
    } else if (stillWaiting.length > 0) {
      let batch = stillWaiting;
      if (!advance && (stillWaiting.length > MOUNT_BATCH || (stillWaiting.length > FIRST_FRAME_MOUNTS && stillWaiting.length * 2 > onScreen))) {
        // A new screenful: drawn by the overview this frame, mounted from the next.
        batch = [];
        pending = stillWaiting.length;
      } else if (stillWaiting.length > MOUNT_BATCH) {
        batch = nearestFirst(stillWaiting, xs, ys, screen).slice(0, MOUNT_BATCH);
        pending = stillWaiting.length - MOUNT_BATCH;
      }
      for (const i of batch) flags[i] = 3;
    }

    // Connections crossing the screen need their far ends; one to a card still waiting comes with it.
    const { sources, targets } = linksOf(doc.connections, doc.tactics);
    const ends: number[] = [];
    for (let k = 0; k < sources.length; k++) {
      const a = sources[k]!;
      const b = targets[k]!;
      if (a < 0 || b < 0) continue;
      const fa = flags[a]!;
      const fb = flags[b]!;
      if ((fa & 2 && fb & 2) || fa & 4 || fb & 4) continue;
      if (fa & 1 || fb & 1 || crosses(xs[a]!, ys[a]!, xs[b]!, ys[b]!, screen)) ends.push(a, b);
    }
    // (Not for hidden cards: those mount only when the page is idle.)
    if (!hidden) for (const i of ends) flags[i] = flags[i]! | 2;

    const tactics: Tactic[] = [];
    const ids = new Set<string>();
    for (let i = 0; i < n; i++) {
      if (!(flags[i]! & 2)) continue;
      const t = doc.tactics[i] as Tactic;
      tactics.push(t);
      ids.add(t.id);
    }
    const kept = leftovers.slice(dropping);
    for (const t of kept) {
      // Still in the journey: its current version; else (another journey's) as it was.
      const i = index.indexOf(t.id);
      const current = i >= 0 ? (doc.tactics[i] as Tactic) : t;
      if (ids.has(current.id)) continue;
      tactics.push(current);
      ids.add(current.id);
    }
    pendingIdle += kept.length;
    const connections: Connection[] = [];
    for (let k = 0; k < sources.length; k++) {
      const a = sources[k]!;
      const b = targets[k]!;
      if (a >= 0 && b >= 0 && flags[a]! & 2 && flags[b]! & 2) connections.push(doc.connections[k] as Connection);
    }
    if (
      pending === last.pending &&
      pendingIdle === last.pendingIdle &&
      hidden === last.hidden &&
      sameList(tactics, last.tactics) &&
      sameList(connections, last.connections)
    ) {
      return last;
    }
    last = { tactics, ids, connections, pending, hidden, pendingIdle };
    return last;
  };
}

/** The view zoomed to `zoom` about the centre of the pane. */
function atZoom(view: PaneView, zoom: number): PaneView {
  const cx = (view.width / 2 - view.x) / view.zoom;
  const cy = (view.height / 2 - view.y) / view.zoom;
  return { ...view, zoom, x: view.width / 2 - cx * zoom, y: view.height / 2 - cy * zoom };
}

/** Cards by their distance from the centre of `r`, nearest first. */
function nearestFirst(cards: readonly number[], xs: Float64Array, ys: Float64Array, r: Rect): number[] {
  const cx = (r.left + r.right) / 2 - CARD_WIDTH / 2;
  const cy = (r.top + r.bottom) / 2 - CARD_HEIGHT / 2;
  return cards
    .map((i) => ({ i, d: Math.hypot(xs[i]! - cx, ys[i]! - cy) }))
    .sort((a, b) => a.d - b.d)
    .map(({ i }) => i);
}

interface Geometry {
  xs: Float64Array;
  ys: Float64Array;
  index: TacticIndex;
}
const geometries = new WeakMap<readonly Tactic[], Geometry>();

/** The cards' positions as flat arrays, so the view's every frame scans numbers, not objects. */
function geometryOf(tactics: readonly Tactic[]): Geometry {
  let g = geometries.get(tactics);
  if (!g) {
    const xs = new Float64Array(tactics.length);
    const ys = new Float64Array(tactics.length);
    for (let i = 0; i < tactics.length; i++) {
      const { x, y } = (tactics[i] as Tactic).position;
      xs[i] = x;
      ys[i] = y;
    }
    g = { xs, ys, index: tacticIndex(tactics) };
    geometries.set(tactics, g);
  }
  return g;
}

interface Links {
  tactics: readonly Tactic[];
  sources: Int32Array;
  targets: Int32Array;
}
/** Per connections array, its ends in the tactics array last asked about. */
const links = new WeakMap<readonly Connection[], Links>();

/**
 * Each connection's ends as indexes into the tactics (-1: a dangling end). After an edit that
 * leaves the connections alone (an added or moved card), each end is first looked for where it
 * was in the previous version of the tactics: one comparison instead of a lookup by id.
 */
function linksOf(connections: readonly Connection[], tactics: readonly Tactic[]): Links {
  const before = links.get(connections);
  if (before?.tactics === tactics) return before;
  const { index } = geometryOf(tactics);
  const end = (id: string, guess: number | undefined) =>
    guess !== undefined && guess >= 0 && tactics[guess]?.id === id ? guess : index.indexOf(id);
  const sources = new Int32Array(connections.length);
  const targets = new Int32Array(connections.length);
  for (let k = 0; k < connections.length; k++) {
    const c = connections[k] as Connection;
    sources[k] = end(c.source, before?.sources[k]);
    targets[k] = end(c.target, before?.targets[k]);
  }
  const l = { tactics, sources, targets };
  links.set(connections, l);
  return l;
}

/** Whether the box spanned by two cards overlaps the screen (their connection may cross it). */
function crosses(ax: number, ay: number, bx: number, by: number, r: Rect): boolean {
  const left = Math.min(ax, bx);
  const top = Math.min(ay, by);
  const right = Math.max(ax, bx) + CARD_WIDTH;
  const bottom = Math.max(ay, by) + CARD_HEIGHT;
  return left < r.right && right > r.left && top < r.bottom && bottom > r.top;
}
