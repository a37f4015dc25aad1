import { afterEach, describe, expect, it, vi } from 'vitest';
import { drawOverview } from '../../../renderer/src/canvas/overview/drawOverview';
import { cardFarTitleLines } from '../../../shared/export/card-layout';
import { getTheme } from '../../../shared/theme/tokens';
import { syntheticJourney } from '../../../scripts/bench/generate';
import type { Journey } from '../../../shared/model/types';
import { CARD_HEIGHT, CARD_WIDTH } from '../../../shared/model/layout';
import { addTactic, moveTactics } from '../../../shared/model/commands';

/**
 * A 2D context that keeps what it is asked to draw: the text, the cards' outlines (their
 * corners) and where each connection starts.
 */
function recordingContext() {
  const texts: string[] = [];
  const outlines: string[] = [];
  const starts: string[] = [];
  const record: Record<string, (...args: number[]) => void> = {
    fillText: (text) => void texts.push(String(text)),
    rect: (x, y, w) => void (w! > 100 && outlines.push(`${x},${y}`)),
    roundRect: (x, y) => void outlines.push(`${x},${y}`),
    moveTo: (x, y) => void starts.push(`${x},${y}`),
  };
  const ignore = () => {};
  const ctx = new Proxy({} as Record<string, unknown>, {
    get: (target, key) => record[key as string] ?? target[key as string] ?? ignore,
    set: (target, key, value) => {
      target[key as string] = value;
      return true;
    },
  });
  return { ctx: ctx as unknown as CanvasRenderingContext2D, texts, outlines, starts };
}

afterEach(() => vi.restoreAllMocks());

describe('the overview’s titles when a zoom brings hundreds of new ones on screen at once', () => {
  // Titles no earlier test has broken into lines, each different.
  const doc: Journey = syntheticJourney(600, 7);
  const unique = {
    ...doc,
    tactics: doc.tactics.map((t, i) => ({ ...t, title: `${t.title} for segment ${i} of the spring launch` })),
  };
  // Zoomed so that titles are legible and every card is on screen.
  const view = { x: 0, y: 0, zoom: 0.25, width: 1e6, height: 1e6 };
  const expected = unique.tactics.flatMap((t) => cardFarTitleLines(t.title).lines);

  it('a frame breaks titles only for its share of time; the next frames draw the rest, then all', () => {
    // A slow machine: every reading of the clock finds a millisecond gone.
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 1));
    const frames: { complete: boolean; texts: string[] }[] = [];
    for (let i = 0; i < 100 && !frames.at(-1)?.complete; i++) {
      const { ctx, texts } = recordingContext();
      frames.push({ complete: drawOverview(ctx, unique, new Set(), view, 1, getTheme('light').colors), texts });
    }
    expect(frames[0]!.complete).toBe(false);
    expect(frames[0]!.texts.length).toBeGreaterThan(0);
    expect(frames[0]!.texts.length).toBeLessThan(expected.length / 4);
    // Each frame draws at least what the one before it drew: no title disappears again.
    for (let i = 1; i < frames.length; i++) expect(frames[i]!.texts.length).toBeGreaterThan(frames[i - 1]!.texts.length);
    const last = frames.at(-1)!;
    expect(last.complete).toBe(true);
    expect(last.texts).toEqual(expected);
  });

  it('more new titles on screen than the cache holds (cards stacked by the thousand) still finish', () => {
    const stacked: Journey = {
      ...doc,
      tactics: Array.from({ length: 20_500 }, (_, i) => ({ ...doc.tactics[0]!, id: `s${i}`, title: `Stacked card number ${i} of the pile` })),
      connections: [],
    };
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 0.05));
    let frames = 0;
    let complete = false;
    let texts: string[] = [];
    while (!complete && frames < 200) {
      const recorder = recordingContext();
      complete = drawOverview(recorder.ctx, stacked, new Set(), view, 1, getTheme('light').colors);
      texts = recorder.texts;
      frames++;
    }
    expect(complete).toBe(true);
    expect(frames).toBeGreaterThan(1);
    expect(texts.length).toBeGreaterThanOrEqual(20_500);
  });

  it('titles already broken are drawn at once, however slow the frame', () => {
    // Drawn until complete once, as the frames of a zoom do.
    for (let i = 0; i < 100 && !drawOverview(recordingContext().ctx, unique, new Set(), view, 1, getTheme('light').colors); i++);
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 1000));
    const { ctx, texts } = recordingContext();
    expect(drawOverview(ctx, unique, new Set(), view, 1, getTheme('light').colors)).toBe(true);
    expect(texts).toEqual(expected);
  });
});

describe('the overview draws what the screen shows, wherever it is in a big journey', () => {
  /** What a walk through the whole journey finds on screen (the overview's rule, by brute force). */
  function walked(doc: Journey, view: { x: number; y: number; zoom: number; width: number; height: number }) {
    const left = -view.x / view.zoom - CARD_WIDTH;
    const top = -view.y / view.zoom - CARD_HEIGHT;
    const right = (view.width - view.x) / view.zoom;
    const bottom = (view.height - view.y) / view.zoom;
    const on = (p: { x: number; y: number }) => p.x > left && p.x < right && p.y > top && p.y < bottom;
    const byId = new Map(doc.tactics.map((t) => [t.id, t]));
    return {
      outlines: doc.tactics.filter((t) => on(t.position)).map((t) => `${t.position.x},${t.position.y}`),
      starts: doc.connections.flatMap((c) => {
        const s = byId.get(c.source);
        const t = byId.get(c.target);
        return s && t && (on(s.position) || on(t.position)) ? [`${s.position.x + CARD_WIDTH},${s.position.y + CARD_HEIGHT / 2}`] : [];
      }),
    };
  }

  it('the cards and connections on screen, no others, after adds and a move, at any pan and zoom', () => {
    const colors = getTheme('dark').colors;
    let checked = 0;
    const checkAll = (doc: Journey) => {
      for (const zoom of [0.02, 0.08, 0.25]) {
        for (const y of [0, -2_000, -6_000, -30_000]) {
          for (const x of [0, -1_500]) {
            const view = { x: x * zoom, y: y * zoom, zoom, width: 1600, height: 1000 };
            const { ctx, outlines, starts } = recordingContext();
            drawOverview(ctx, doc, new Set(), view, 1, colors);
            const expected = walked(doc, view);
            expect(outlines).toEqual(expected.outlines);
            expect([...starts].sort()).toEqual([...expected.starts].sort());
            checked += expected.outlines.length;
          }
        }
      }
    };
    let doc: Journey = syntheticJourney(3000, 3);
    checkAll(doc);
    // Cards added one by one, drawn after each (they join the rows as extras), then one moved far.
    for (let i = 0; i < 5; i++) {
      doc = addTactic(doc, { id: `added-${i}`, kind: 'convert.webinar', stage: 'ascend', position: { x: 0, y: 900 * i } });
      const source = doc.tactics[i * 7]!.id;
      doc = { ...doc, connections: [...doc.connections, { id: `to-added-${i}`, source, target: `added-${i}` }] };
      checkAll(doc);
    }
    const far = doc.tactics[10]!;
    doc = moveTactics(doc, { moves: [{ id: far.id, position: { x: far.position.x, y: 20_000 } }] });
    checkAll(doc);
    // The views above do show cards (at least one full screen of them).
    expect(checked).toBeGreaterThan(500);
  });
});
