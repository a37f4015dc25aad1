import { useId } from 'react';
import type { TacticStatus } from '../../../../../shared/model/types';
import { STATUS_OPTIONS, toStatus, type SharedValue } from '../inspectorModel';
import { Field } from './Field';

const MIXED = 'mixed';

interface StatusFieldProps {
  value: SharedValue<TacticStatus>;
  onChange(status: TacticStatus | undefined): void;
}

/** Status as a native select: big, keyboard-friendly, and no custom popup to get wrong. */
export function StatusField({ value, onChange }: StatusFieldProps) {
  const id = useId();
  return (
    <Field id={id} label="Status">
      <select
        id={id}
        className="cvj-input cvj-field__input cvj-field__select"
        value={value.mixed ? MIXED : (value.value ?? '')}
        onChange={(e) => onChange(toStatus(e.target.value))}
      >
        {value.mixed ? (
          <option value={MIXED} disabled>
            Mixed
          </option>
        ) : null}
        {STATUS_OPTIONS.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
