import { useReactFlow, useStore as useFlowStore } from '@xyflow/react';
import { Lightbulb, OctagonAlert, TriangleAlert, type IconNode } from 'lucide';
import { dismissFinding, restoreFinding } from '../../../../shared/model/commands';
import type { Finding, Severity } from '../../../../shared/model/health';
import { LANE_WIDTH, laneLeft } from '../../../../shared/model/layout';
import { getStage } from '../../../../shared/model/stages';
import type { StageId } from '../../../../shared/model/types';
import { SvgIcon } from '../../canvas/Icon';
import { useAppStore, useAppStoreApi } from '../../store/context';
import { stageVars } from '../../ui/stageStyle';
import { CloseIcon } from '../../ui/icons';
import { useHealthReport } from './useHealthReport';
import './health.css';

const SEVERITY: Readonly<Record<Severity, { label: string; plural: string; icon: IconNode }>> = {
  problem: { label: 'Problem', plural: 'problems', icon: OctagonAlert },
  warning: { label: 'Warning', plural: 'warnings', icon: TriangleAlert },
  tip: { label: 'Tip', plural: 'tips', icon: Lightbulb },
};

/**
 * The Health panel (toolbar "Health", View > Health): the journey checked against the CVJ model
 * (shared/model/health). It only shows the report: a score for the journey and for each stage,
 * the findings with "Show me" (selects and reveals the cards, or brings the stage into view) and
 * "We know" (dismisses the finding for this journey: an undoable edit, saved in the file).
 */
export function HealthPanel() {
  const store = useAppStoreApi();
  const open = useAppStore((s) => s.healthOpen && s.presenting === null);
  const badges = useAppStore((s) => s.healthBadges);
  const report = useHealthReport(open);
  const showStage = useShowStage();
  if (!open || !report) return null;

  const close = () => {
    store.getState().setHealthOpen(false);
    document.querySelector<HTMLElement>('[data-health-toggle]')?.focus();
  };

  const showMe = (finding: Finding) => {
    if (finding.tactics.length > 0) {
      store.getState().setSelection(finding.tactics);
      store.getState().revealCards(finding.tactics);
    } else if (finding.stages[0]) {
      store.getState().setSelection([]);
      showStage(finding.stages[0]);
    }
  };
  const counts = (['problem', 'warning', 'tip'] as const)
    .map((severity) => {
      const n = report.findings.filter((f) => f.severity === severity).length;
      return `${n} ${n === 1 ? severity : SEVERITY[severity].plural}`;
    })
    .join(', ');

  return (
    <aside
      className="cvj-health"
      aria-label="Journey health"
      // Plain keys pressed on the panel's buttons are the panel's (Delete, arrows, letters would
      // act on the canvas); shortcuts with modifiers (Ctrl+Z, Ctrl+S) still reach the app.
      onKeyDown={(e) => {
        if (e.ctrlKey || e.metaKey || e.altKey) return;
        e.stopPropagation();
        // Escape closes the panel, and the focus goes back to its toolbar button.
        if (e.key === 'Escape') close();
      }}
    >
      <header className="cvj-health__head">
        <h2 className="cvj-health__title">Journey health</h2>
        <button
          type="button"
          className="cvj-close-btn"
          aria-label="Close health panel"
          title="Close"
          onClick={close}
        >
          <SvgIcon node={CloseIcon} size={20} />
        </button>
      </header>
      <div className="cvj-health__scroll">
        <p className="cvj-health__score" role="status" data-testid="health-score">
          <strong>{report.score}</strong>
          <span>/100</span>
          <span className="cvj-health__counts">{counts}</span>
        </p>
        <ol className="cvj-health__stages" aria-label="Scores by stage">
          {report.stages.map(({ stage, score }) => {
            const s = getStage(stage);
            return (
              <li key={stage} style={stageVars(s.color)}>
                <button type="button" className="cvj-health__stage" onClick={() => showStage(stage)} title={`Show ${s.label}`}>
                  <span className="cvj-stage-number cvj-health__number" aria-hidden="true">
                    {s.number}
                  </span>
                  <span className="cvj-health__stage-name">{s.label}</span>
                  <span className="cvj-health__bar" aria-hidden="true">
                    <span style={{ width: `${score}%` }} />
                  </span>
                  <span className="cvj-health__stage-score">{score}</span>
                </button>
              </li>
            );
          })}
        </ol>
        <label className="cvj-health__option">
          <input type="checkbox" checked={badges} onChange={(e) => store.getState().setHealthBadges(e.target.checked)} />
          Scores on the lane headers
        </label>

        {report.findings.length === 0 ? (
          <p className="cvj-health__empty">Nothing to report: every stage is filled, connected and on the model.</p>
        ) : (
          <ul className="cvj-health__findings" aria-label="Findings">
            {report.findings.map((finding) => (
              <li key={finding.key} className={`cvj-finding cvj-finding--${finding.severity}`}>
                <p className="cvj-finding__severity">
                  <SvgIcon node={SEVERITY[finding.severity].icon} size={18} />
                  {SEVERITY[finding.severity].label}
                  <span className="cvj-finding__stages">{stageNames(finding.stages)}</span>
                </p>
                <p className="cvj-finding__message">{finding.message}</p>
                <div className="cvj-finding__actions">
                  <button type="button" className="cvj-btn" onClick={() => showMe(finding)}>
                    Show me
                  </button>
                  <button
                    type="button"
                    className="cvj-btn"
                    title="Dismiss for this journey (saved with it; restore it below)"
                    onClick={() => store.getState().apply(dismissFinding, { key: finding.key })}
                  >
                    We know
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}

        {report.dismissed.length > 0 ? (
          <details className="cvj-health__dismissed">
            <summary>Dismissed ({report.dismissed.length})</summary>
            <ul aria-label="Dismissed findings">
              {report.dismissed.map((finding) => (
                <li key={finding.key} className="cvj-finding cvj-finding--dismissed">
                  <p className="cvj-finding__message">{finding.message}</p>
                  <button
                    type="button"
                    className="cvj-btn"
                    onClick={() => store.getState().apply(restoreFinding, { key: finding.key })}
                  >
                    Restore
                  </button>
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </div>
    </aside>
  );
}

function stageNames(stages: readonly StageId[]): string {
  return stages.map((id) => getStage(id).label).join(' · ');
}

/** Brings a stage's lane to the middle of the canvas, at the current zoom. */
function useShowStage(): (stage: StageId) => void {
  const { getViewport, setViewport } = useReactFlow();
  const width = useFlowStore((s) => s.width);
  return (stage) => {
    const { y, zoom } = getViewport();
    const centre = laneLeft(stage) + LANE_WIDTH / 2;
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    void setViewport({ x: width / 2 - centre * zoom, y, zoom }, { duration: reduce ? 0 : 250 });
  };
}
