import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from '../../../renderer/src/ui/whenIdle';

/**
 * The browser's idle periods, scripted: each `period(ms)` hands the oldest waiting callback a
 * deadline with that much time left, as Chromium does in the gap before the next frame.
 */
function idlePeriods() {
  const waiting: { id: number; run: (d: IdleDeadline) => void }[] = [];
  let next = 1;
  vi.stubGlobal('requestIdleCallback', (run: (d: IdleDeadline) => void) => {
    waiting.push({ id: next, run });
    return next++;
  });
  vi.stubGlobal('cancelIdleCallback', (id: number) => {
    const at = waiting.findIndex((w) => w.id === id);
    if (at >= 0) waiting.splice(at, 1);
  });
  return {
    period(ms: number, didTimeout = false) {
      const w = waiting.shift();
      w?.run({ didTimeout, timeRemaining: () => ms });
    },
    get waiting() {
      return waiting.length;
    },
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('whenIdle: work that waits for the gap after a frame', () => {
  it('runs in the first idle period long enough for it, not in a shorter one before a frame', () => {
    const idle = idlePeriods();
    const run = vi.fn();
    whenIdle(run, 200, () => 6);
    idle.period(3); // 3 ms left before the next frame: 6 ms of work would push it back
    expect(run).not.toHaveBeenCalled();
    expect(idle.waiting).toBe(1);
    idle.period(12);
    expect(run).toHaveBeenCalledTimes(1);
    expect(idle.waiting).toBe(0);
  });

  it('runs anyway when its time is up (a busy page still gets its badges)', () => {
    const idle = idlePeriods();
    const run = vi.fn();
    whenIdle(run, 200, () => 50);
    idle.period(2, true);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('cancelled before an idle period, it never runs, even after a retry', () => {
    const idle = idlePeriods();
    const run = vi.fn();
    const cancel = whenIdle(run, 200, () => 6);
    idle.period(1);
    cancel();
    idle.period(50);
    expect(run).not.toHaveBeenCalled();
    expect(idle.waiting).toBe(0);
  });
});
