import { useId, useState } from 'react';
import { formatNumber, parseNumberInput, type NumberRule } from '../inspectorModel';
import { describedBy, Field } from './Field';

interface NumberFieldProps {
  label: string;
  value: number | undefined;
  rule: NumberRule;
  /** Called with a valid number, or `undefined` when the field was emptied. */
  onChange(value: number | undefined): void;
  placeholder?: string | undefined;
  hint?: string | undefined;
}

/**
 * A number typed as text, so half-typed input ("12.", "25%") and mistakes stay visible with a
 * message instead of being silently dropped the way <input type="number"> does. While focused
 * the field shows what was typed; valid text is applied as it is typed, invalid text never.
 */
export function NumberField({ label, value, rule, onChange, placeholder, hint }: NumberFieldProps) {
  const id = useId();
  // null: not editing, show the document's value.
  const [draft, setDraft] = useState<string | null>(null);
  const parsed = draft === null ? null : parseNumberInput(draft, rule);
  const error = parsed && !parsed.ok ? parsed.message : undefined;

  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        className="cvj-input cvj-field__input cvj-field__number"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={draft ?? formatNumber(value)}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={error || hint ? describedBy(id) : undefined}
        onChange={(e) => {
          setDraft(e.target.value);
          const next = parseNumberInput(e.target.value, rule);
          if (next.ok) onChange(next.value);
        }}
        // Leaving shows the stored value again: an invalid entry was never applied.
        onBlur={() => setDraft(null)}
      />
    </Field>
  );
}
