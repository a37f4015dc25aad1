import { useId, useRef, useState, type FormEvent } from 'react';
import { STAGES, getStage, isStageId } from '../../../../shared/model/stages';
import { ModalDialog } from '../dialogs/ModalDialog';
import { ColorPicker, IconPicker } from './CustomTacticPickers';
import type { CustomTacticFields } from './customTactics';
import './custom-tactic-dialog.css';

interface CustomTacticDialogProps {
  /** Editing an existing tactic (Save) rather than making a new one (Create). */
  editing: boolean;
  initial: CustomTacticFields;
  onSubmit(fields: CustomTacticFields): void;
  onCancel(): void;
  fallbackFocus?: () => void;
}

/** Create or edit one of the journey's own tactics. Enter submits, Escape cancels. */
export function CustomTacticDialog({
  editing,
  initial,
  onSubmit,
  onCancel,
  fallbackFocus,
}: CustomTacticDialogProps) {
  const ids = {
    title: useId(),
    name: useId(),
    error: useId(),
    stage: useId(),
    description: useId(),
  };
  const [fields, setFields] = useState(initial);
  // Until a colour is picked, the colour follows the stage, so a quick Create looks at home.
  const [colorPicked, setColorPicked] = useState(editing);
  const [error, setError] = useState('');
  const nameRef = useRef<HTMLInputElement>(null);

  const set = (changes: Partial<CustomTacticFields>) => setFields((f) => ({ ...f, ...changes }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!fields.name.trim()) {
      setError('Give the tactic a name.');
      nameRef.current?.focus();
      return;
    }
    onSubmit({ ...fields, name: fields.name.trim(), description: fields.description.trim() });
  };

  return (
    <ModalDialog titleId={ids.title} onCancel={onCancel} fallbackFocus={fallbackFocus}>
      <form className="cvj-pdialog__form" onSubmit={submit} noValidate>
        <h2 id={ids.title} className="cvj-pdialog__title">
          {editing ? 'Edit custom tactic' : 'New custom tactic'}
        </h2>
        <div className="cvj-pfield">
          <label htmlFor={ids.name}>Name</label>
          <input
            ref={nameRef}
            id={ids.name}
            className="cvj-input cvj-pinput"
            value={fields.name}
            onChange={(e) => {
              set({ name: e.target.value });
              setError('');
            }}
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? ids.error : undefined}
            maxLength={500}
            autoComplete="off"
          />
          {error ? (
            <p id={ids.error} className="cvj-pfield__error" role="alert">
              {error}
            </p>
          ) : null}
        </div>
        <div className="cvj-pfield">
          <label htmlFor={ids.stage}>Stage</label>
          <select
            id={ids.stage}
            className="cvj-input cvj-pinput"
            value={fields.stage}
            onChange={(e) => {
              const stage = e.target.value;
              if (!isStageId(stage)) return;
              set(colorPicked ? { stage } : { stage, color: getStage(stage).color });
            }}
          >
            {STAGES.map((stage) => (
              <option key={stage.id} value={stage.id}>
                {stage.number}. {stage.label}
              </option>
            ))}
          </select>
        </div>
        <div className="cvj-pdialog__pickers">
          <IconPicker value={fields.icon} color={fields.color} onChange={(icon) => set({ icon })} />
          <ColorPicker
            value={fields.color}
            onChange={(color) => {
              setColorPicked(true);
              set({ color });
            }}
          />
        </div>
        <div className="cvj-pfield">
          <label htmlFor={ids.description}>
            Description <span className="cvj-pfield__optional">(optional)</span>
          </label>
          <input
            id={ids.description}
            className="cvj-input cvj-pinput"
            value={fields.description}
            onChange={(e) => set({ description: e.target.value })}
            maxLength={2000}
            autoComplete="off"
          />
        </div>
        <div className="cvj-pdialog__actions">
          <button type="button" className="cvj-btn cvj-pbtn" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="cvj-btn cvj-pbtn cvj-pbtn--primary">
            {editing ? 'Save' : 'Create'}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
