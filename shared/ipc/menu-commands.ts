import { THEME_CHOICES, type ThemeChoice } from '../theme/tokens';

/**
 * Commands of the native menu (and of the shortcuts main owns). In the desktop app main handles
 * `file:new`, `file:open` and `file:close` itself (new window, native Open dialog, closing the
 * window through the unsaved-changes prompt) and never sends them; it forwards every other
 * command to the focused window's renderer as a `menu:command` event. The renderer answers
 * `file:save`, `file:save-as` and `file:revert` by calling `documents.save` / `saveAs` /
 * `revert` (see DocumentsApi in desktop-api.ts).
 */
export const MENU_COMMANDS = [
  'file:new',
  'file:new-from-template',
  'file:open',
  'file:save',
  'file:save-as',
  'file:save-as-template',
  'file:revert',
  'file:close',
  'file:export',
  'edit:undo',
  'edit:redo',
  'edit:select-all',
  'edit:duplicate',
  'edit:quick-add',
  'edit:delete',
  'view:zoom-in',
  'view:zoom-out',
  'view:fit',
  'view:reset-zoom',
  'view:present',
  'view:health',
  'view:forecast',
  'view:theme-system',
  'view:theme-light',
  'view:theme-dark',
  'view:theme-projector',
  'journey:new',
  'journey:new-from-template',
  'journey:duplicate',
  'journey:rename',
  'journey:persona',
  'journey:compare',
  'journey:delete',
  'journey:next',
  'journey:previous',
  'journey:move-left',
  'journey:move-right',
  'help:shortcuts',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The theme a View > Theme command picks, or null for any other command. */
export function themeOfCommand(command: MenuCommand): ThemeChoice | null {
  const choice = command.startsWith('view:theme-') ? command.slice('view:theme-'.length) : null;
  return THEME_CHOICES.includes(choice as ThemeChoice) ? (choice as ThemeChoice) : null;
}
