import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { MENU_COMMANDS, themeOfCommand, type MenuCommand } from '../../../shared/ipc/contract';
import {
  buildMenuTemplate,
  menuCommandItems,
  toElectronMenu,
  type MenuItemSpec,
  type MenuPlatform,
} from '../../../electron/main/menu';

const PLATFORMS: MenuPlatform[] = ['darwin', 'win32', 'linux'];
const template = (platform: MenuPlatform, isDev = false): MenuItemSpec[] =>
  buildMenuTemplate({ platform, appName: 'CVJ Studio', isDev });

/** Every item, depth first. */
function allItems(items: readonly MenuItemSpec[]): MenuItemSpec[] {
  return items.flatMap((item) =>
    item.kind === 'submenu' ? [item, ...allItems(item.items)] : [item],
  );
}

function submenu(items: readonly MenuItemSpec[], label: string): MenuItemSpec[] {
  const found = items.find(
    (item) => item.kind === 'submenu' && item.label.replace('&', '') === label,
  );
  if (found?.kind !== 'submenu') throw new Error(`no ${label} menu`);
  return found.items;
}

function labels(items: readonly MenuItemSpec[]): string[] {
  return items.flatMap((item) =>
    item.kind === 'separator' || (item.kind === 'command' && item.visible === false)
      ? []
      : [(item.kind === 'role' ? (item.label ?? item.role) : item.label).replace('&', '')],
  );
}

function acceleratorOf(items: readonly MenuItemSpec[], command: MenuCommand): string | undefined {
  return menuCommandItems(items).find((item) => item.command === command && item.visible !== false)
    ?.accelerator;
}

/** The chord a user presses: CmdOrCtrl resolved per platform, modifiers in a fixed order. */
function chord(accelerator: string, platform: MenuPlatform): string {
  const parts = accelerator.split('+').map((part) => part.toLowerCase());
  const key = parts.pop() ?? '';
  const modifiers = parts.map((m) => {
    if (m === 'cmdorctrl' || m === 'commandorcontrol')
      return platform === 'darwin' ? 'cmd' : 'ctrl';
    if (m === 'command') return 'cmd';
    if (m === 'control') return 'ctrl';
    if (m === 'option') return 'alt';
    return m;
  });
  return [...new Set(modifiers)]
    .sort()
    .concat(key === '' ? 'plus' : key)
    .join('+');
}

