import { useEffect, useState } from 'react';

/**
 * Runs `run` when the main thread is next idle (and within `timeoutMs` at most), so work that can
 * wait a frame never delays the one that shows an edit. With `needsMs`, waits for an idle period
 * at least that long (the gap before an already requested frame may be shorter: the work would
 * then push that frame back). Returns a cancel function. Where the browser has no idle callbacks
 * (jsdom), just after the next frame.
 */
export function whenIdle(run: () => void, timeoutMs: number, needsMs: () => number = () => 0): () => void {
  if (typeof requestIdleCallback === 'function') {
    const due = performance.now() + timeoutMs;
    let idle = 0;
    const attempt = (deadline: IdleDeadline) => {
      if (deadline.didTimeout || deadline.timeRemaining() >= needsMs() || performance.now() >= due) run();
      else idle = requestIdleCallback(attempt, { timeout: Math.max(1, due - performance.now()) });
    };
    idle = requestIdleCallback(attempt, { timeout: timeoutMs });
    return () => cancelIdleCallback(idle);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * `value` as of the last idle moment: the first render gets it at once, later changes once the
 * frame that shows them is out. `prepare` runs in that idle moment before the re-render (fill a
 * cache there and the render that follows costs nothing).
 */
export function useIdleValue<T>(
  value: T,
  prepare?: (value: T) => void,
  options: { timeoutMs?: number; needsMs?: () => number } = {},
): T {
  const [settled, setSettled] = useState(value);
  const { timeoutMs = 200, needsMs } = options;
  useEffect(() => {
    if (Object.is(settled, value)) return;
    return whenIdle(
      () => {
        prepare?.(value);
        setSettled(() => value);
      },
      timeoutMs,
      needsMs,
    );
  }, [value, settled, prepare, timeoutMs, needsMs]);
  return settled;
}
