import { describe, expect, it } from 'vitest';
import {
  centreViewport,
  fitViewport,
  headerBand,
  headerBottom,
  headerTop,
  revealViewport,
  type Viewport,
} from '../../../renderer/src/canvas/viewGeometry';
import { parseJourneyFile } from '../../../shared/file/parse';
import {
  CANVAS_WIDTH,
  CARD_HEIGHT,
  CARD_WIDTH,
  LANE_HEADER_HEIGHT,
  laneLeft,
  placeCard,
} from '../../../shared/model/layout';
import { reconcileLayout } from '../../../shared/model/reconcile';
import { createStarterJourney } from '../../../shared/model/starter';
import type { Tactic } from '../../../shared/model/types';
import { readFixture } from '../file/fixtures';
import { tacticIn } from '../model/fixtures';

const screenTop = (t: Tactic, v: Viewport) => t.position.y * v.zoom + v.y;
const screenBottom = (t: Tactic, v: Viewport) => (t.position.y + CARD_HEIGHT) * v.zoom + v.y;

function fullReconciled(): Tactic[] {
  const parsed = parseJourneyFile(readFixture('v1/full.cvj'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return reconcileLayout(parsed.journey).journey.tactics;
}

const JOURNEYS: Record<string, () => Tactic[]> = {
  empty: () => [],
  starter: () => createStarterJourney({ id: 'j', now: '2026-01-01T00:00:00.000Z' }).tactics,
  'full.cvj, reconciled': fullReconciled,
  // A tall lane: the fit is limited by height and zooms far out.
  '300 cards in one lane': () =>
    Array.from({ length: 300 }, (_, i) => tacticIn('convert', `t${i}`, 228 + i * 128)),
};

const PANES = [
  { width: 1327, height: 951 }, // 1600×1000 beside the palette
  { width: 1007, height: 751 },
  { width: 700, height: 500 },
  { width: 2400, height: 400 },
];

describe('the stage headers', () => {
  it('lie on the lanes’ header zone, with the cards’ first row below them at any zoom', () => {
    for (const zoom of [0.02, 0.1, 0.25, 0.3, 0.5, 0.8, 1, 2]) {
      // Lanes far enough down the pane for the headers to sit on them, not on its top edge.
      const viewport = { x: 0, y: 120, zoom };
      const firstRow = placeCard({ x: 20, y: 0 }).y * zoom + viewport.y;
      expect(firstRow, `zoom ${zoom}`).toBeGreaterThanOrEqual(headerBottom(viewport));
    }
  });

  it('stick to the top edge when the canvas is scrolled down', () => {
    expect(headerTop({ x: 0, y: -500, zoom: 1 })).toBe(0);
    expect(headerTop({ x: 0, y: 40, zoom: 1 })).toBe(40);
    // Zoomed far out, the band is taller than the zone: its bottom sits on the zone's bottom.
    expect(headerBottom({ x: 0, y: 100, zoom: 0.1 })).toBe(100 + LANE_HEADER_HEIGHT * 0.1);
    expect(headerBand(0.1)).toBe(64);
  });
});

describe('fitViewport', () => {
  for (const [name, journey] of Object.entries(JOURNEYS)) {
    it(`shows all lanes across and every card of ${name} below the headers`, () => {
      const tactics = journey();
      for (const pane of PANES) {
        const v = fitViewport({ ...pane, minZoom: 0.01, maxZoom: 2.5 }, tactics);
        const where = `${name} in ${pane.width}×${pane.height}`;
        expect(v.x, where).toBeGreaterThanOrEqual(0);
        expect(v.x + CANVAS_WIDTH * v.zoom, where).toBeLessThanOrEqual(pane.width);
        // At the least zoom (a very tall journey in a very flat pane) the lowest cards stay below.
        const allFit = v.zoom > 0.01;
        for (const t of tactics) {
          expect(screenTop(t, v), `${where}: ${t.title}`).toBeGreaterThanOrEqual(headerBottom(v));
          if (allFit) expect(screenBottom(t, v), `${where}: ${t.title}`).toBeLessThanOrEqual(pane.height);
        }
      }
    });
  }

  it('puts full.cvj’s top row in full view in a 1600×1000 window (it was under the headers)', () => {
    const v = fitViewport({ width: 1327, height: 951, minZoom: 0.01, maxZoom: 2.5 }, fullReconciled());
    expect(v.zoom).toBeCloseTo((1327 - 32) / CANVAS_WIDTH, 5);
    expect(v.y).toBe(16);
  });
});

describe('revealViewport', () => {
  const free = { left: 0, top: 0, right: 1000, bottom: 900 };
  const boxOf = (t: Tactic) => ({
    left: t.position.x,
    top: t.position.y,
    right: t.position.x + CARD_WIDTH,
    bottom: t.position.y + CARD_HEIGHT,
  });

  it('pans a card the inspector would hide into the free part, and only sideways', () => {
    const card = tacticIn('promote', 'p', 456);
    const viewport = { x: 16, y: 16, zoom: 0.5 };
    const next = revealViewport(boxOf(card), viewport, free)!;
    expect(next.zoom).toBe(0.5);
    expect(next.y).toBe(16);
    expect((card.position.x + CARD_WIDTH) * next.zoom + next.x).toBe(free.right - 48);
  });

  it('leaves a card alone when it is in view', () => {
    const card = tacticIn('engage', 'e', 456);
    expect(revealViewport(boxOf(card), { x: 16, y: 16, zoom: 0.5 }, free)).toBeNull();
  });

  it('brings a card from above back below the headers, and one from below up', () => {
    const card = tacticIn('engage', 'e', 600);
    const above = revealViewport(boxOf(card), { x: 0, y: -2000, zoom: 1 }, free)!;
    expect(screenTop(card, above)).toBeGreaterThanOrEqual(headerBottom(above));
    expect(screenTop(card, above)).toBeLessThan(headerBottom(above) + 20);
    const below = revealViewport(boxOf(card), { x: 0, y: 0, zoom: 2 }, free)!;
    expect(screenBottom(card, below)).toBe(free.bottom - 48);
  });

  it('lifts a card at the foot of a lane clear of the minimap over its corner, and only a card under it', () => {
    // The minimap over the bottom-right corner, the zoom buttons over the bottom-left one.
    const minimap = { left: 780, top: 700, right: 984, bottom: 884 };
    const buttons = { left: 16, top: 780, right: 48, bottom: 884 };
    const cornered = { ...free, covered: [minimap, buttons] };
    const viewport = { x: 16, y: 16, zoom: 0.5 };
    // The last card of Promote (the rightmost lane), its foot in view but under the minimap.
    const promote = tacticIn('promote', 'p', 1380);
    const shown = { x: 1000 - 48 - (laneLeft('promote') + CARD_WIDTH) * 0.5 - 40, y: 16, zoom: 0.5 };
    expect(revealViewport(boxOf(promote), shown, free)).toBeNull();
    const lifted = revealViewport(boxOf(promote), shown, cornered)!;
    expect(lifted.x).toBe(shown.x);
    expect(screenBottom(promote, lifted)).toBe(minimap.top - 48);
    // The same depth in a lane no corner box reaches: left where it is.
    const engage = tacticIn('engage', 'e', 1380);
    expect(revealViewport(boxOf(engage), viewport, cornered)).toBeNull();
    // In the minimap's column but above it, however close: left where it is too.
    const above = { ...shown, y: shown.y - (screenBottom(promote, shown) - minimap.top) - 1 };
    expect(revealViewport(boxOf(promote), above, cornered)).toBeNull();
  });

  it('centres a card at a zoom inside the free part', () => {
    const card = tacticIn('advocate', 'a', 900);
    const v = centreViewport(boxOf(card), 1, free);
    expect((card.position.x + CARD_WIDTH / 2) * v.zoom + v.x).toBe(500);
    expect(laneLeft('advocate') * v.zoom + v.x).toBeLessThan(500);
  });
});
