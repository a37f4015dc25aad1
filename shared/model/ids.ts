/**
 * Short, url-safe ids for tactics, connections and journeys. shared/ has no `crypto` types (it
 * runs everywhere), so uniqueness comes from three parts: the time in ms, a per-process counter
 * (ids made in the same millisecond here differ) and a random suffix (ids made at the same moment
 * in two windows, then merged into one file, differ).
 */
const COUNTER_SPACE = 36 ** 3;
const RANDOM_SPACE = 36 ** 6;

let counter = Math.floor(Math.random() * COUNTER_SPACE);

export function createId(prefix: string): string {
  counter = (counter + 1) % COUNTER_SPACE;
  const time = Date.now().toString(36);
  const count = counter.toString(36).padStart(3, '0');
  const random = Math.floor(Math.random() * RANDOM_SPACE)
    .toString(36)
    .padStart(6, '0');
  const body = `${time}${count}${random}`;
  return prefix ? `${prefix}_${body}` : body;
}
