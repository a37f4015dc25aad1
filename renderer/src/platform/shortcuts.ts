import type { MenuCommand } from '../../../shared/ipc/contract';

/**
 * Keyboard shortcuts for the commands the native menu owns on the desktop. In a browser there
 * is no native menu, so the fallback platform turns these key presses into the same commands.
 */
export function shortcutCommand(e: KeyboardEvent, isMac: boolean): MenuCommand | null {
  const mod = isMac ? e.metaKey : e.ctrlKey;
  if (!mod || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'edit:redo' : 'edit:undo';
  if (key === 'y' && !isMac) return 'edit:redo';
  if (key === '=' || key === '+') return 'view:zoom-in';
  if (key === '-' || key === '_') return 'view:zoom-out';
  if (key === '0') return 'view:reset-zoom';
  if ((key === '1' || key === '!') && e.shiftKey) return 'view:fit';
  if (key === 'n' && e.shiftKey) return 'file:new';
  return null;
}

/** Text fields keep their own undo, copy and select-all. */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
