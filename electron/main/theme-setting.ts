import { dirname } from 'node:path';
import { isThemeChoice, type ThemeChoice } from '../../shared/theme/tokens';
import type { FsPort } from './files/fs-port';
import { readJson, writeJson } from './files/json-store';

/**
 * The theme the user picked (View > Theme), kept by main in userData/theme.json so the first
 * window of the next start opens in it (its background, the menu's check mark) before any page
 * has loaded. The pages keep their own copy in localStorage; each tells main when it changes.
 * A missing or damaged file means `system`.
 */
export class ThemeSetting {
  private saving: Promise<void> = Promise.resolve();

  constructor(
    private readonly options: {
      fs: FsPort;
      file: string;
      onWarning?: (message: string, error?: unknown) => void;
    },
  ) {}

  async load(): Promise<ThemeChoice> {
    const read = await readJson(this.options.fs, this.options.file);
    if (!read.ok) {
      if (read.reason === 'unreadable') this.options.onWarning?.('Theme setting unreadable', read.error);
      return 'system';
    }
    const value = read.value as { version?: unknown; theme?: unknown } | null;
    return value?.version === 1 && isThemeChoice(value.theme) ? value.theme : 'system';
  }

  /** Saves in order; a failure is only warned about (the pages still remember the choice). */
  save(choice: ThemeChoice): Promise<void> {
    const { fs, file, onWarning } = this.options;
    this.saving = this.saving.then(() =>
      writeJson(fs, dirname(file), file, { version: 1, theme: choice }).catch((error: unknown) => {
        onWarning?.('Could not save the theme setting', error);
      }),
    );
    return this.saving;
  }
}
