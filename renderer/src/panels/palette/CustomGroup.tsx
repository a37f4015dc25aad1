import type { Ref } from 'react';
import type { PaletteTactic } from '../../../../shared/model/selectors';
import { SvgIcon } from '../../canvas/Icon';
import { PaletteGroup } from './PaletteGroup';
import { PaletteItem } from './PaletteItem';
import type { CustomDialogRequest } from './CustomDialogs';
import { DeleteIcon, EditIcon, PlusIcon } from './icons';

interface CustomGroupProps {
  items: PaletteTactic[];
  searching: boolean;
  best: PaletteTactic | undefined;
  expanded: boolean;
  onToggle(): void;
  onRequest(request: CustomDialogRequest): void;
  newButtonRef: Ref<HTMLButtonElement>;
}

/** "In this journey": the document's own tactics, each with Edit and Delete, and a way to add one. */
export function CustomGroup({
  items,
  searching,
  best,
  expanded,
  onToggle,
  onRequest,
  newButtonRef,
}: CustomGroupProps) {
  const footer = searching ? null : (
    <button
      ref={newButtonRef}
      type="button"
      className="cvj-palette__new"
      onClick={() => onRequest({ type: 'create', name: '', stage: 'aware' })}
    >
      <SvgIcon node={PlusIcon} size={18} /> New custom tactic
    </button>
  );
  return (
    <PaletteGroup
      title="In this journey"
      color="var(--cvj-accent)"
      count={items.length}
      expanded={expanded}
      onToggle={onToggle}
      footer={footer}
    >
      {items.map((tactic) => (
        <PaletteItem
          key={tactic.kind}
          tactic={tactic}
          best={tactic === best}
          actions={
            <span className="cvj-pitem__actions">
              <button
                type="button"
                className="cvj-picon-btn"
                aria-label={`Edit ${tactic.name}`}
                title="Edit"
                onClick={() => onRequest({ type: 'edit', id: tactic.kind })}
              >
                <SvgIcon node={EditIcon} size={16} />
              </button>
              <button
                type="button"
                className="cvj-picon-btn"
                aria-label={`Delete ${tactic.name}`}
                title="Delete"
                onClick={() => onRequest({ type: 'delete', id: tactic.kind })}
              >
                <SvgIcon node={DeleteIcon} size={16} />
              </button>
            </span>
          }
        />
      ))}
    </PaletteGroup>
  );
}
