import { useSyncExternalStore } from 'react';

/**
 * Whether the export dialog is open. Kept here rather than in the app store: it is not part of
 * the document, the history or the session, and only the toolbar, the menu command and the
 * dialog itself touch it.
 */
let open = false;
const listeners = new Set<() => void>();

function set(next: boolean): void {
  if (open === next) return;
  open = next;
  for (const listener of listeners) listener();
}

export const openExportDialog = (): void => set(true);
export const closeExportDialog = (): void => set(false);

export function useExportDialogOpen(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => open,
  );
}
