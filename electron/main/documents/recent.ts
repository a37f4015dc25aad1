import type { RecentEntry } from '../../../shared/ipc/contract';
import type { RecentList } from '../files/recent-list';
import type { ShellPort } from './ports';

/**
 * The recent list as the windows see it: every file opened or saved joins it (and the OS's own
 * recent documents), the Open Recent menu is rebuilt when it changes, and a file that vanished
 * leaves it.
 */
export class RecentDocuments {
  constructor(
    private readonly store: RecentList,
    private readonly shell: ShellPort,
  ) {}

  list(): Promise<RecentEntry[]> {
    return this.store.list();
  }

  async clear(): Promise<void> {
    await this.store.clear();
    this.shell.clearRecentDocuments();
    this.shell.recentChanged();
  }

  /** Labels for the Open Recent menu: the name, and its folder where two names are alike. */
  async menuItems(): Promise<{ id: string; label: string }[]> {
    const entries = await this.store.list();
    const counts = new Map<string, number>();
    for (const entry of entries) counts.set(entry.name, (counts.get(entry.name) ?? 0) + 1);
    return entries.map((entry) => ({
      id: entry.id,
      label: (counts.get(entry.name) ?? 0) > 1 ? `${entry.name} — ${entry.folder}` : entry.name,
    }));
  }

  /** The path behind a recent entry's id, or null when the list no longer has it. */
  resolve(recentId: string): Promise<string | null> {
    return this.store.resolve(recentId);
  }

  /** A file was opened or saved: it goes to the top (in the background; failures are logged). */
  remember(path: string): void {
    this.shell.addRecentDocument(path);
    this.store.add(path).then(
      () => this.shell.recentChanged(),
      (error: unknown) => this.shell.warn('Could not update the recent list', error),
    );
  }

  /** The file is gone: it leaves the list. */
  async forget(path: string): Promise<void> {
    await this.store.remove(path);
    this.shell.recentChanged();
  }
}
