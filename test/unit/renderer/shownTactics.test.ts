import { describe, expect, it } from 'vitest';
import {
  createShownTactics,
  FIRST_FRAME_MOUNTS,
  MOUNT_BATCH,
  PREMOUNT_BATCH,
  PREMOUNT_MAX,
  type PaneView,
} from '../../../renderer/src/canvas/shownTactics';
import { OVERVIEW_ZOOM } from '../../../renderer/src/canvas/zoomLevels';
import { syntheticJourney } from '../../../scripts/bench/generate';
import { CARD_HEIGHT, CARD_WIDTH } from '../../../shared/model/layout';
import type { Journey, Tactic } from '../../../shared/model/types';

const NONE: ReadonlySet<string> = new Set();
const doc = syntheticJourney(10_000);

/** The view at 100% with its top-left corner at a flow point. */
const at = (x: number, y: number, zoom = 1): PaneView => ({ x: -x * zoom, y: -y * zoom, zoom, width: 1600, height: 1000 });

function onScreen(t: Tactic, v: PaneView): boolean {
  const left = -v.x / v.zoom;
  const top = -v.y / v.zoom;
  const right = left + v.width / v.zoom;
  const bottom = top + v.height / v.zoom;
  return t.position.x < right && t.position.x + CARD_WIDTH > left && t.position.y < bottom && t.position.y + CARD_HEIGHT > top;
}

/** Advances frames until every card on screen is given (as the canvas does, a batch a frame). */
function settle(choose: ReturnType<typeof createShownTactics>, d: Journey, sel: ReadonlySet<string>, v: PaneView) {
  let shown = choose(d, sel, v);
  for (let frame = 0; shown.pending > 0 && frame < 100; frame++) shown = choose(d, sel, v, true);
  return shown;
}

