import { useId, type KeyboardEvent, type RefObject } from 'react';
import { SvgIcon } from '../../canvas/Icon';
import { ClearIcon, SearchIcon } from './icons';
import './palette-search.css';

interface PaletteSearchProps {
  inputRef: RefObject<HTMLInputElement | null>;
  value: string;
  onChange(value: string): void;
  /** Enter: add the best hit. Returns whether something was added. */
  onEnter(): boolean;
  /** ArrowDown: move into the results. */
  onLeave(): void;
}

export function PaletteSearch({
  inputRef: input,
  value,
  onChange,
  onEnter,
  onLeave,
}: PaletteSearchProps) {
  const id = useId();

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'Enter') {
      e.preventDefault();
      // Selected, so the next word typed replaces it while Enter again adds another one.
      if (onEnter()) input.current?.select();
    } else if (e.key === 'Escape' && value) {
      e.preventDefault();
      onChange('');
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      onLeave();
    }
  };

  return (
    <div className="cvj-psearch" role="search">
      <label htmlFor={id} className="cvj-visually-hidden">
        Search tactics
      </label>
      <SvgIcon node={SearchIcon} size={18} className="cvj-psearch__icon" />
      <input
        ref={input}
        id={id}
        type="search"
        className="cvj-input cvj-psearch__input"
        placeholder="Search tactics"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
        autoComplete="off"
        spellCheck={false}
      />
      {value ? (
        <button
          type="button"
          className="cvj-psearch__clear"
          aria-label="Clear search"
          title="Clear search (Esc)"
          onClick={() => {
            onChange('');
            input.current?.focus();
          }}
        >
          <SvgIcon node={ClearIcon} size={16} />
        </button>
      ) : null}
    </div>
  );
}
