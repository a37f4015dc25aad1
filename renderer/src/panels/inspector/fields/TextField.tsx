import { useId, type Ref } from 'react';
import { describedBy, Field } from './Field';

interface TextFieldProps {
  label: string;
  /** The document's value: the input is controlled by the document, not by a copy of it. */
  value: string;
  onChange(text: string): void;
  maxLength: number;
  placeholder?: string | undefined;
  hint?: string | undefined;
  inputRef?: Ref<HTMLInputElement> | undefined;
  /** For links and addresses: no spellcheck squiggles, URL keyboard on touch screens. */
  url?: boolean;
  /** Larger type, for the field the room reads first (a card's title). */
  prominent?: boolean;
}

/**
 * A one-line text field. The edit reaches the document synchronously inside the change event,
 * so the controlled value always equals what the user typed and the caret never jumps.
 */
export function TextField(props: TextFieldProps) {
  const { label, value, onChange, maxLength, placeholder, hint, inputRef, url, prominent } = props;
  const id = useId();
  return (
    <Field id={id} label={label} hint={hint}>
      <input
        ref={inputRef}
        id={id}
        className={`cvj-input cvj-field__input${prominent ? ' cvj-field__input--prominent' : ''}`}
        type="text"
        value={value}
        maxLength={maxLength}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={url ? false : undefined}
        inputMode={url ? 'url' : undefined}
        aria-describedby={hint ? describedBy(id) : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </Field>
  );
}
