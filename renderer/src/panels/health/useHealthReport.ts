import { useDeferredValue, useMemo } from 'react';
import { analyseJourney, type HealthReport } from '../../../../shared/model/health';
import type { Journey } from '../../../../shared/model/types';
import { useAppStore } from '../../store/context';

const reports = new WeakMap<Journey, HealthReport>();

/** One analysis per version of the journey, however many parts of the page show it. */
export function healthReport(doc: Journey): HealthReport {
  let report = reports.get(doc);
  if (!report) {
    report = analyseJourney(doc);
    reports.set(doc, report);
  }
  return report;
}

/**
 * The open journey's health, or null when `enabled` is false. Worked out from a deferred copy of
 * the journey: typing in the inspector renders first, the analysis after (and at 5,000 tactics
 * it takes a few milliseconds).
 */
export function useHealthReport(enabled: boolean): HealthReport | null {
  const doc = useAppStore((s) => s.doc);
  const deferred = useDeferredValue(doc);
  return useMemo(() => (enabled ? healthReport(deferred) : null), [enabled, deferred]);
}
