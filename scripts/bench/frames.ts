import type { Page } from 'playwright-core';

/** Frame statistics from requestAnimationFrame timestamps taken during a scripted gesture. */
export interface FrameStats {
  frames: number;
  medianMs: number;
  p95Ms: number;
  droppedPct: number;
}

const FRAME = 1000 / 60;

// Passed as source text: tsx compiles named inner functions with a helper the page lacks.
const START_FRAMES = `(() => {
  window.__frames = [];
  window.__recording = true;
  const loop = (t) => {
    window.__frames.push(t);
    if (window.__recording) requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
})()`;

export async function startFrames(page: Page): Promise<void> {
  await page.evaluate(START_FRAMES);
}

export async function stopFrames(page: Page): Promise<FrameStats> {
  const times = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__recording = false;
    return w.__frames;
  });
  const intervals = times.slice(1).map((t, i) => t - (times[i] as number));
  const sorted = [...intervals].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  // A frame interval of n vsyncs means n - 1 frames were dropped.
  const expected = intervals.reduce((sum, d) => sum + Math.max(1, Math.round(d / FRAME)), 0);
  const dropped = intervals.reduce((sum, d) => sum + Math.max(0, Math.round(d / FRAME) - 1), 0);
  return {
    frames: intervals.length,
    medianMs: at(0.5),
    p95Ms: at(0.95),
    droppedPct: expected ? (100 * dropped) / expected : 0,
  };
}

/** Runs `step(i)` `count` times spread over `durationMs`, as a person's gesture would be. */
export async function paced(count: number, durationMs: number, step: (i: number) => Promise<void>): Promise<void> {
  const start = Date.now();
  for (let i = 0; i < count; i++) {
    await step(i);
    const due = start + ((i + 1) * durationMs) / count;
    const wait = due - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
}
