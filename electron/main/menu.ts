import type { BaseWindow, MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/contract';
import { THEME_CHOICES, THEME_LABELS, type ThemeChoice } from '../../shared/theme/tokens';

/**
 * The application menu as data. Custom items carry a MenuCommand that main forwards to the
 * renderer (`menu:command`); only OS-level actions use Electron roles.
 *
 * Undo, Redo, Select All and Delete are commands, not the native `undo`/`redo`/`selectAll`/
 * `delete` roles: the app keeps its own document history and selection, which the native roles
 * know nothing about. Text fields still get native behaviour because the renderer routes these
 * commands: when an editable element (input, textarea, contenteditable) has focus it runs
 * `document.execCommand('undo' | 'redo' | 'selectAll')` there (as VS Code does), otherwise the
 * app command. Cut, Copy and Paste stay native roles: they work in text fields as is and fire the
 * DOM copy/cut/paste events the canvas can listen to.
 *
 * Delete never registers a key: a registered Backspace/Delete accelerator would be taken from
 * every text field. The renderer handles those keys itself when the canvas has focus. Windows and
 * Linux display "Delete" (`registerAccelerator: false`); macOS ignores that flag, so there the
 * item has no accelerator at all.
 */

export type MenuPlatform = 'darwin' | 'win32' | 'linux';
export type MenuRole = NonNullable<MenuItemConstructorOptions['role']>;

/** Items main handles itself, with data the renderer never sees (recent files). */
export type MenuAction = { type: 'open-recent'; id: string } | { type: 'clear-recent' };

export type MenuItemSpec =
  | { kind: 'action'; label: string; action: MenuAction; enabled?: boolean }
  | {
      kind: 'command';
      label: string;
      command: MenuCommand;
      accelerator?: string;
      /** false: the accelerator is only displayed (see the note on Delete above). */
      registerAccelerator?: boolean;
      /** Hidden aliases give a second shortcut to the same command (e.g. Ctrl+Shift+Z). */
      visible?: boolean;
      /** A radio item of its group (View > Theme), checked or not. */
      checked?: boolean;
    }
  | { kind: 'role'; role: MenuRole; label?: string; accelerator?: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; label: string; role?: MenuRole; items: MenuItemSpec[] };

export interface RecentMenuItem {
  /** Opaque id from the recent list. */
  id: string;
  label: string;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  /** Adds Reload and Developer Tools to View. */
  isDev: boolean;
  /** File > Open Recent, newest first. */
  recent?: readonly RecentMenuItem[];
  /** The theme the windows show: View > Theme checks it. Default `system`. */
  theme?: ThemeChoice;
}

const separator: MenuItemSpec = { kind: 'separator' };

function command(
  label: string,
  cmd: MenuCommand,
  accelerator?: string,
  extra: { registerAccelerator?: boolean; visible?: boolean } = {},
): MenuItemSpec {
  return {
    kind: 'command',
    label,
    command: cmd,
    ...(accelerator ? { accelerator } : {}),
    ...extra,
  };
}

function role(r: MenuRole, accelerator?: string, label?: string): MenuItemSpec {
  return {
    kind: 'role',
    role: r,
    ...(accelerator ? { accelerator } : {}),
    ...(label ? { label } : {}),
  };
}

/** Windows and Linux show `&` mnemonics (Alt+F); macOS has none. */
function title(name: string, mac: boolean): string {
  return mac ? name : `&${name}`;
}

export function menuPlatform(platform: NodeJS.Platform): MenuPlatform {
  return platform === 'darwin' || platform === 'win32' ? platform : 'linux';
}

export function buildMenuTemplate(options: MenuOptions): MenuItemSpec[] {
  const platform = menuPlatform(options.platform);
  const mac = platform === 'darwin';

  // Redo: macOS uses Cmd+Shift+Z; Windows shows Ctrl+Y; Linux (GNOME/KDE) shows Ctrl+Shift+Z.
  // Off macOS the other chord is a hidden alias so both habits work.
  const redo: MenuItemSpec[] = mac
    ? [command('Redo', 'edit:redo', 'Cmd+Shift+Z')]
    : platform === 'win32'
      ? [
          command('Redo', 'edit:redo', 'Ctrl+Y'),
          command('Redo', 'edit:redo', 'Ctrl+Shift+Z', { visible: false }),
        ]
      : [
          command('Redo', 'edit:redo', 'Ctrl+Shift+Z'),
          command('Redo', 'edit:redo', 'Ctrl+Y', { visible: false }),
        ];

  const appMenu: MenuItemSpec = {
    kind: 'submenu',
    label: options.appName,
    items: [
      role('about', undefined, `About ${options.appName}`),
      separator,
      role('services'),
      separator,
      role('hide', 'Cmd+H'),
      role('hideOthers', 'Cmd+Alt+H'),
      role('unhide'),
      separator,
      role('quit', 'Cmd+Q'),
    ],
  };

  const fileMenu: MenuItemSpec = {
    kind: 'submenu',
    label: title('File', mac),
    items: [
      command('New', 'file:new', 'CmdOrCtrl+N'),
      command('New from Template…', 'file:new-from-template', 'CmdOrCtrl+Shift+N'),
      command('Open…', 'file:open', 'CmdOrCtrl+O'),
      openRecentMenu(options.recent ?? [], mac),
      separator,
      command('Save', 'file:save', 'CmdOrCtrl+S'),
      command('Save As…', 'file:save-as', 'CmdOrCtrl+Shift+S'),
      command('Save as Template…', 'file:save-as-template'),
      command('Revert to Saved', 'file:revert'),
      separator,
      command('Export…', 'file:export', 'CmdOrCtrl+Shift+E'),
      separator,
      command('Close', 'file:close', 'CmdOrCtrl+W'),
      // Quitting lives in the app menu on macOS. Windows says "Exit"; GNOME/KDE say "Quit".
      ...(mac
        ? []
        : [
            separator,
            platform === 'win32'
              ? role('quit', undefined, 'E&xit')
              : role('quit', 'Ctrl+Q', '&Quit'),
          ]),
    ],
  };

  const editMenu: MenuItemSpec = {
    kind: 'submenu',
    label: title('Edit', mac),
    items: [
      command('Undo', 'edit:undo', 'CmdOrCtrl+Z'),
      ...redo,
      separator,
      role('cut', 'CmdOrCtrl+X'),
      role('copy', 'CmdOrCtrl+C'),
      role('paste', 'CmdOrCtrl+V'),
      mac
        ? command('Delete', 'edit:delete')
        : command('Delete', 'edit:delete', 'Delete', { registerAccelerator: false }),
      command('Duplicate', 'edit:duplicate', 'CmdOrCtrl+D'),
      separator,
      command('Select All', 'edit:select-all', 'CmdOrCtrl+A'),
      separator,
      // A plain letter cannot be a registered accelerator (it would be taken from text fields).
      command('Add Tactic…', 'edit:quick-add', 'N', { registerAccelerator: false }),
    ],
  };

  const viewMenu: MenuItemSpec = {
    kind: 'submenu',
    label: title('View', mac),
    items: [
      // Canvas zoom, not Chromium page zoom (the `zoomIn` role would scale the whole UI).
      command('Zoom In', 'view:zoom-in', 'CmdOrCtrl+='),
      command('Zoom In', 'view:zoom-in', 'CmdOrCtrl+Plus', { visible: false }),
      command('Zoom Out', 'view:zoom-out', 'CmdOrCtrl+-'),
      command('Fit to Screen', 'view:fit', 'CmdOrCtrl+1'),
      command('Actual Size', 'view:reset-zoom', 'CmdOrCtrl+0'),
      separator,
      // Keynote's shortcut on macOS, PowerPoint's elsewhere.
      command('Present', 'view:present', mac ? 'Cmd+Enter' : 'F5'),
      command('Health', 'view:health'),
      command('Forecast', 'view:forecast'),
      themeMenu(options.theme ?? 'system'),
      separator,
      role('togglefullscreen', mac ? 'Ctrl+Cmd+F' : 'F11', 'Toggle Full Screen'),
      ...(options.isDev
        ? [
            separator,
            role('reload', 'CmdOrCtrl+R'),
            role('toggleDevTools', mac ? 'Alt+Cmd+I' : 'Ctrl+Shift+I'),
          ]
        : []),
    ],
  };

  const journeyMenu: MenuItemSpec = {
    kind: 'submenu',
    label: title('Journey', mac),
    items: [
      command('New Journey', 'journey:new'),
      command('New Journey from Template…', 'journey:new-from-template'),
      command('Duplicate Journey', 'journey:duplicate'),
      command('Rename Journey', 'journey:rename'),
      command('Persona…', 'journey:persona'),
      command('Compare Journeys…', 'journey:compare'),
      command('Delete Journey', 'journey:delete'),
      separator,
      // Browsers' and spreadsheets' tab keys.
      command('Next Journey', 'journey:next', mac ? 'Cmd+Alt+Right' : 'Ctrl+PageDown'),
      command('Previous Journey', 'journey:previous', mac ? 'Cmd+Alt+Left' : 'Ctrl+PageUp'),
      command('Move Journey Left', 'journey:move-left', mac ? 'Cmd+Alt+Shift+Left' : 'Ctrl+Shift+PageUp'),
      command('Move Journey Right', 'journey:move-right', mac ? 'Cmd+Alt+Shift+Right' : 'Ctrl+Shift+PageDown'),
    ],
  };

  const windowMenu: MenuItemSpec = {
    kind: 'submenu',
    label: 'Window',
    role: 'windowMenu',
    items: [],
  };

  const helpMenu: MenuItemSpec = {
    kind: 'submenu',
    label: title('Help', mac),
    role: 'help',
    items: [
      command('Keyboard Shortcuts', 'help:shortcuts', 'CmdOrCtrl+/'),
      // On macOS About sits in the app menu.
      ...(mac ? [] : [separator, role('about', undefined, `&About ${options.appName}`)]),
    ],
  };

  return mac
    ? [appMenu, fileMenu, editMenu, viewMenu, journeyMenu, windowMenu, helpMenu]
    : [fileMenu, editMenu, viewMenu, journeyMenu, helpMenu];
}

/** View > Theme: follow the OS, or one of the themes (radio items). */
function themeMenu(current: ThemeChoice): MenuItemSpec {
  return {
    kind: 'submenu',
    label: 'Theme',
    items: THEME_CHOICES.map((choice) => ({
      kind: 'command',
      label: choice === 'system' ? 'Follow System' : THEME_LABELS[choice],
      command: `view:theme-${choice}`,
      checked: choice === current,
    })),
  };
}

/**
 * File > Open Recent. Labels are file names, which may contain "&": doubled off macOS so
 * Windows and Linux show it instead of taking it as a mnemonic.
 */
function openRecentMenu(recent: readonly RecentMenuItem[], mac: boolean): MenuItemSpec {
  const items: MenuItemSpec[] =
    recent.length === 0
      ? [
          {
            kind: 'action',
            label: 'No Recent Journeys',
            action: { type: 'clear-recent' },
            enabled: false,
          },
        ]
      : recent.map((entry) => ({
          kind: 'action',
          label: mac ? entry.label : entry.label.replaceAll('&', '&&'),
          action: { type: 'open-recent', id: entry.id },
        }));
  return {
    kind: 'submenu',
    label: mac ? 'Open Recent' : 'Open &Recent',
    items: [
      ...items,
      separator,
      {
        kind: 'action',
        label: 'Clear Recent',
        action: { type: 'clear-recent' },
        enabled: recent.length > 0,
      },
    ],
  };
}

/** Every command item, depth first, including hidden aliases. */
export function menuCommandItems(
  items: readonly MenuItemSpec[],
): Extract<MenuItemSpec, { kind: 'command' }>[] {
  return items.flatMap((item) =>
    item.kind === 'command' ? [item] : item.kind === 'submenu' ? menuCommandItems(item.items) : [],
  );
}

export type SendMenuCommand = (command: MenuCommand, window: BaseWindow | undefined) => void;
export type RunMenuAction = (action: MenuAction, window: BaseWindow | undefined) => void;

/**
 * Turns the data template into Electron's constructor options. Pure, so the click → command
 * mapping is tested without Electron; index.ts passes the result to Menu.buildFromTemplate.
 */
export function toElectronMenu(
  items: readonly MenuItemSpec[],
  send: SendMenuCommand,
  run: RunMenuAction = () => {},
): MenuItemConstructorOptions[] {
  return items.map((item): MenuItemConstructorOptions => {
    switch (item.kind) {
      case 'action':
        return defined({
          label: item.label,
          enabled: item.enabled,
          click: (_menuItem: unknown, window: BaseWindow | undefined) => run(item.action, window),
        });
      case 'separator':
        return { type: 'separator' };
      case 'role':
        // Keys are left out rather than set to undefined so Electron's role defaults still apply.
        return defined({ role: item.role, label: item.label, accelerator: item.accelerator });
      case 'submenu':
        // Electron fills a role-only submenu (windowMenu) itself; an empty list would blank it.
        return item.items.length === 0 && item.role
          ? { role: item.role, label: item.label }
          : defined({
              label: item.label,
              role: item.role,
              submenu: toElectronMenu(item.items, send, run),
            });
      case 'command':
        return defined({
          id: item.visible === false ? undefined : item.command,
          label: item.label,
          accelerator: item.accelerator,
          registerAccelerator: item.registerAccelerator,
          // Hidden aliases still fire: Electron's acceleratorWorksWhenHidden defaults to true.
          visible: item.visible,
          type: item.checked === undefined ? undefined : 'radio',
          checked: item.checked,
          click: (_menuItem, window) => send(item.command, window),
        });
    }
  });
}

function defined<T extends object>(options: T): T {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as T;
}
