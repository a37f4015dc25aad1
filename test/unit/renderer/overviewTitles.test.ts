import { afterEach, describe, expect, it, vi } from 'vitest';
import { drawOverview } from '../../../renderer/src/canvas/overview/drawOverview';
import { cardFarTitleLines } from '../../../shared/export/card-layout';
import { getTheme } from '../../../shared/theme/tokens';
import { syntheticJourney } from '../../../scripts/bench/generate';
import type { Journey } from '../../../shared/model/types';

/** A 2D context that keeps the text it is asked to draw (the overview's output, as words). */
function recordingContext() {
  const texts: string[] = [];
  const ignore = () => {};
  const ctx = new Proxy({} as Record<string, unknown>, {
    get: (target, key) => (key === 'fillText' ? (text: string) => texts.push(text) : (target[key as string] ?? ignore)),
    set: (target, key, value) => {
      target[key as string] = value;
      return true;
    },
  });
  return { ctx: ctx as unknown as CanvasRenderingContext2D, texts };
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
