import { Fragment, memo, useContext, type CSSProperties } from 'react';
import { cardFarTitleLines, cardTitleLines } from '../../../shared/export/card-layout';
import { FarCardsContext, FocusedStageContext } from './cardDetail';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { getStage } from '../../../shared/model/stages';
import type { TacticNode } from './flowMapping';
import { Icon, SvgIcon } from './Icon';
import { NotesIcon } from '../ui/icons';
import { isHexColor, onStageColor } from '../../../shared/theme/tokens';
import { forecastLine } from '../../../shared/export/svg-forecast';
import { ForecastContext } from '../panels/forecast/forecastContext';
import { LOCALE } from '../panels/forecast/useForecast';

/**
 * A tactic card. Memoised and fed only its own tactic and appearance, so it re-renders when
 * that tactic or its selection changes, never because another card moved.
 */
export const TacticCard = memo(function TacticCard({ data, selected }: NodeProps<TacticNode>) {
  const { tactic, appearance } = data;
  const stage = getStage(tactic.stage);
  const far = useContext(FarCardsContext);
  const focused = useContext(FocusedStageContext);
  const dimmed = focused !== null && focused !== tactic.stage ? ' cvj-card--dimmed' : '';
  if (far) {
    return (
      <div
        className={`cvj-card cvj-card--far${selected ? ' cvj-card--selected' : ''}${dimmed}`}
        style={{ ['--stage-color' as string]: stage.color }}
        data-stage={tactic.stage}
      >
        <Handle type="target" position={Position.Left} className="cvj-handle" />
        <div className="cvj-card__title cvj-card__title--far" title={tactic.title}>
          <TitleLines lines={cardFarTitleLines(tactic.title).lines} />
        </div>
        {tactic.votes ? <VoteDots votes={tactic.votes} /> : null}
        <CardForecast id={tactic.id} />
        <Handle type="source" position={Position.Right} className="cvj-handle" />
      </div>
    );
  }
  const usual = appearance.usualStage ? getStage(appearance.usualStage) : undefined;
  return (
    <div
      className={`cvj-card${selected ? ' cvj-card--selected' : ''}${dimmed}`}
      style={{ ['--stage-color' as string]: stage.color }}
      data-stage={tactic.stage}
    >
      <Handle type="target" position={Position.Left} className="cvj-handle" />
      <div
        className="cvj-card__icon"
        style={appearance.color ? customIconStyle(appearance.color) : undefined}
      >
        <Icon name={appearance.icon} size={26} color="currentColor" />
      </div>
      <div className="cvj-card__body">
        <div className="cvj-card__title" title={tactic.title}>
          <TitleLines lines={cardTitleLines(tactic.title).lines} />
        </div>
        <div className="cvj-card__badges">
          {tactic.status ? (
            <span className={`cvj-badge cvj-badge--${tactic.status}`}>{tactic.status}</span>
          ) : null}
          {tactic.owner ? <span className="cvj-badge cvj-badge--owner">{tactic.owner}</span> : null}
          {tactic.notes ? (
            <span className="cvj-badge cvj-badge--notes" title="Has notes">
              <SvgIcon node={NotesIcon} size={13} /> notes
            </span>
          ) : null}
          {usual ? (
            <span
              className="cvj-badge cvj-badge--usual"
              title={`${appearance.name} is usually a ${usual.label} tactic`}
            >
              usually {usual.label}
            </span>
          ) : null}
        </div>
      </div>
      {tactic.votes ? <VoteDots votes={tactic.votes} /> : null}
      <CardForecast id={tactic.id} />
      <Handle type="source" position={Position.Right} className="cvj-handle" />
    </div>
  );
});

/** The forecast's people and revenue on the card's lower edge (as in exports), while it is on. */
function CardForecast({ id }: { id: string }) {
  const forecast = useContext(ForecastContext);
  const f = forecast?.result.tactics.get(id);
  if (!forecast || !f) return null;
  return (
    <span className="cvj-card__forecast" data-testid="card-forecast">
      {forecastLine(forecast.result, f.people, f.revenue, f.unbounded, LOCALE)}
    </span>
  );
}

/** Dots given in a dot-vote, along the card's top edge: up to ten, then the count. */
function VoteDots({ votes }: { votes: number }) {
  const shown = Math.min(votes, 10);
  return (
    <span
      className="cvj-card__votes"
      role="img"
      aria-label={`${votes} ${votes === 1 ? 'vote' : 'votes'}`}
      title={`${votes} ${votes === 1 ? 'vote' : 'votes'}`}
    >
      {Array.from({ length: shown }, (_, i) => (
        <span key={i} className="cvj-card__dot" />
      ))}
      {votes > shown ? <span className="cvj-card__more">+{votes - shown}</span> : null}
    </span>
  );
}

/** Lines broken by shared/export's layout, each kept on its own line (a space between, for copy). */
function TitleLines({ lines }: { lines: readonly string[] }) {
  return lines.map((line, i) => (
    <Fragment key={i}>
      {i > 0 ? ' ' : null}
      <span className="cvj-card__line">{line}</span>
    </Fragment>
  ));
}

/** A custom tactic's tile: its colour, and an icon that reads on it (as the export draws it). */
function customIconStyle(color: string): CSSProperties {
  return isHexColor(color) ? { background: color, color: onStageColor(color) } : {};
}