describe.each(PLATFORMS)('menu template on %s', (platform) => {
  const items = template(platform, true);

  it('gives every custom item a valid MenuCommand and every command an item', () => {
    const commands = menuCommandItems(items).map((item) => item.command);
    for (const command of commands) expect(MENU_COMMANDS).toContain(command);
    expect(new Set(commands)).toEqual(new Set(MENU_COMMANDS));
  });

  it('carries data, not behaviour', () => {
    for (const item of allItems(items)) expect(item).not.toHaveProperty('click');
  });

  it('uses no accelerator twice', () => {
    const chords = allItems(items)
      .flatMap((item) => ('accelerator' in item && item.accelerator ? [item.accelerator] : []))
      .map((accelerator) => chord(accelerator, platform));
    expect(chords.length).toBeGreaterThan(15);
    expect(chords.filter((c, i) => chords.indexOf(c) !== i)).toEqual([]);
  });

  it('has File, Edit, View and Help in the expected order', () => {
    expect(labels(submenu(items, 'File'))).toEqual(
      expect.arrayContaining(['New', 'Open…', 'Save', 'Save As…', 'Close']),
    );
    expect(labels(submenu(items, 'Edit'))).toEqual([
      'Undo',
      'Redo',
      'cut',
      'copy',
      'paste',
      'Delete',
      'Duplicate',
      'Select All',
      'Add Tactic…',
    ]);
    expect(labels(submenu(items, 'View')).slice(0, 9)).toEqual([
      'Zoom In',
      'Zoom Out',
      'Fit to Screen',
      'Actual Size',
      'Present',
      'Health',
      'Forecast',
      'Theme',
      'Toggle Full Screen',
    ]);
    expect(labels(submenu(items, 'Help'))[0]).toBe('Keyboard Shortcuts');
  });

  it('uses the portable accelerators', () => {
    expect(acceleratorOf(items, 'file:new')).toBe('CmdOrCtrl+N');
    expect(acceleratorOf(items, 'file:open')).toBe('CmdOrCtrl+O');
    expect(acceleratorOf(items, 'file:save')).toBe('CmdOrCtrl+S');
    expect(acceleratorOf(items, 'file:save-as')).toBe('CmdOrCtrl+Shift+S');
    expect(acceleratorOf(items, 'file:close')).toBe('CmdOrCtrl+W');
    expect(acceleratorOf(items, 'file:export')).toBe('CmdOrCtrl+Shift+E');
    expect(acceleratorOf(items, 'edit:undo')).toBe('CmdOrCtrl+Z');
    expect(acceleratorOf(items, 'edit:select-all')).toBe('CmdOrCtrl+A');
    expect(acceleratorOf(items, 'view:reset-zoom')).toBe('CmdOrCtrl+0');
    // Present: Keynote's Cmd+Enter on macOS, PowerPoint's F5 elsewhere (issue 13).
    expect(acceleratorOf(items, 'view:present')).toBe(platform === 'darwin' ? 'Cmd+Enter' : 'F5');
  });

  it('routes undo, redo, select all and delete to the renderer, not to native edit roles', () => {
    const roles = allItems(items).flatMap((item) => (item.kind === 'role' ? [item.role] : []));
    for (const nativeRole of [
      'undo',
      'redo',
      'selectAll',
      'delete',
      'zoomIn',
      'zoomOut',
      'resetZoom',
    ]) {
      expect(roles).not.toContain(nativeRole);
    }
    expect(roles).toEqual(
      expect.arrayContaining(['cut', 'copy', 'paste', 'quit', 'togglefullscreen', 'about']),
    );
  });

  it('never registers Backspace or Delete, so text fields keep them', () => {
    const del = menuCommandItems(items).find((item) => item.command === 'edit:delete');
    if (platform === 'darwin') {
      // registerAccelerator is ignored on macOS: no accelerator at all.
      expect(del).not.toHaveProperty('accelerator');
    } else {
      expect(del).toMatchObject({ accelerator: 'Delete', registerAccelerator: false });
    }
    const bareKeys = allItems(items).filter(
      (item) =>
        'accelerator' in item &&
        /^(backspace|delete)$/i.test(item.accelerator ?? '') &&
        !(item.kind === 'command' && item.registerAccelerator === false),
    );
    expect(bareKeys).toEqual([]);
  });

  it('shows developer tools only in dev', () => {
    const roles = (dev: boolean): string[] =>
      allItems(template(platform, dev)).flatMap((item) =>
        item.kind === 'role' ? [item.role] : [],
      );
    expect(roles(true)).toContain('toggleDevTools');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
  });
});

describe('platform differences', () => {
  it('macOS: app menu first with About and Quit, Cmd+Shift+Z redo, a Window menu', () => {
    const items = template('darwin');
    const first = items[0];
    expect(first?.kind === 'submenu' && first.label).toBe('CVJ Studio');
    const appRoles =
      first?.kind === 'submenu'
        ? first.items.flatMap((i) => (i.kind === 'role' ? [i.role] : []))
        : [];
    expect(appRoles).toEqual(expect.arrayContaining(['about', 'hide', 'hideOthers', 'quit']));
    expect(acceleratorOf(items, 'edit:redo')).toBe('Cmd+Shift+Z');
    expect(items.some((i) => i.kind === 'submenu' && i.role === 'windowMenu')).toBe(true);
    // No Exit in File and no mnemonics on macOS.
    expect(labels(submenu(items, 'File'))).not.toContain('Exit');
    expect(JSON.stringify(items)).not.toContain('&');
  });

  it('Windows: File first, Exit in File, Ctrl+Y redo with Ctrl+Shift+Z as a hidden alias', () => {
    const items = template('win32');
    expect(items[0]?.kind === 'submenu' && items[0].label).toBe('&File');
    expect(labels(submenu(items, 'File'))).toContain('Exit');
    const redo = menuCommandItems(items).filter((i) => i.command === 'edit:redo');
    expect(redo.map((i) => [i.accelerator, i.visible !== false])).toEqual([
      ['Ctrl+Y', true],
      ['Ctrl+Shift+Z', false],
    ]);
    expect(labels(submenu(items, 'Help'))).toContain('About CVJ Studio');
  });

  it('Linux: Quit (Ctrl+Q) in File, Ctrl+Shift+Z redo with Ctrl+Y as a hidden alias', () => {
    const items = template('linux');
    const quit = submenu(items, 'File').find((i) => i.kind === 'role' && i.role === 'quit');
    expect(quit).toMatchObject({ label: '&Quit', accelerator: 'Ctrl+Q' });
    const redo = menuCommandItems(items).filter((i) => i.command === 'edit:redo');
    expect(redo.map((i) => [i.accelerator, i.visible !== false])).toEqual([
      ['Ctrl+Shift+Z', true],
      ['Ctrl+Y', false],
    ]);
  });

  it('treats other Unixes like Linux', () => {
    expect(buildMenuTemplate({ platform: 'freebsd', appName: 'CVJ Studio', isDev: false })).toEqual(
      template('linux'),
    );
  });
});

