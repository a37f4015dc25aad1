import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import {
  getTheme,
  themeProperties,
  type Theme,
  type ThemeChoice,
} from '../../../shared/theme/tokens';
import {
  readThemeChoice,
  resolveTheme,
  THEME_STORAGE_KEY,
  writeThemeChoice,
  type SystemAppearance,
} from './themeChoice';
import { safeLocalStorage as storage } from '../platform/storage';

/**
 * The page's theme: the user's choice, the OS appearance it may follow, and the resolved tokens.
 * View state of the app, never in a journey file and never an undo step. `installTheme` puts the
 * tokens on the page (custom properties on <html>, set through the CSSOM: the CSP allows no
 * inline <style>; and `data-theme`) and keeps them in step with the OS, with other windows of
 * the app, and with main's View > Theme menu.
 */
export interface ThemeState {
  choice: ThemeChoice;
  system: SystemAppearance;
  theme: Theme;
}

const DARK = '(prefers-color-scheme: dark)';
const MORE_CONTRAST = '(prefers-contrast: more)';


function systemAppearance(): SystemAppearance {
  const media = (query: string) =>
    typeof window.matchMedia === 'function' && window.matchMedia(query).matches;
  return { dark: media(DARK), moreContrast: media(MORE_CONTRAST) };
}

function stateOf(choice: ThemeChoice, system: SystemAppearance): ThemeState {
  return { choice, system, theme: getTheme(resolveTheme(choice, system)) };
}

export const themeStore = createStore<ThemeState>(() => stateOf('system', { dark: false, moreContrast: false }));

/** The resolved theme (its tokens), for drawing code and components. */
export function useTheme(): Theme {
  return useStore(themeStore, (s) => s.theme);
}

export function useThemeChoice(): ThemeChoice {
  return useStore(themeStore, (s) => s.choice);
}

/** The user picks a theme (or `system`); remembered for the next start and for other windows. */
export function setThemeChoice(choice: ThemeChoice): void {
  writeThemeChoice(storage(), choice);
  const { system } = themeStore.getState();
  themeStore.setState(stateOf(choice, system));
}

/**
 * Applies the tokens to the page and follows every change. `tellHost` lets the desktop's main
 * process check the matching View > Theme item (and match native dialogs to the theme).
 */
export function installTheme(tellHost: (choice: ThemeChoice) => Promise<void> | void): void {
  const apply = ({ theme }: ThemeState) => {
    const root = document.documentElement;
    for (const [name, value] of themeProperties(theme)) root.style.setProperty(name, value);
    root.style.setProperty('color-scheme', theme.scheme);
    root.dataset.theme = theme.name;
  };
  themeStore.setState(stateOf(readThemeChoice(storage()), systemAppearance()));
  apply(themeStore.getState());
  tellHost(themeStore.getState().choice);
  const followSystem = () => {
    const { choice } = themeStore.getState();
    themeStore.setState(stateOf(choice, systemAppearance()));
  };
  themeStore.subscribe((state, previous) => {
    if (state.theme !== previous.theme) apply(state);
    // The desktop's main process forces the page's prefers-color-scheme to an explicit pick;
    // once it has heard the new choice, the OS's own setting is read again.
    if (state.choice !== previous.choice) void Promise.resolve(tellHost(state.choice)).finally(followSystem);
  });
  if (typeof window.matchMedia === 'function') {
    for (const query of [DARK, MORE_CONTRAST]) {
      window.matchMedia(query).addEventListener('change', followSystem);
    }
  }
  // Another window of the app (or tab of the web build) picked a theme.
  window.addEventListener('storage', (event) => {
    if (event.key !== THEME_STORAGE_KEY) return;
    const { system } = themeStore.getState();
    themeStore.setState(stateOf(readThemeChoice(storage()), system));
  });
}
