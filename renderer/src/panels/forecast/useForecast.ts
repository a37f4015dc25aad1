import { useDeferredValue, useMemo } from 'react';
import { forecastJourney, type ForecastResult } from '../../../../shared/model/forecast';
import type { Journey } from '../../../../shared/model/types';
import { useAppStore } from '../../store/context';

const results = new WeakMap<Journey, ForecastResult>();

/** The user's locale: numbers, and the default currency. */
export const LOCALE = typeof navigator === 'undefined' ? undefined : navigator.language;

/** One forecast per version of the journey, however many cards, headers and panels show it. */
export function journeyForecast(doc: Journey): ForecastResult {
  let result = results.get(doc);
  if (!result) {
    result = forecastJourney(doc, { locale: LOCALE });
    results.set(doc, result);
  }
  return result;
}

/**
 * The open journey's forecast while the forecast is on (else null: nothing is computed). From a
 * deferred copy of the journey, like the health report: typing renders first, the numbers after.
 */
export function useForecast(): ForecastResult | null {
  const on = useAppStore((s) => s.forecastOn && s.presenting === null);
  const doc = useAppStore((s) => s.doc);
  const deferred = useDeferredValue(doc);
  return useMemo(() => (on ? journeyForecast(deferred) : null), [on, deferred]);
}
