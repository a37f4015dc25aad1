import type { ReactNode } from 'react';
import './fields.css';

interface FieldProps {
  id: string;
  label: string;
  /** Shown under the control; an error replaces it and is announced. */
  hint?: string | undefined;
  error?: string | undefined;
  children: ReactNode;
}

/** A labelled row of the inspector: label above, control, then a hint or an error below. */
export function Field({ id, label, hint, error, children }: FieldProps) {
  return (
    <div className={`cvj-field${error ? ' cvj-field--invalid' : ''}`}>
      <label className="cvj-field__label" htmlFor={id}>
        {label}
      </label>
      {children}
      {error ? (
        <p id={describedBy(id)} className="cvj-field__error" role="alert">
          {error}
        </p>
      ) : hint ? (
        <p id={describedBy(id)} className="cvj-field__hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** The id of a field's hint or error, for the control's aria-describedby. */
export function describedBy(id: string): string {
  return `${id}-note`;
}
