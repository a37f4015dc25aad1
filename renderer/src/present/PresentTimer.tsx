import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import chimeUrl from '../../../assets/sounds/chime.wav?url';
import {
  addMinutes,
  createTimer,
  formatRemaining,
  isDone,
  isRunning,
  pause,
  remaining,
  start,
  type Clock,
  type Timer,
} from './timer';

const DEFAULT_MINUTES = 5;
const systemClock: Clock = () => performance.now();

/**
 * The workshop timer: its face in a corner for the room, its controls (minutes, start/pause, +1,
 * +5, reset) in the presenter's row. A soft chime (assets/sounds/chime.wav) when it reaches zero.
 * `clock` is injectable; the face ticks with animation frames while it runs.
 */
export function PresentTimer({ clock = systemClock }: { clock?: Clock }) {
  const [timer, setTimer] = useState<Timer | null>(null);
  const [minutes, setMinutes] = useState(DEFAULT_MINUTES);
  const [now, setNow] = useState(() => clock());
  const chimed = useRef(false);

  // Tick while it runs; chime once when it reaches zero.
  useEffect(() => {
    if (!timer || !isRunning(timer)) return;
    let frame = requestAnimationFrame(function tick() {
      const t = clock();
      setNow(t);
      if (isDone(timer, t)) {
        if (!chimed.current) {
          chimed.current = true;
          void new Audio(chimeUrl).play().catch(() => {});
        }
        setTimer(pause(timer, t));
        return;
      }
      frame = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(frame);
  }, [timer, clock]);

  const act = (change: (t: Timer, at: number) => Timer) => {
    const at = clock();
    setNow(at);
    setTimer((t) => {
      const next = change(t ?? createTimer(minutes), at);
      if (!isDone(next, at)) chimed.current = false;
      return next;
    });
  };
  const left = timer ? remaining(timer, now) : minutes * 60_000;
  const running = timer !== null && isRunning(timer);
  const over = timer !== null && isDone(timer, now);

  return (
    <>
      {/* The face goes to the window's corner, out of the controls row that fades away. */}
      {timer
        ? createPortal(
            <div
              className={`cvj-present__timer${over ? ' cvj-present__timer--over' : ''}`}
              role="timer"
              aria-label="Timer"
            >
              {formatRemaining(left)}
            </div>,
            document.body,
          )
        : null}
      <span className="cvj-present__timer-controls" role="group" aria-label="Timer controls">
        {timer && !over ? null : (
          <label>
            <input
              type="number"
              min={1}
              max={180}
              value={minutes}
              aria-label="Timer minutes"
              onChange={(e) => setMinutes(Math.max(1, Math.min(180, Number(e.target.value) || 1)))}
            />{' '}
            min
          </label>
        )}
        <button
          type="button"
          onClick={() =>
            // Once time is up, Start begins again from the minutes set.
            act((t, at) =>
              isDone(t, at)
                ? start(createTimer(minutes), at)
                : isRunning(t)
                  ? pause(t, at)
                  : start(t, at),
            )
          }
        >
          {running ? 'Pause' : timer && !over ? 'Resume' : 'Start timer'}
        </button>
        <button
          type="button"
          onClick={() => act((t, at) => addMinutes(t, 1, at))}
          aria-label="Add 1 minute"
        >
          +1
        </button>
        <button
          type="button"
          onClick={() => act((t, at) => addMinutes(t, 5, at))}
          aria-label="Add 5 minutes"
        >
          +5
        </button>
        {timer ? (
          <button
            type="button"
            onClick={() => {
              chimed.current = false;
              setTimer(null);
            }}
          >
            Reset
          </button>
        ) : null}
      </span>
    </>
  );
}
