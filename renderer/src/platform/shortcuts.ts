import type { MenuCommand } from '../../../shared/ipc/contract';

/**
 * Keyboard shortcuts for the commands the native menu owns on the desktop (electron/main/menu.ts).
 * In a browser there is no native menu, so the fallback platform turns the same key presses into
 * the same commands — except those the browser keeps for itself (Ctrl+N, Ctrl+W, Ctrl+1…9).
 * Chromium lets a page take Ctrl+S, Ctrl+Shift+S and Ctrl+O (preventDefault).
 */
export function shortcutCommand(e: KeyboardEvent, isMac: boolean): MenuCommand | null {
  const mod = isMac ? e.metaKey : e.ctrlKey;
  // Present: F5 as in PowerPoint (Chromium lets a page take it from reload), Cmd+Enter on a Mac.
  if (e.key === 'F5' && !e.ctrlKey && !e.metaKey && !e.altKey && !e.shiftKey) return 'view:present';
  if (isMac && e.metaKey && e.key === 'Enter' && !e.altKey && !e.shiftKey) return 'view:present';
  // Journeys (the tabs): Ctrl+PageDown / Ctrl+PageUp, Cmd+Option+→ / ← on a Mac, as browsers
  // and spreadsheets switch tabs; with Shift the open tab moves instead.
  const journeyStep = isMac
    ? e.metaKey && e.altKey && !e.ctrlKey && ({ ArrowRight: 1, ArrowLeft: -1 } as Record<string, number>)[e.key]
    : e.ctrlKey && !e.altKey && !e.metaKey && ({ PageDown: 1, PageUp: -1 } as Record<string, number>)[e.key];
  if (journeyStep) {
    if (e.shiftKey) return journeyStep > 0 ? 'journey:move-right' : 'journey:move-left';
    return journeyStep > 0 ? 'journey:next' : 'journey:previous';
  }
  if (!mod || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 's') return e.shiftKey ? 'file:save-as' : 'file:save';
  if (key === 'o' && !e.shiftKey) return 'file:open';
  if (key === 'e' && e.shiftKey) return 'file:export';
  if (key === 'z') return e.shiftKey ? 'edit:redo' : 'edit:undo';
  if (key === 'y' && !isMac) return 'edit:redo';
  if (key === '=' || key === '+') return 'view:zoom-in';
  if (key === '-' || key === '_') return 'view:zoom-out';
  if (key === '0') return 'view:reset-zoom';
  if (key === 'a' && !e.shiftKey) return 'edit:select-all';
  if (key === 'd' && !e.shiftKey) return 'edit:duplicate';
  if (key === '/') return 'help:shortcuts';
  return null;
}

/**
 * A field the user types text into: it keeps its own undo and redo (a list, a checkbox or a
 * button has none, so Ctrl+Z there undoes the journey's last change).
 */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA') return true;
  return (
    target instanceof HTMLInputElement &&
    !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(
      target.type,
    )
  );
}

/** Text fields keep their own undo, copy and select-all. */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Whether the keyboard is a Mac's (Cmd for Ctrl), for the shortcuts shown in buttons' titles. */
export function isMacKeyboard(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
}
