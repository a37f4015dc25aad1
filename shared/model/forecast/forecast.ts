import type { Journey } from '../types';
import type { ForecastResult } from './types';

export interface ForecastOptions {
  /** The user's locale (BCP 47), for the default currency. */
  locale?: string;
}

/** Placeholder while the solver is written (replaced in the next commit). */
export function forecastJourney(_doc: Journey, _options: ForecastOptions = {}): ForecastResult {
  throw new Error('not yet');
}
