import type { ReactNode } from 'react';

/** The props of one radio button of a group whose value is `current`. */
interface RadioProps {
  name: string;
  value: string;
  checked: boolean;
  onChange(): void;
}

/**
 * One radio group of the dialog: `choice(value)` gives the props of the button for `value`,
 * checked when it is the current one, picking it when chosen.
 */
export function radioGroup<T extends string | number>(
  name: string,
  current: T,
  pick: (value: T) => void,
): (value: T) => RadioProps {
  return (value) => ({
    name,
    value: String(value),
    checked: value === current,
    onChange: () => pick(value),
  });
}

export function Radio(props: RadioProps & { children: ReactNode; disabled?: boolean }) {
  return (
    <label className="cvj-export__choice">
      <input
        type="radio"
        name={props.name}
        value={props.value}
        checked={props.checked}
        disabled={props.disabled}
        onChange={props.onChange}
      />
      <span>{props.children}</span>
    </label>
  );
}

export function Check(props: {
  checked: boolean;
  onChange(value: boolean): void;
  children: ReactNode;
}) {
  return (
    <label className="cvj-export__choice">
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <span>{props.children}</span>
    </label>
  );
}
