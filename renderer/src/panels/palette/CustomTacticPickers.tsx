import { useId } from 'react';
import { GENERIC_ICONS } from '../../../../shared/model/icons';
import { Icon } from '../../canvas/Icon';
import { COLOR_PRESETS, iconLabel, sixDigitHex } from './customTactics';

interface PickerProps {
  value: string;
  onChange(value: string): void;
  /** The colour the icon choices are drawn in. */
  color?: string;
}

/** A radio group over the generic icons: arrow keys move between them, as in any radio group. */
export function IconPicker({ value, onChange, color = 'currentColor' }: PickerProps) {
  const name = useId();
  // An icon from a file that the picker does not offer stays choosable, so Save keeps it.
  const icons = GENERIC_ICONS.includes(value as (typeof GENERIC_ICONS)[number])
    ? GENERIC_ICONS
    : [value, ...GENERIC_ICONS];
  return (
    <fieldset className="cvj-pdialog__fieldset">
      <legend>Icon</legend>
      <div className="cvj-pchoices cvj-pchoices--icons">
        {icons.map((icon) => (
          <label key={icon} className="cvj-pchoice" title={iconLabel(icon)}>
            <input
              type="radio"
              className="cvj-pchoice__input"
              name={name}
              value={icon}
              checked={icon === value}
              onChange={() => onChange(icon)}
              aria-label={iconLabel(icon)}
            />
            <Icon name={icon} size={22} color={color} />
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Preset swatches (a radio group) plus the system colour picker for anything else. */
export function ColorPicker({ value, onChange }: PickerProps) {
  const name = useId();
  const current = sixDigitHex(value);
  const isPreset = COLOR_PRESETS.some((preset) => preset.color === current);
  return (
    <fieldset className="cvj-pdialog__fieldset">
      <legend>Colour</legend>
      <div className="cvj-pchoices">
        {COLOR_PRESETS.map((preset) => (
          <label key={preset.color} className="cvj-pchoice" title={preset.name}>
            <input
              type="radio"
              className="cvj-pchoice__input"
              name={name}
              value={preset.color}
              checked={preset.color === current}
              onChange={() => onChange(preset.color)}
              aria-label={preset.name}
            />
            <span className="cvj-pchoice__swatch" style={{ background: preset.color }} />
          </label>
        ))}
        <label
          className={`cvj-pchoice${isPreset ? '' : ' cvj-pchoice--checked'}`}
          title="Other colour"
        >
          <span
            className={`cvj-pchoice__swatch${isPreset ? ' cvj-pchoice__swatch--any' : ''}`}
            style={isPreset ? undefined : { background: current }}
          />
          <input
            type="color"
            className="cvj-pchoice__color"
            value={current}
            onChange={(e) => onChange(e.target.value)}
            aria-label="Other colour"
          />
        </label>
      </div>
    </fieldset>
  );
}