describe('toElectronMenu', () => {
  it('makes each command item send its command with the window it was used in', () => {
    const send = vi.fn();
    const options = toElectronMenu(template('win32'), send);
    const flat = (list: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
      list.flatMap((o) => [o, ...(Array.isArray(o.submenu) ? flat(o.submenu) : [])]);
    const save = flat(options).find((o) => o.id === 'file:save');
    expect(save).toMatchObject({ label: 'Save', accelerator: 'CmdOrCtrl+S' });
    const fakeWindow = { id: 1 } as never;
    save?.click?.({} as never, fakeWindow, {} as never);
    expect(send).toHaveBeenCalledWith('file:save', fakeWindow);

    const clickable = flat(options).filter((o) => o.click && o.id !== undefined);
    expect(clickable).toHaveLength(
      menuCommandItems(template('win32')).filter((i) => i.visible !== false).length,
    );
    const all = flat(options).filter((o) => o.click);
    for (const item of all) item.click?.({} as never, undefined, {} as never);
    expect(send.mock.calls.map(([command]) => command)).toEqual(
      expect.arrayContaining([...MENU_COMMANDS]),
    );
  });

  it('leaves roles to Electron and omits unset keys so role defaults apply', () => {
    const options = toElectronMenu(template('darwin'), () => {});
    const edit = options.find((o) => o.label === 'Edit');
    const copy = Array.isArray(edit?.submenu)
      ? edit.submenu.find((o) => o.role === 'copy')
      : undefined;
    expect(copy).toEqual({ role: 'copy', accelerator: 'CmdOrCtrl+C' });
    expect(copy).not.toHaveProperty('click');
    expect(options.find((o) => o.role === 'windowMenu')).toEqual({
      role: 'windowMenu',
      label: 'Window',
    });
  });

  it('keeps hidden aliases out of the id space', () => {
    const options = toElectronMenu(template('win32'), () => {});
    const edit = options.find((o) => o.label === '&Edit');
    const hidden = Array.isArray(edit?.submenu)
      ? edit.submenu.filter((o) => o.visible === false)
      : [];
    expect(hidden).toHaveLength(1);
    expect(hidden[0]).not.toHaveProperty('id');
  });
});

describe('View > Theme', () => {
  it('offers Follow System and the three themes as radio items, the current one checked', () => {
    const items = buildMenuTemplate({
      platform: 'linux',
      appName: 'CVJ Studio',
      isDev: false,
      theme: 'dark',
    });
    const theme = submenu(submenu(items, 'View'), 'Theme');
    expect(labels(theme)).toEqual(['Follow System', 'Light', 'Dark', 'Projector']);
    expect(
      theme.map((item) => (item.kind === 'command' ? [item.command, item.checked] : [])),
    ).toEqual([
      ['view:theme-system', false],
      ['view:theme-light', false],
      ['view:theme-dark', true],
      ['view:theme-projector', false],
    ]);
    const send = vi.fn();
    const options = toElectronMenu(items, send);
    const view = options.find((o) => o.label === '&View');
    const themeMenu = Array.isArray(view?.submenu)
      ? view.submenu.find((o) => o.label === 'Theme')
      : undefined;
    const radios = Array.isArray(themeMenu?.submenu) ? themeMenu.submenu : [];
    expect(radios.map((o) => [o.type, o.checked])).toEqual([
      ['radio', false],
      ['radio', false],
      ['radio', true],
      ['radio', false],
    ]);
    radios[3]!.click?.({} as never, undefined, {} as never);
    expect(send).toHaveBeenCalledWith('view:theme-projector', undefined);
  });

  it('maps each theme command to its choice, and nothing else to one', () => {
    expect(themeOfCommand('view:theme-system')).toBe('system');
    expect(themeOfCommand('view:theme-projector')).toBe('projector');
    expect(themeOfCommand('view:present')).toBeNull();
    expect(MENU_COMMANDS.filter((c) => themeOfCommand(c) !== null)).toHaveLength(4);
  });

  it('checks Follow System until the user picks a theme', () => {
    const theme = submenu(submenu(template('darwin'), 'View'), 'Theme');
    expect(theme.find((item) => item.kind === 'command' && item.checked)).toMatchObject({
      label: 'Follow System',
    });
  });
});

describe('File menu: Open Recent and Revert', () => {
  const recent = [
    { id: 'a'.repeat(32), label: 'Q3 launch.cvj' },
    { id: 'b'.repeat(32), label: 'R&D plan.cvj' },
  ];

  it.each(PLATFORMS)(
    '%s: New, New from Template…, Open…, Open Recent, Save, Save As…, Save as Template…, Revert to Saved, Export…, Close',
    (platform) => {
      const file = submenu(
        buildMenuTemplate({ platform, appName: 'CVJ Studio', isDev: false, recent }),
        'File',
      );
      expect(labels(file).slice(0, 10)).toEqual([
        'New',
        'New from Template…',
        'Open…',
        platform === 'darwin' ? 'Open Recent' : 'Open Recent',
        'Save',
        'Save As…',
        'Save as Template…',
        'Revert to Saved',
        'Export…',
        'Close',
      ]);
    },
  );

  it('lists recent journeys as actions carrying only their ids, plus Clear Recent', () => {
    const file = submenu(
      buildMenuTemplate({ platform: 'linux', appName: 'CVJ Studio', isDev: false, recent }),
      'File',
    );
    const openRecent = file.find((i) => i.kind === 'submenu');
    if (openRecent?.kind !== 'submenu') throw new Error('no Open Recent');
    expect(openRecent.items).toEqual([
      {
        kind: 'action',
        label: 'Q3 launch.cvj',
        action: { type: 'open-recent', id: 'a'.repeat(32) },
      },
      // "&" is doubled so Windows and Linux show it rather than making a mnemonic.
      {
        kind: 'action',
        label: 'R&&D plan.cvj',
        action: { type: 'open-recent', id: 'b'.repeat(32) },
      },
      { kind: 'separator' },
      { kind: 'action', label: 'Clear Recent', action: { type: 'clear-recent' }, enabled: true },
    ]);
  });

  it('shows a disabled placeholder when the list is empty', () => {
    const file = submenu(template('darwin'), 'File');
    const openRecent = file.find((i) => i.kind === 'submenu');
    if (openRecent?.kind !== 'submenu') throw new Error('no Open Recent');
    expect(openRecent.items[0]).toMatchObject({ label: 'No Recent Journeys', enabled: false });
    expect(openRecent.items.at(-1)).toMatchObject({ label: 'Clear Recent', enabled: false });
  });

  it('clicking a recent item runs its action with the window', () => {
    const run = vi.fn();
    const options = toElectronMenu(
      buildMenuTemplate({ platform: 'win32', appName: 'CVJ Studio', isDev: false, recent }),
      () => {},
      run,
    );
    const file = options[0];
    const openRecent = Array.isArray(file?.submenu)
      ? file.submenu.find((o) => o.label === 'Open &Recent')
      : undefined;
    const items = Array.isArray(openRecent?.submenu) ? openRecent.submenu : [];
    const fakeWindow = { id: 3 } as never;
    items[0]?.click?.({} as never, fakeWindow, {} as never);
    items.at(-1)?.click?.({} as never, undefined, {} as never);
    expect(run.mock.calls).toEqual([
      [{ type: 'open-recent', id: 'a'.repeat(32) }, fakeWindow],
      [{ type: 'clear-recent' }, undefined],
    ]);
  });

  it('Revert to Saved goes to the renderer (it confirms first) and has no shortcut', () => {
    const revert = menuCommandItems(template('linux')).find((i) => i.command === 'file:revert');
    expect(revert).toEqual({ kind: 'command', label: 'Revert to Saved', command: 'file:revert' });
  });
});
