import { useId } from 'react';
import { Field } from './Field';

interface NotesFieldProps {
  value: string;
  onChange(text: string): void;
  maxLength: number;
}

/** Multi-line notes; the box grows with its text (CSS field-sizing) up to a cap, then scrolls. */
export function NotesField({ value, onChange, maxLength }: NotesFieldProps) {
  const id = useId();
  return (
    <Field id={id} label="Notes">
      <textarea
        id={id}
        className="cvj-input cvj-field__input cvj-field__notes"
        value={value}
        maxLength={maxLength}
        rows={3}
        onChange={(e) => onChange(e.target.value)}
      />
    </Field>
  );
}
