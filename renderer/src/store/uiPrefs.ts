import type { AppStore } from './index';

const KEY = 'cvj.ui.v1';

/** Interface choices kept from one start to the next (this browser / this app's data). */
interface UiPrefs {
  /** The health score badges in the lane headers (Health panel: "Scores on lane headers"). */
  healthBadges: boolean;
  /** The forecast's flow widths on the connections (Forecast panel). */
  flowWidths: boolean;
}
const KEYS = ['healthBadges', 'flowWidths'] as const;

/**
 * Applies the remembered choices to a new store and remembers them as they change. Storage that
 * is refused or holds something else leaves the defaults: a preference is never worth an error.
 */
export function installUiPrefs(store: AppStore, storage: Pick<Storage, 'getItem' | 'setItem'> | null): () => void {
  const saved = read(storage);
  if (saved.healthBadges !== undefined) store.getState().setHealthBadges(saved.healthBadges);
  if (saved.flowWidths !== undefined) store.getState().setFlowWidths(saved.flowWidths);
  return store.subscribe((state, previous) => {
    if (KEYS.every((key) => state[key] === previous[key])) return;
    try {
      const prefs = Object.fromEntries(KEYS.map((key) => [key, state[key]]));
      storage?.setItem(KEY, JSON.stringify({ ...read(storage), ...prefs }));
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
    return Object.fromEntries(KEYS.filter((key) => typeof prefs[key] === 'boolean').map((key) => [key, prefs[key]]));
  } catch {
    return {};
  }
}
