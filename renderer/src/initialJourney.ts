import type { Journey } from '../../shared/model/types';
import { createEmptyJourney } from '../../shared/model/commands';
import { createStarterJourney } from '../../shared/model/starter';
import { createId } from '../../shared/model/ids';

const STARTED_KEY = 'cvj-studio.started';

/**
 * The very first start shows a small starter journey, so the canvas is never a blank mystery,
 * with the template gallery over it (`firstStart`); later starts open an empty journey.
 */
export function initialJourney(storage: Pick<Storage, 'getItem' | 'setItem'>): {
  journey: Journey;
  firstStart: boolean;
} {
  const now = new Date().toISOString();
  let firstStart = true;
  try {
    firstStart = storage.getItem(STARTED_KEY) === null;
    storage.setItem(STARTED_KEY, now);
  } catch {
    // Storage can be unavailable (privacy modes); then every start is a first start.
  }
  const journey = firstStart
    ? createStarterJourney({ id: createId('j'), now })
    : createEmptyJourney({ id: createId('j'), now });
  return { journey, firstStart };
}
