import { memo, useId, type DragEvent, type ReactNode } from 'react';
import type { PaletteTactic } from '../../../../shared/model/selectors';
import { Icon, SvgIcon } from '../../canvas/Icon';
import { TACTIC_DRAG_TYPE } from '../../canvas/dnd';
import { addTacticToStage } from '../../commands/actions';
import { useAppStoreApi } from '../../store/context';
import { tacticColor } from './paletteView';
import { EnterIcon } from './icons';
import './palette-item.css';

interface PaletteItemProps {
  tactic: PaletteTactic;
  /** Marks the row Enter in the search box would add, so the key's effect is never a surprise. */
  best?: boolean;
  /** Extra controls after the row (Edit, Delete): siblings, not children, of the item button. */
  actions?: ReactNode;
}

/**
 * One tactic: click (or Enter/Space) adds it to the bottom of its stage's lane; dragging it onto
 * the canvas adds it where it is dropped (the canvas reads TACTIC_DRAG_TYPE).
 */
export const PaletteItem = memo(function PaletteItem({
  tactic,
  best = false,
  actions,
}: PaletteItemProps) {
  const store = useAppStoreApi();
  const descriptionId = useId();
  const color = tacticColor(tactic);
  const onDragStart = (e: DragEvent) => {
    e.dataTransfer.setData(TACTIC_DRAG_TYPE, tactic.kind);
    e.dataTransfer.effectAllowed = 'copy';
  };

  return (
    <li
      className={`cvj-pitem${best ? ' cvj-pitem--best' : ''}`}
      style={{ ['--item-color' as string]: color }}
    >
      <button
        type="button"
        className="cvj-pitem__button"
        draggable
        onDragStart={onDragStart}
        onClick={() => addTacticToStage(store, tactic.kind, tactic.stage)}
        title={tactic.description || undefined}
        aria-describedby={tactic.description ? descriptionId : undefined}
      >
        <span className="cvj-pitem__icon">
          <Icon name={tactic.icon} size={20} color="currentColor" />
        </span>
        <span className="cvj-pitem__name">{tactic.name}</span>
        {best ? (
          <span className="cvj-pitem__enter" aria-hidden="true" title="Enter adds this">
            <SvgIcon node={EnterIcon} size={15} />
          </span>
        ) : null}
      </button>
      {/* Outside the button, or it would join the button's accessible name. */}
      {tactic.description ? (
        <span id={descriptionId} hidden>
          {tactic.description}
        </span>
      ) : null}
      {actions}
    </li>
  );
});
