import type { AppStore } from './index';

const KEY = 'cvj.ui.v1';

/** Interface choices kept from one start to the next (this browser / this app's data). */
interface UiPrefs {
  /** The health score badges in the lane headers (Health panel: "Scores on lane headers"). */
  healthBadges: boolean;
}

/**
 * Applies the remembered choices to a new store and remembers them as they change. Storage that
 * is refused or holds something else leaves the defaults: a preference is never worth an error.
 */
export function installUiPrefs(store: AppStore, storage: Pick<Storage, 'getItem' | 'setItem'> | null): () => void {
  const saved = read(storage);
  if (saved.healthBadges !== undefined) store.getState().setHealthBadges(saved.healthBadges);
  return store.subscribe((state, previous) => {
    if (state.healthBadges === previous.healthBadges) return;
    try {
      storage?.setItem(KEY, JSON.stringify({ ...read(storage), healthBadges: state.healthBadges }));
    } catch {
      // Full or refused storage: the choice holds for this session only.
    }
  });
}

function read(storage: Pick<Storage, 'getItem'> | null): Partial<UiPrefs> {
  try {
    const value = JSON.parse(storage?.getItem(KEY) ?? '{}') as unknown;
    if (typeof value !== 'object' || value === null) return {};
    const prefs = value as Record<string, unknown>;
    return typeof prefs.healthBadges === 'boolean' ? { healthBadges: prefs.healthBadges } : {};
  } catch {
    return {};
  }
}
