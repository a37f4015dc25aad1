import type { RecentEntry } from '../../../shared/ipc/contract';

const MAX_RECENT = 10;

/**
 * The browser's recent list: files saved through the File System Access API during this page's
 * life, with their handles (the only way to reopen a file in a browser). A file from the file
 * input has no handle, so it cannot be listed.
 */
export class BrowserRecentFiles {
  private readonly items: { entry: RecentEntry; handle: FileSystemFileHandle }[] = [];

  remember(handle: FileSystemFileHandle): void {
    const existing = this.items.findIndex((r) => r.entry.name === handle.name);
    const id =
      existing >= 0 ? this.items[existing]!.entry.id : crypto.randomUUID().replaceAll('-', '');
    if (existing >= 0) this.items.splice(existing, 1);
    this.items.unshift({
      entry: { id, name: handle.name, folder: '', openedAt: new Date().toISOString() },
      handle,
    });
    this.items.length = Math.min(this.items.length, MAX_RECENT);
  }

  find(id: string): { entry: RecentEntry; handle: FileSystemFileHandle } | undefined {
    return this.items.find((r) => r.entry.id === id);
  }

  list(): RecentEntry[] {
    return this.items.map((r) => r.entry);
  }

  clear(): void {
    this.items.length = 0;
  }
}
