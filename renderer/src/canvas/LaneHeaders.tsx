import { useStore as useFlowStore } from '@xyflow/react';
import { STAGES } from '../../../shared/model/stages';
import { LANE_WIDTH } from '../../../shared/model/layout';
import { headerBand, headerTop } from './viewGeometry';
import { stageVars } from '../ui/stageStyle';
import { useAppStore } from '../store/context';
import { useHealthReport } from '../panels/health/useHealthReport';
import { useContext } from 'react';
import { forecastLine } from '../../../shared/export/svg-forecast';
import { formatMoney, formatPeopleCompact, type ForecastResult } from '../../../shared/model/forecast';
import { Users } from 'lucide';
import { SvgIcon } from './Icon';
import type { StageId } from '../../../shared/model/types';
import { ForecastContext } from '../panels/forecast/forecastContext';
import { LOCALE } from '../panels/forecast/useForecast';

const COMPACT_BELOW_WIDTH = 130;

/**
 * Stage headers in screen space, like a spreadsheet's frozen header row: they follow the lanes
 * horizontally, keep a fixed, projector-readable type size at any zoom, and stay on top when the
 * canvas is scrolled down. Narrow lanes (zoomed out) show the compact form: number and name.
 */
export function LaneHeaders() {
  const [x, y, zoom] = useFlowStore((s) => s.transform);
  // Each stage's health score, unless hidden (Health panel) or presenting to the room.
  const badges = useAppStore((s) => s.healthBadges && s.presenting === null);
  const health = useHealthReport(badges);
  // While the forecast is on, the stage's totals take the description's place.
  const forecast = useContext(ForecastContext);
  const laneWidth = LANE_WIDTH * zoom;
  // The band covers the lanes' header zone; cards start below it at any zoom.
  const band = headerBand(zoom);
  // Fit the type to the lane: the name on one line, as many description lines as the band holds.
  // Bold label glyphs average ~0.56 em; the number disc and padding take the rest of the lane.
  const chrome = laneWidth < COMPACT_BELOW_WIDTH ? 42 : 60;
  const labelSize = Math.max(12, Math.min(22, (laneWidth - chrome) / (9 * 0.56)));
  // Narrow lanes or a short band: number, name and the stage's summary in small type;
  // otherwise the full description. Either way as many lines as the band holds.
  const compact = laneWidth < COMPACT_BELOW_WIDTH || band < 96;
  const descriptionLines = compact
    ? Math.max(0, Math.min(2, Math.floor((band - 42) / 16)))
    : Math.max(0, Math.min(3, Math.floor((band - 62) / 17)));
  return (
    <div
      className={`cvj-headers${compact ? ' cvj-headers--compact' : ''}`}
      style={{
        top: headerTop({ x, y, zoom }),
        height: band,
        ['--label-size' as string]: `${labelSize}px`,
        ['--description-lines' as string]: descriptionLines,
      }}
    >
      <ol className="cvj-headers__row" style={{ transform: `translateX(${x}px)` }}>
        {STAGES.map((stage) => (
          <li
            key={stage.id}
            className="cvj-header"
            data-stage={stage.id}
            style={{ width: laneWidth, ...stageVars(stage.color) }}
            title={`${stage.number}. ${stage.label}: ${stage.description}. Measure: ${stage.measure}.`}
          >
            <div className="cvj-header__top">
              <span className="cvj-header__number" aria-hidden="true">
                {stage.number}
              </span>
              <span className="cvj-header__label">{stage.label}</span>
              {/* Only what needs a look (under 100), and not on narrow lanes: the stage's name
                  keeps its width there; the Health panel has every score. */}
              {health && !compact ? <StageScore score={health.stages.find((s) => s.stage === stage.id)!.score} /> : null}
            </div>
            {forecast ? (
              <StageForecast result={forecast.result} stage={stage.id} />
            ) : descriptionLines > 0 ? (
              <p className="cvj-header__description">{compact ? stage.summary : stage.description}</p>
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}

/**
 * A stage's people (a people icon, not the word: a narrow lane keeps both numbers on one line)
 * and its revenue where there is some. Read out in full.
 */
function StageForecast({ result, stage }: { result: ForecastResult; stage: StageId }) {
  const s = result.stages.find((x) => x.stage === stage)!;
  const people = formatPeopleCompact(s.people, LOCALE);
  const revenue = s.revenue ? formatMoney(s.revenue, result.currency, { locale: LOCALE, compact: true }) : null;
  const full = forecastLine(result, s.people, s.revenue || null, false, LOCALE);
  return (
    <p className="cvj-header__forecast" data-testid="stage-forecast" title={full}>
      <span className="cvj-visually-hidden">{full}</span>
      <SvgIcon node={Users} size={15} />
      <span aria-hidden="true">{people}</span>
      {revenue ? (
        <span className="cvj-header__revenue" aria-hidden="true">
          {revenue}
        </span>
      ) : null}
    </p>
  );
}

/** A stage's health score (shared/model/health) as a small badge; low scores stand out. */
function StageScore({ score }: { score: number }) {
  if (score >= 100) return null;
  return (
    <span
      className={`cvj-header__score${score < 60 ? ' cvj-header__score--low' : ''}`}
      title={`Health of this stage: ${score}/100 (View > Health)`}
      aria-label={`Health ${score} out of 100`}
    >
      {score}
    </span>
  );
}
