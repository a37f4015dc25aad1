import { produce } from 'immer';
import type { ForecastSettings, Journey } from '../types';
import { FORECAST_PERIODS } from '../types';

/**
 * The journey's forecast currency and period. A key set to `undefined` goes back to its default
 * (the locale's currency, per month); the last one removed leaves no `forecast` field behind. An
 * invalid code or period changes nothing.
 */
export function setForecastSettings(doc: Journey, changes: Partial<Record<keyof ForecastSettings, string | undefined>>): Journey {
  const next: ForecastSettings = { ...doc.forecast };
  if (Object.hasOwn(changes, 'currency')) {
    const code = changes.currency?.trim().toUpperCase();
    if (code === undefined || code === '') delete next.currency;
    else if (/^[A-Z]{3}$/.test(code)) next.currency = code;
    else return doc;
  }
  if (Object.hasOwn(changes, 'period')) {
    const period = changes.period;
    if (period === undefined) delete next.period;
    else if ((FORECAST_PERIODS as readonly string[]).includes(period)) next.period = period as ForecastSettings['period'];
    else return doc;
  }
  if (next.currency === doc.forecast?.currency && next.period === doc.forecast?.period) return doc;
  return produce(doc, (draft) => {
    // Keys a newer version wrote are kept (the file's objects are loose).
    if (Object.keys(next).length === 0) delete draft.forecast;
    else draft.forecast = next;
  });
}
