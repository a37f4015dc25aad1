import { isThemeChoice, type ThemeChoice } from '../../../shared/theme/tokens';

export { resolveTheme, type SystemAppearance } from '../../../shared/theme/tokens';

/**
 * Which theme the app shows: the one the user picked (View > Theme, or the "Theme" control in the
 * browser build), remembered in localStorage; until they pick one, `system` follows the OS: its
 * high-contrast setting gives the projector theme, its dark mode the dark theme.
 */

export const THEME_STORAGE_KEY = 'cvj.theme.v1';

export function readThemeChoice(storage: Pick<Storage, 'getItem'> | null): ThemeChoice {
  try {
    const value = storage?.getItem(THEME_STORAGE_KEY);
    return isThemeChoice(value) ? value : 'system';
  } catch {
    return 'system';
  }
}

/** Remembers the choice; false where the browser refuses storage (the choice lasts this page). */
export function writeThemeChoice(storage: Pick<Storage, 'setItem'> | null, choice: ThemeChoice): boolean {
  try {
    if (!storage) return false;
    storage.setItem(THEME_STORAGE_KEY, choice);
    return true;
  } catch {
    return false;
  }
}
