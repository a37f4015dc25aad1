import { useId, type ReactNode } from 'react';
import { SvgIcon } from '../../canvas/Icon';
import { ChevronIcon, CustomIcon } from './icons';
import './palette-group.css';
import { stageVars } from '../../ui/stageStyle';

interface PaletteGroupProps {
  title: string;
  /** Stage number badge; absent for "In this journey". */
  number?: number;
  color: string;
  count: number;
  expanded: boolean;
  onToggle(): void;
  children: ReactNode;
  /** Shown under the list whether or not it is empty (the "New custom tactic" button). */
  footer?: ReactNode;
}

/** A collapsible section of the palette (disclosure pattern: a header button with aria-expanded). */
export function PaletteGroup({
  title,
  number,
  color,
  count,
  expanded,
  onToggle,
  children,
  footer,
}: PaletteGroupProps) {
  const listId = useId();
  return (
    <section className="cvj-pgroup" style={stageVars(color, '--group-color')}>
      <h3 className="cvj-pgroup__heading">
        <button
          type="button"
          className="cvj-pgroup__toggle"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={onToggle}
          // Spelled out: the parts are flex items, which screen readers would read with odd pauses.
          aria-label={`${number === undefined ? '' : `${number}. `}${title}, ${count} ${count === 1 ? 'tactic' : 'tactics'}`}
        >
          <SvgIcon node={ChevronIcon} size={18} className="cvj-pgroup__chevron" />
          {number === undefined ? (
            <span className="cvj-pgroup__badge cvj-pgroup__badge--custom">
              <SvgIcon node={CustomIcon} size={16} />
            </span>
          ) : (
            <span className="cvj-stage-number cvj-pgroup__badge">{number}</span>
          )}
          <span className="cvj-pgroup__title">{title}</span>
          <span className="cvj-pgroup__count">{count}</span>
        </button>
      </h3>
      <div id={listId} className="cvj-pgroup__body" hidden={!expanded}>
        {count > 0 ? <ul className="cvj-pgroup__list">{children}</ul> : null}
        {footer}
      </div>
    </section>
  );
}
