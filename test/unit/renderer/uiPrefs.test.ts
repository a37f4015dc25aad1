import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../renderer/src/store';
import { installUiPrefs } from '../../../renderer/src/store/uiPrefs';
import { createEmptyJourney } from '../../../shared/model/commands';
import { MemoryStorage } from './memoryStorage';

const journey = () => createEmptyJourney({ id: 'j', now: '2026-01-01T00:00:00.000Z' });

describe('interface choices kept across starts', () => {
  it('hiding the health badges holds at the next start', () => {
    const storage = new MemoryStorage();
    const first = createAppStore(journey());
    installUiPrefs(first, storage);
    expect(first.getState().healthBadges).toBe(true);
    first.getState().setHealthBadges(false);

    const next = createAppStore(journey());
    installUiPrefs(next, storage);
    expect(next.getState().healthBadges).toBe(false);
    next.getState().setHealthBadges(true);
    const third = createAppStore(journey());
    installUiPrefs(third, storage);
    expect(third.getState().healthBadges).toBe(true);
  });

  it('keeps the defaults when storage is refused, full or holds something else', () => {
    const storage = new MemoryStorage();
    storage.setItem('cvj.ui.v1', '{"healthBadges":"no"');
    const store = createAppStore(journey());
    installUiPrefs(store, storage);
    expect(store.getState().healthBadges).toBe(true);
    storage.quota = 0;
    expect(() => store.getState().setHealthBadges(false)).not.toThrow();
    const none = createAppStore(journey());
    installUiPrefs(none, null);
    expect(none.getState().healthBadges).toBe(true);
  });
});
