/**
 * The workshop timer's state, as pure functions of a clock: no intervals inside, so tests pass
 * times in and need no sleeps. The component asks `remaining(timer, now)` every frame it shows.
 */

export interface Timer {
  /** The length set, in milliseconds. */
  duration: number;
  /** When it was last started (clock time), or null while paused or not started. */
  startedAt: number | null;
  /** Time already run before the last start, in milliseconds. */
  elapsed: number;
}

export type Clock = () => number;

export const MINUTE = 60_000;

export function createTimer(minutes: number): Timer {
  return { duration: Math.max(0, Math.round(minutes * MINUTE)), startedAt: null, elapsed: 0 };
}

export function isRunning(timer: Timer): boolean {
  return timer.startedAt !== null;
}

/** Milliseconds left (never below zero). */
export function remaining(timer: Timer, now: number): number {
  const ran = timer.elapsed + (timer.startedAt === null ? 0 : now - timer.startedAt);
  return Math.max(0, timer.duration - ran);
}

export function isDone(timer: Timer, now: number): boolean {
  return timer.duration > 0 && remaining(timer, now) === 0;
}

export function start(timer: Timer, now: number): Timer {
  if (timer.startedAt !== null || isDone(timer, now)) return timer;
  return { ...timer, startedAt: now };
}

export function pause(timer: Timer, now: number): Timer {
  if (timer.startedAt === null) return timer;
  return { ...timer, startedAt: null, elapsed: timer.elapsed + (now - timer.startedAt) };
}

/**
 * More time (+1, +5 minutes): added to what is left, so a timer that has run out runs again
 * for just that long (and, if it was running, goes on running).
 */
export function addMinutes(timer: Timer, minutes: number, now: number): Timer {
  const left = remaining(timer, now) + minutes * MINUTE;
  const running = timer.startedAt !== null;
  return { duration: left, startedAt: running ? now : null, elapsed: 0 };
}

/** "4:05", "0:09", "12:00"; rounded up, so it shows 0:00 only when time is up. */
export function formatRemaining(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}
