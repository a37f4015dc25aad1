import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { getStage } from '../../../shared/model/stages';
import { getLibraryTactic } from '../../../shared/model/library';
import type { TacticNode } from './flowMapping';
import { Icon, SvgIcon } from './Icon';
import { NotesIcon } from '../ui/icons';

function iconFor(kind: string): string {
  return getLibraryTactic(kind)?.icon ?? 'sparkles';
}

/**
 * A tactic card. Memoised and fed only its own tactic, so it re-renders when that tactic or
 * its selection changes, never because another card moved.
 */
export const TacticCard = memo(function TacticCard({ data, selected }: NodeProps<TacticNode>) {
  const { tactic } = data;
  const stage = getStage(tactic.stage);
  return (
    <div
      className={`cvj-card${selected ? ' cvj-card--selected' : ''}`}
      style={{ ['--stage-color' as string]: stage.color }}
    >
      <Handle type="target" position={Position.Left} className="cvj-handle" />
      <div className="cvj-card__icon">
        <Icon name={iconFor(tactic.kind)} size={26} color={stage.color} />
      </div>
      <div className="cvj-card__body">
        <div className="cvj-card__title">{tactic.title || 'Untitled tactic'}</div>
        <div className="cvj-card__badges">
          {tactic.status ? (
            <span className={`cvj-badge cvj-badge--${tactic.status}`}>{tactic.status}</span>
          ) : null}
          {tactic.owner ? <span className="cvj-badge">{tactic.owner}</span> : null}
          {tactic.notes ? (
            <span className="cvj-badge cvj-badge--notes" title="Has notes">
              <SvgIcon node={NotesIcon} size={13} /> notes
            </span>
          ) : null}
        </div>
      </div>
      <Handle type="source" position={Position.Right} className="cvj-handle" />
    </div>
  );
});
