import type { Connection, Journey, Tactic } from '../../../shared/model/types';
import { CARD_HEIGHT, CARD_WIDTH } from '../../../shared/model/layout';
import { OVERVIEW_ZOOM } from './zoomLevels';
import { crosses, forEachInRows, geometryOf, linksOf, type Rect } from './cardRows';

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
  /** Changes waiting for the page to be idle (hidden cards to give, cards kept to drop). */
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

function visibleRect({ x, y, zoom, width, height }: PaneView): Rect {
  return { left: -x / zoom, top: -y / zoom, right: (width - x) / zoom, bottom: (height - y) / zoom };
}

/** The same objects, in any order (neither list holds one twice). */
function sameSet<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  if (a.every((v, i) => v === b[i])) return true;
  const inB = new Set(b);
  return a.every((v) => inB.has(v));
}

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
    const lastConnections = lastDoc?.connections;
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
    const geometry = geometryOf(doc.tactics);
    const { xs, ys, index } = geometry;
    const n = doc.tactics.length;
    // 1: on screen; 2: given to React Flow; 4: on screen and waiting for its batch.
    const flags = new Uint8Array(n);
    // The cards flagged 2, to list them without walking the journey.
    const given: number[] = [];
    const give = (i: number) => {
      if (!(flags[i]! & 2)) given.push(i);
    };
    const waiting: number[] = [];
    // Hidden cards already given, which may be given as another version than the journey's.
    const hiddenGiven: number[] = [];
    let onScreen = 0;
    // Only the rows of cards the screen spans are looked at, not every card of the journey.
    forEachInRows(geometry.rows, screen.top - CARD_HEIGHT, screen.bottom, (i) => {
      const x = xs[i]!;
      const y = ys[i]!;
      if (x < screen.right && x + CARD_WIDTH > screen.left && y < screen.bottom && y + CARD_HEIGHT > screen.top) {
        onScreen++;
        if (last.ids.has((doc.tactics[i] as Tactic).id)) {
          give(i);
          flags[i] = 3;
          if (hidden) hiddenGiven.push(i);
        } else {
          flags[i] = 5;
          waiting.push(i);
        }
      }
    });
    for (const id of selection) {
      const i = index.indexOf(id);
      if (i >= 0) {
        give(i);
        flags[i] = (flags[i]! & 1) | 2;
      }
    }

    // The next batch of cards coming on screen, from the centre out.
    let pending = 0;
    let pendingIdle = 0;
    // (In document order, as a walk through the journey would have found them.)
    const stillWaiting = waiting.filter((i) => flags[i]! & 4).sort((a, b) => a - b);
    // Hidden cards given before that are not wanted now (those of another journey after a switch
    // or an open; those a pan in the overview left behind) go a batch per idle moment too:
    // unmounting hundreds of cards in one frame costs as much as mounting them. At actual size,
    // cards of the journey that have left the screen (zooming in, a jump) are not drawn by React
    // Flow anyway (onlyRenderVisibleElements); they stay given until the page is idle, then go
    // all at once, so that a zoom or a pan does not hand React Flow a new set of cards (and
    // connections) with every step, which costs it a walk through all it holds.
    const leftovers = last.tactics.filter((t) => {
      const i = index.indexOf(t.id);
      return hidden ? i < 0 || !(flags[i]! & 2) : i >= 0 && !(flags[i]! & 2);
    });
    const dropping = advance === 'idle' && leftovers.length > 0 ? (hidden ? PREMOUNT_BATCH : leftovers.length) : 0;
    // A hidden card given as another version (edited in the overview; a journey with the same
    // cards' ids, such as a duplicated scenario, after a switch) keeps the version it has until
    // the page is idle, then a batch at a time: hundreds of hidden cards redrawn at once cost as
    // much as mounting them.
    const stale = new Map<number, Tactic>();
    if (hiddenGiven.length > 0) {
      const versionGiven = new Map(last.tactics.map((t) => [t.id, t]));
      for (const i of hiddenGiven) {
        const current = doc.tactics[i] as Tactic;
        const was = versionGiven.get(current.id);
        if (was && was !== current && !selection.has(current.id)) stale.set(i, was);
      }
    }
    let refreshed = 0;
    if (advance === 'idle' && dropping === 0) {
      for (const i of [...stale.keys()].slice(0, PREMOUNT_BATCH)) {
        stale.delete(i);
        refreshed++;
      }
    }
    let batch: readonly number[] = [];
    let newScreenful = false;
    if (hidden && stillWaiting.length > 0) {
      // Hidden cards mount only when the page is idle, never during a gesture (and after the
      // leftovers have gone).
      batch =
        advance === 'idle' && dropping === 0 && refreshed === 0
          ? nearestFirst(stillWaiting, xs, ys, screen).slice(0, PREMOUNT_BATCH)
          : [];
      pendingIdle = stillWaiting.length - batch.length;
    } else if (stillWaiting.length > 0) {
      batch = stillWaiting;
      if (!advance && (stillWaiting.length > MOUNT_BATCH || (stillWaiting.length > FIRST_FRAME_MOUNTS && stillWaiting.length * 2 > onScreen))) {
        // A new screenful: drawn by the overview this frame, mounted from the next (with the far
        // ends of the connections that cross it: the overview draws those too). The frame of the
        // jump then hands React Flow nothing new but the view.
        batch = [];
        pending = stillWaiting.length;
        newScreenful = true;
      } else if (stillWaiting.length > MOUNT_BATCH) {
        batch = nearestFirst(stillWaiting, xs, ys, screen).slice(0, MOUNT_BATCH);
        pending = stillWaiting.length - MOUNT_BATCH;
      }
    }
    for (const i of batch) {
      give(i);
      flags[i] = 3;
    }

    // Connections crossing the screen need their far ends; one to a card still waiting comes with
    // it. (Only those whose span of rows meets the screen's can cross it.)
    const links = linksOf(doc.connections, doc.tactics);
    const { sources, targets } = links;
    const ends: number[] = [];
    forEachInRows(links.rows, screen.top - links.tallest, screen.bottom, (k) => {
      const a = sources[k]!;
      const b = targets[k]!;
      if (a < 0 || b < 0) return;
      const fa = flags[a]!;
      const fb = flags[b]!;
      if ((fa & 2 && fb & 2) || fa & 4 || fb & 4) return;
      if (fa & 1 || fb & 1 || crosses(xs[a]!, ys[a]!, xs[b]!, ys[b]!, screen)) ends.push(a, b);
    });
    // (Not for hidden cards: those mount only when the page is idle.)
    if (!hidden && !newScreenful) {
      for (const i of ends) {
        give(i);
        flags[i] = flags[i]! | 2;
      }
    }

    // In document order, which is the cards' paint order.
    given.sort((a, b) => a - b);
    const tactics: Tactic[] = [];
    const ids = new Set<string>();
    for (const i of given) {
      const t = stale.get(i) ?? (doc.tactics[i] as Tactic);
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
    pendingIdle += kept.length + stale.size;
    // The connections between given cards, found from the cards' own connections.
    const chosen: number[] = [];
    for (const i of given) {
      for (let e = links.firstFrom[i]!; e < links.firstFrom[i + 1]!; e++) {
        const k = links.bySource[e]!;
        const b = targets[k]!;
        if (b >= 0 && flags[b]! & 2) chosen.push(k);
      }
    }
    chosen.sort((a, b) => a - b);
    const connections = chosen.map((k) => doc.connections[k] as Connection);
    // The connections of the cards kept stay with them (as they were): a switch to another
    // journey would otherwise unmount the hundreds of the journey left in one frame. (At actual
    // size only while the journey's connections are the same ones: a connection removed
    // meanwhile must not be drawn.)
    if (kept.length > 0 && (hidden || doc.connections === lastConnections)) {
      const keptIds = new Set(kept.map((t) => t.id));
      const listed = new Set(connections.map((c) => c.id));
      for (const c of last.connections) {
        if (listed.has(c.id) || !ids.has(c.source) || !ids.has(c.target)) continue;
        if (keptIds.has(c.source) || keptIds.has(c.target)) connections.push(c);
      }
    }
    // The same cards and connections (in whatever order: cards leaving the screen move to the
    // end, with the ones kept) are the same choice: React Flow is not handed anything. When only
    // the counts changed (a jump's first frame), the very same lists go on, so that neither is
    // mapped, nor handed to React Flow, again.
    const sameTactics = sameSet(tactics, last.tactics);
    const sameConnections = sameSet(connections, last.connections);
    if (pending === last.pending && pendingIdle > 0 === last.pendingIdle > 0 && hidden === last.hidden && sameTactics && sameConnections) {
      if (last.pendingIdle !== pendingIdle) last.pendingIdle = pendingIdle;
      return last;
    }
    last = {
      tactics: sameTactics ? last.tactics : tactics,
      ids: sameTactics ? last.ids : ids,
      connections: sameConnections ? last.connections : connections,
      pending,
      hidden,
      pendingIdle,
    };
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
