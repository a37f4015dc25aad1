import type { Journey } from '../types';
import type { ForecastResult, Lever } from './types';

/** Placeholder while the solver is written (replaced in the next commit). */
export function forecastLevers(_doc: Journey, _result: ForecastResult, _count = 5): Lever[] {
  throw new Error('not yet');
}
