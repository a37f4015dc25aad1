import { describe, expect, it } from 'vitest';
import { addMinutes, createTimer, formatRemaining, isDone, isRunning, MINUTE, pause, remaining, start } from '../../../renderer/src/present/timer';

describe('workshop timer (pure, on an injected clock)', () => {
  it('counts down only while running, and pauses where it was', () => {
    let t = createTimer(5);
    expect(remaining(t, 1_000)).toBe(5 * MINUTE);
    t = start(t, 1_000);
    expect(isRunning(t)).toBe(true);
    expect(remaining(t, 61_000)).toBe(4 * MINUTE);
    t = pause(t, 61_000);
    expect(remaining(t, 999_000)).toBe(4 * MINUTE);
    t = start(t, 1_000_000);
    expect(remaining(t, 1_030_000)).toBe(3.5 * MINUTE);
  });

  it('reaches zero and stays there; is then done', () => {
    const t = start(createTimer(1), 0);
    expect(isDone(t, 59_999)).toBe(false);
    expect(remaining(t, 60_000)).toBe(0);
    expect(remaining(t, 90_000)).toBe(0);
    expect(isDone(t, 60_000)).toBe(true);
    // A finished timer does not start again by itself.
    expect(start(pause(t, 60_000), 61_000).startedAt).toBeNull();
  });

  it('+1 and +5 minutes add to what is left, running or not, and revive a finished timer', () => {
    let t = start(createTimer(2), 0);
    t = addMinutes(t, 1, 30_000);
    expect(remaining(t, 30_000)).toBe(2.5 * MINUTE);
    expect(isRunning(t)).toBe(true);
    t = pause(t, 90_000);
    t = addMinutes(t, 5, 100_000);
    expect(remaining(t, 500_000)).toBe(6.5 * MINUTE);
    const over = pause(start(createTimer(1), 0), 60_000);
    const more = start(addMinutes(over, 1, 70_000), 70_000);
    expect(isDone(more, 70_000)).toBe(false);
    expect(remaining(more, 100_000)).toBe(30_000);
  });

  it('shows minutes and seconds, rounded up so 0:00 means time is up', () => {
    expect(formatRemaining(5 * MINUTE)).toBe('5:00');
    expect(formatRemaining(4 * MINUTE + 5_000)).toBe('4:05');
    expect(formatRemaining(8_001)).toBe('0:09');
    expect(formatRemaining(1)).toBe('0:01');
    expect(formatRemaining(0)).toBe('0:00');
  });
});
