import type { StageId } from '../../../../shared/model/types';
import { useAppStore, useAppStoreApi } from '../../store/context';
import { CustomTacticDialog } from './CustomTacticDialog';
import { ConfirmDialog } from '../dialogs/ConfirmDialog';
import {
  createCustomTactic,
  deleteCustomTactic,
  editCustomTactic,
  fieldsOf,
  newFields,
} from './customTactics';

export type CustomDialogRequest =
  | { type: 'create'; name: string; stage: StageId }
  | { type: 'edit'; id: string }
  | { type: 'delete'; id: string };

interface CustomDialogsProps {
  request: CustomDialogRequest | null;
  onDone(): void;
  fallbackFocus: () => void;
}

/** Whichever custom-tactic dialog the palette asked for; at most one is open. */
export function CustomDialogs({ request, onDone, fallbackFocus }: CustomDialogsProps) {
  const store = useAppStoreApi();
  const id = request && request.type !== 'create' ? request.id : null;
  const def = useAppStore((s) => (id ? s.doc.customTactics.find((c) => c.id === id) : undefined));

  if (!request) return null;
  if (request.type === 'create') {
    return (
      <CustomTacticDialog
        editing={false}
        initial={newFields(request.name, request.stage)}
        onSubmit={(fields) => {
          createCustomTactic(store, fields);
          onDone();
        }}
        onCancel={onDone}
        fallbackFocus={fallbackFocus}
      />
    );
  }
  // Gone meanwhile (undo): nothing left to edit or delete.
  if (!def) return null;
  if (request.type === 'edit') {
    return (
      <CustomTacticDialog
        editing
        initial={fieldsOf(def)}
        onSubmit={(fields) => {
          editCustomTactic(store, def.id, fields);
          onDone();
        }}
        onCancel={onDone}
        fallbackFocus={fallbackFocus}
      />
    );
  }
  return (
    <ConfirmDialog
      title={`Delete “${def.name}”?`}
      confirmLabel="Delete"
      onConfirm={() => {
        deleteCustomTactic(store, def.id);
        onDone();
      }}
      onCancel={onDone}
      fallbackFocus={fallbackFocus}
    >
      <p>
        It leaves the library of this journey. Cards already on the canvas stay; Undo brings it
        back.
      </p>
    </ConfirmDialog>
  );
}
