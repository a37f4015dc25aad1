import { useMemo } from 'react';
import { useIdleValue } from '../../ui/whenIdle';
import { analyseJourney, type HealthReport } from '../../../../shared/model/health';
import type { Journey } from '../../../../shared/model/types';
import { useAppStore } from '../../store/context';

const reports = new WeakMap<Journey, HealthReport>();

/** One analysis per version of the journey, however many parts of the page show it. */
export function healthReport(doc: Journey): HealthReport {
  let report = reports.get(doc);
  if (!report) {
    const start = performance.now();
    report = analyseJourney(doc);
    lastAnalysisMs = performance.now() - start;
    reports.set(doc, report);
  }
  return report;
}

/** How long the last analysis took: the idle time the next one waits for. */
let lastAnalysisMs = 0;
const IDLE = { needsMs: () => lastAnalysisMs + 1 };

/**
 * The open journey's health, or null when `enabled` is false. Worked out when the browser is next
 * idle after an edit: the frame that shows the edit (an added card, a typed letter) comes first,
 * and the analysis (several milliseconds at 5,000 tactics) runs in the gap after it, so the
 * badges and the panel follow a frame or two later.
 */
export function useHealthReport(enabled: boolean): HealthReport | null {
  const doc = useAppStore((s) => s.doc);
  const settled = useIdleValue(doc, enabled ? warm : undefined, IDLE);
  return useMemo(() => (enabled ? healthReport(settled) : null), [enabled, settled]);
}

const warm = (doc: Journey) => void healthReport(doc);