describe('the cards React Flow is given (createShownTactics)', () => {
  it('gives every card on screen and few others, even in a 10,000-card journey', () => {
    const choose = createShownTactics();
    const view = at(0, 20_000);
    const shown = settle(choose, doc, NONE, view);
    const visible = doc.tactics.filter((t) => onScreen(t, view));
    expect(visible.length).toBeGreaterThan(20);
    for (const t of visible) expect(shown.ids.has(t.id)).toBe(true);
    expect(shown.tactics.length).toBeLessThan(visible.length * 3);
    // Document order (the paint order) is kept.
    const order = new Map(doc.tactics.map((t, i) => [t.id, i]));
    const indexes = shown.tactics.map((t) => order.get(t.id)!);
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
  });

  it('gives every connection with an end on screen, with both its cards', () => {
    const choose = createShownTactics();
    const view = at(0, 20_000);
    const shown = settle(choose, doc, NONE, view);
    const byId = new Map(doc.tactics.map((t) => [t.id, t]));
    const touching = doc.connections.filter((c) => onScreen(byId.get(c.source)!, view) || onScreen(byId.get(c.target)!, view));
    expect(touching.length).toBeGreaterThan(10);
    const given = new Set(shown.connections.map((c) => c.id));
    for (const c of touching) {
      expect(given.has(c.id)).toBe(true);
      expect(shown.ids.has(c.source) && shown.ids.has(c.target)).toBe(true);
    }
  });

  it('always gives the selected cards, wherever they are (a drag moves all of them)', () => {
    const choose = createShownTactics();
    const far = [doc.tactics[0]!.id, doc.tactics[9_999]!.id];
    const shown = settle(choose, doc, new Set(far), at(0, 20_000));
    for (const id of far) expect(shown.ids.has(id)).toBe(true);
  });

  it('a new screenful is drawn by the overview first, then mounts a batch a frame, the centre first', () => {
    const choose = createShownTactics();
    const view = at(0, 20_000, 0.35);
    const visible = doc.tactics.filter((t) => onScreen(t, view));
    expect(visible.length).toBeGreaterThan(MOUNT_BATCH * 2);
    // The frame the view jumps: none of them yet (the overview canvas draws them).
    const jump = choose(doc, NONE, view);
    expect(jump.tactics.filter((t) => onScreen(t, view))).toHaveLength(0);
    expect(jump.pending).toBe(visible.length);

    const first = choose(doc, NONE, view, true);
    const firstOnScreen = first.tactics.filter((t) => onScreen(t, view));
    expect(firstOnScreen).toHaveLength(MOUNT_BATCH);
    expect(first.pending).toBe(visible.length - MOUNT_BATCH);
    // The centre of the screen comes first.
    const centreY = 20_000 + 500 / 0.35;
    const worstFirst = Math.max(...firstOnScreen.map((t) => Math.abs(t.position.y + CARD_HEIGHT / 2 - centreY)));
    const waiting = visible.filter((t) => !first.ids.has(t.id));
    expect(Math.max(...waiting.map((t) => Math.abs(t.position.y + CARD_HEIGHT / 2 - centreY)))).toBeGreaterThan(worstFirst);

    const second = choose(doc, NONE, view, true);
    expect(second.tactics.filter((t) => onScreen(t, view))).toHaveLength(MOUNT_BATCH * 2);
    const done = settle(choose, doc, NONE, view);
    expect(done.pending).toBe(0);
    for (const t of visible) expect(done.ids.has(t.id)).toBe(true);
  });

  it('in the overview of a journey of 1,000, what zooming in will show mounts ahead, hidden, only when idle', () => {
    const small = syntheticJourney(1_000);
    expect(small.tactics.length).toBeLessThanOrEqual(PREMOUNT_MAX);
    const choose = createShownTactics();
    // Fitted-like: zoomed far out, the centre at a flow point.
    const centre = { x: 1_200, y: 3_000 };
    const around = (zoom: number): PaneView => ({ x: 800 - centre.x * zoom, y: 500 - centre.y * zoom, zoom, width: 1600, height: 1000 });
    const overview = around(0.12);
    const threshold = around(OVERVIEW_ZOOM);
    const atThreshold = small.tactics.filter((t) => onScreen(t, threshold));
    expect(atThreshold.length).toBeGreaterThan(PREMOUNT_BATCH * 4);

    // Opening, and every view change (a pan or a zoom in the overview): nothing mounts.
    const opened = choose(small, NONE, overview);
    expect(opened).toMatchObject({ hidden: true, pending: 0, pendingIdle: atThreshold.length });
    expect(opened.tactics).toHaveLength(0);
    expect(choose(small, NONE, { ...overview, x: overview.x - 30 }).tactics).toHaveLength(0);

    // Idle moments mount them, a few at a time, the centre first.
    let shown = choose(small, NONE, overview, 'idle');
    expect(shown.tactics).toHaveLength(PREMOUNT_BATCH);
    const far = (t: Tactic) => Math.hypot(t.position.x - centre.x, t.position.y - centre.y);
    const worstFirst = Math.max(...shown.tactics.map(far));
    expect(Math.max(...atThreshold.filter((t) => !shown.ids.has(t.id)).map(far))).toBeGreaterThan(worstFirst);
    for (let idle = 0; shown.pendingIdle > 0 && idle < 200; idle++) shown = choose(small, NONE, overview, 'idle');
    expect(shown.pendingIdle).toBe(0);
    expect(new Set(shown.ids)).toEqual(new Set(atThreshold.map((t) => t.id)));

    // Zooming in through the threshold: the very same cards, nothing left to mount.
    const crossed = choose(small, NONE, around(OVERVIEW_ZOOM * 1.01));
    expect(crossed.hidden).toBe(false);
    expect(crossed.pending).toBe(0);
    for (const t of small.tactics.filter((t) => onScreen(t, around(OVERVIEW_ZOOM * 1.01)))) expect(shown.ids.has(t.id)).toBe(true);

    // Another journey in the same view (a tab switch, an open): the hidden cards of the first
    // do not all unmount in that frame; idle moments take them away a batch at a time, then
    // mount the new journey's.
    const other: Journey = { ...small, id: 'other', tactics: small.tactics.map((t) => ({ ...t, id: `o-${t.id}` })), connections: [] };
    const before = choose(small, NONE, overview);
    expect(before.hidden).toBe(true);
    expect(before.connections.length).toBeGreaterThan(PREMOUNT_BATCH);
    const switched = choose(other, NONE, overview);
    expect(switched.tactics).toHaveLength(before.tactics.length);
    expect(switched.pendingIdle).toBeGreaterThan(before.tactics.length);
    // Their connections stay with them (the very same objects), not unmounted in that frame.
    expect(switched.connections).toEqual(before.connections);
    const afterOne = choose(other, NONE, overview, 'idle');
    expect(afterOne.tactics).toHaveLength(before.tactics.length - PREMOUNT_BATCH);
    // A connection goes with the first of its cards to go.
    for (const c of afterOne.connections) expect(afterOne.ids.has(c.source) && afterOne.ids.has(c.target)).toBe(true);
    expect(afterOne.connections.length).toBeLessThan(before.connections.length);
    let next = afterOne;
    for (let idle = 0; next.pendingIdle > 0 && idle < 400; idle++) next = choose(other, NONE, overview, 'idle');
    expect(next.tactics.every((t) => t.id.startsWith('o-'))).toBe(true);
    expect(next.connections).toHaveLength(0);
    expect(next.tactics).toHaveLength(atThreshold.length);
  });

  it('a switch to a journey with the same cards (a duplicated scenario, since edited): hidden cards keep their version until idle moments bring them up to date', () => {
    const choose = createShownTactics();
    const small = syntheticJourney(1_500);
    const centre = { x: 1_200, y: 6_000 };
    const overview: PaneView = { x: 800 - centre.x * 0.12, y: 500 - centre.y * 0.12, zoom: 0.12, width: 1600, height: 1000 };
    let shown = choose(small, NONE, overview);
    for (let idle = 0; shown.pendingIdle > 0 && idle < 400; idle++) shown = choose(small, NONE, overview, 'idle');
    const mounted = shown.tactics;
    expect(mounted.length).toBeGreaterThan(PREMOUNT_BATCH * 4);
    // The copy: same ids, every card renamed.
    const copy: Journey = { ...small, id: 'copy', tactics: small.tactics.map((t) => ({ ...t, title: `${t.title} (B)` })) };
    const switched = choose(copy, NONE, overview);
    expect(switched.tactics).toEqual(mounted);
    expect(switched.pendingIdle).toBe(mounted.length);
    const once = choose(copy, NONE, overview, 'idle');
    expect(once.tactics.filter((t) => t.title.endsWith('(B)'))).toHaveLength(PREMOUNT_BATCH);
    let next = once;
    for (let idle = 0; next.pendingIdle > 0 && idle < 400; idle++) next = choose(copy, NONE, overview, 'idle');
    expect(next.tactics).toHaveLength(mounted.length);
    expect(next.tactics.every((t) => t.title.endsWith('(B)'))).toBe(true);
    // A selected card is given as it is now, at once.
    const renamed = { ...copy, tactics: copy.tactics.map((t) => (t.id === mounted[0]!.id ? { ...t, title: 'Picked' } : t)) };
    expect(choose(renamed, new Set([mounted[0]!.id]), overview).tactics.find((t) => t.id === mounted[0]!.id)?.title).toBe('Picked');
  });

  it('zooming in at actual size hands React Flow nothing new: cards leaving the screen stay given until the page is idle', () => {
    const choose = createShownTactics();
    const centre = { x: 1_200, y: 20_500 };
    const around = (zoom: number): PaneView => ({ x: 800 - centre.x * zoom, y: 500 - centre.y * zoom, zoom, width: 1600, height: 1000 });
    const start = settle(choose, doc, NONE, around(0.6));
    let shown = start;
    // Twenty wheel steps in: fewer and fewer cards on screen, and still the same choice.
    for (let step = 1; step <= 20; step++) shown = choose(doc, NONE, around(0.6 * 1.05 ** step));
    expect(shown).toBe(start);
    const visible = doc.tactics.filter((t) => onScreen(t, around(0.6 * 1.05 ** 20)));
    expect(visible.length).toBeLessThan(start.tactics.length / 2);
    expect(shown.pendingIdle).toBeGreaterThan(0);
    // Idle: they go, all at once; what is on screen stays.
    const idle = choose(doc, NONE, around(0.6 * 1.05 ** 20), 'idle');
    expect(idle.pendingIdle).toBe(0);
    expect(idle.tactics.length).toBeLessThan(start.tactics.length);
    for (const t of visible) expect(idle.ids.has(t.id)).toBe(true);
    // A card removed from the journey meanwhile is not kept.
    const without = { ...doc, tactics: doc.tactics.filter((t) => t.id !== start.tactics[0]!.id) };
    expect(choose(without, NONE, around(0.6)).ids.has(start.tactics[0]!.id)).toBe(false);
  });

  it('a few cards coming on screen (a short pan) mount at once', () => {
    const choose = createShownTactics();
    const view = at(0, 20_000);
    const before = settle(choose, doc, NONE, view);
    const panned = choose(doc, NONE, at(0, 20_000 + 130));
    expect(panned.pending).toBe(0);
    expect(panned).not.toBe(before);
    const byId = new Map(doc.tactics.map((t) => [t.id, t]));
    for (const t of doc.tactics.filter((t) => onScreen(t, at(0, 20_000 + 130)))) expect(panned.ids.has(byId.get(t.id)!.id)).toBe(true);
  });

  it('a jump at actual size mounts them from the next frame, the added card at once', () => {
    const choose = createShownTactics();
    settle(choose, doc, NONE, at(0, 20_000));
    const added: Tactic = { ...doc.tactics[0]!, id: 'new-card', position: { x: 20, y: 59_800 } };
    const next = { ...doc, tactics: [...doc.tactics, added] };
    // A laptop-sized pane: fewer cards than a batch, more than a pan brings.
    const view = { ...at(0, 59_500), width: 1000, height: 600 };
    const visible = next.tactics.filter((t) => onScreen(t, view));
    expect(visible.length).toBeGreaterThan(FIRST_FRAME_MOUNTS);
    expect(visible.length).toBeLessThan(MOUNT_BATCH);
    // The frame of the jump: the selected, added card only (the overview draws the others).
    const jump = choose(next, new Set(['new-card']), view);
    expect(jump.tactics.filter((t) => onScreen(t, view)).map((t) => t.id)).toEqual(['new-card']);
    expect(jump.pending).toBe(visible.length - 1);
    // The next frames: a batch each.
    const after = choose(next, new Set(['new-card']), view, true);
    expect(after.tactics.filter((t) => onScreen(t, view)).length).toBe(Math.min(visible.length, MOUNT_BATCH + 1));
    const done = settle(choose, next, new Set(['new-card']), view);
    for (const t of visible) expect(done.ids.has(t.id)).toBe(true);
  });

  it('an added card is given in the very frame it is added, even when the view jumps to it', () => {
    const choose = createShownTactics();
    settle(choose, doc, NONE, at(0, 20_000));
    const added: Tactic = { ...doc.tactics[0]!, id: 'new-card', position: { x: 20, y: 60_000 } };
    const next = { ...doc, tactics: [...doc.tactics, added] };
    const shown = choose(next, new Set(['new-card']), at(0, 59_500));
    expect(shown.ids.has('new-card')).toBe(true);
  });

  it('gives back the same object while nothing changes, and nothing in the overview', () => {
    const choose = createShownTactics();
    const view = at(0, 20_000);
    const shown = settle(choose, doc, NONE, view);
    expect(choose(doc, NONE, { ...view })).toBe(shown);
    // A pan smaller than a card's gap keeps the same cards: still the same object.
    expect(choose(doc, NONE, { ...view, y: view.y - 1 })).toBe(shown);
    expect(choose(doc, NONE, at(0, 20_000, 0.1)).tactics).toHaveLength(0);
  });

  it('an added card on screen is given at once', () => {
    const choose = createShownTactics();
    const view = at(0, 20_000);
    settle(choose, doc, NONE, view);
    const added: Tactic = { ...doc.tactics[0]!, id: 'new-card', position: { x: 20, y: 20_300 } };
    const next = { ...doc, tactics: [...doc.tactics, added] };
    const shown = choose(next, NONE, view);
    expect(shown.ids.has('new-card')).toBe(true);
    expect(shown.pending).toBe(0);
  });

  it('finds by rows of the canvas exactly what a walk through the whole journey finds, through adds, moves, far and dangling connections', () => {
    // The rule, checked card by card: on screen, selected, or an end of a connection whose box
    // meets the screen; connections between given cards.
    function expected(d: Journey, sel: ReadonlySet<string>, v: PaneView) {
      const byId = new Map(d.tactics.map((t) => [t.id, t]));
      const left = -v.x / v.zoom;
      const top = -v.y / v.zoom;
      const right = left + v.width / v.zoom;
      const bottom = top + v.height / v.zoom;
      const given = new Set(d.tactics.filter((t) => onScreen(t, v) || sel.has(t.id)).map((t) => t.id));
      for (const c of d.connections) {
        const a = byId.get(c.source);
        const b = byId.get(c.target);
        if (!a || !b) continue;
        const boxLeft = Math.min(a.position.x, b.position.x);
        const boxTop = Math.min(a.position.y, b.position.y);
        const boxRight = Math.max(a.position.x, b.position.x) + CARD_WIDTH;
        const boxBottom = Math.max(a.position.y, b.position.y) + CARD_HEIGHT;
        if (boxLeft < right && boxRight > left && boxTop < bottom && boxBottom > top) given.add(a.id).add(b.id);
      }
      const tactics = d.tactics.filter((t) => given.has(t.id)).map((t) => t.id);
      const connections = d.connections.filter((c) => given.has(c.source) && given.has(c.target)).map((c) => c.id);
      return { tactics, connections };
    }
    let seed = 12;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const base = syntheticJourney(3_000, 5);
    let d: Journey = {
      ...base,
      connections: [
        ...base.connections,
        { id: 'far', source: base.tactics[0]!.id, target: base.tactics[2_999]!.id },
        { id: 'nowhere', source: base.tactics[1]!.id, target: 'missing' },
        { id: 'loop', source: base.tactics[2]!.id, target: base.tactics[2]!.id },
      ],
    };
    const choose = createShownTactics();
    let view = at(0, 10_000);
    let sel: ReadonlySet<string> = NONE;
    for (let step = 0; step < 150; step++) {
      const r = random();
      if (r < 0.3) view = at(random() * 3_000, random() * 90_000, 0.4 + random());
      else if (r < 0.45) sel = new Set(d.tactics.filter(() => random() < 0.005).map((t) => t.id));
      else if (r < 0.7) {
        const i = Math.floor(random() * d.tactics.length);
        const tactics = [...d.tactics];
        const t = tactics[i]!;
        tactics[i] = { ...t, position: { x: t.position.x + 500, y: random() * 90_000 } };
        d = { ...d, tactics };
      } else {
        const added: Tactic = { ...d.tactics[0]!, id: `added-${step}`, position: { x: 1_000, y: random() * 90_000 } };
        d = { ...d, tactics: [...d.tactics, added] };
      }
      // (Cards that have left the screen stay given until the page is idle.)
      let shown = settle(choose, d, sel, view);
      for (let idle = 0; shown.pendingIdle > 0 && idle < 10; idle++) shown = choose(d, sel, view, 'idle');
      const want = expected(d, sel, view);
      expect(shown.tactics.map((t) => t.id)).toEqual(want.tactics);
      expect(shown.connections.map((c) => c.id)).toEqual(want.connections);
    }
  });
});
