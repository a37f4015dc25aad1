import { SunMoon as ThemeIcon } from 'lucide';
import { THEME_CHOICES, THEME_LABELS, type ThemeChoice } from '../../../shared/theme/tokens';
import { SvgIcon } from '../canvas/Icon';
import { setThemeChoice, useThemeChoice } from './themeStore';

/**
 * The browser build's "Theme" control (the desktop app has View > Theme): follow the OS, or
 * light, dark or projector. The choice is remembered for the next visit.
 */
export function ThemePicker() {
  const choice = useThemeChoice();
  return (
    <label className="cvj-theme-picker" title="Theme">
      <SvgIcon node={ThemeIcon} size={18} />
      <select
        aria-label="Theme"
        value={choice}
        onChange={(e) => setThemeChoice(e.target.value as ThemeChoice)}
      >
        {THEME_CHOICES.map((option) => (
          <option key={option} value={option}>
            {option === 'system' ? 'System' : THEME_LABELS[option]}
          </option>
        ))}
      </select>
    </label>
  );
}
