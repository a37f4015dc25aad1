import { describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS, type IpcResult } from '../../../shared/ipc/contract';
import { createDesktopApi, type IpcRendererLike } from '../../../electron/preload/api';

type Listener = (event: unknown, ...args: unknown[]) => void;

/** An in-memory ipcRenderer: `reply` answers invokes, `emit` plays main sending an event. */
function fakeIpc(
  reply: (channel: string, args: unknown[]) => unknown = () => ({ ok: true, value: undefined }),
) {
  const listeners = new Map<string, Set<Listener>>();
  const ipc = {
    invoke: vi.fn(async (channel: string, ...args: unknown[]) => reply(channel, args)),
    on: vi.fn((channel: string, listener: Listener) => {
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
    }),
    removeListener: vi.fn((channel: string, listener: Listener) => {
      listeners.get(channel)?.delete(listener);
    }),
  } satisfies IpcRendererLike;
  const emit = (channel: string, ...args: unknown[]) => {
    const event = { sender: ipc, senderId: 0, ports: [] };
    for (const listener of listeners.get(channel) ?? []) listener(event, ...args);
  };
  return { ipc, emit, listeners };
}

describe('createDesktopApi', () => {
  it('getAppInfo invokes app:info and unwraps the reply', async () => {
    const info = { name: 'CVJ Studio', version: '0.1.0', platform: 'darwin' };
    const { ipc } = fakeIpc(() => ({ ok: true, value: info }) satisfies IpcResult<unknown>);
    await expect(createDesktopApi(ipc).getAppInfo()).resolves.toEqual(info);
    expect(ipc.invoke).toHaveBeenCalledWith('app:info');
  });

  it('setWindowState invokes window:set-state with the state', async () => {
    const { ipc } = fakeIpc();
    const state = { documentTitle: 'Plan', edited: false };
    await createDesktopApi(ipc).setWindowState(state);
    expect(ipc.invoke).toHaveBeenCalledWith('window:set-state', state);
  });

  it('openExternal invokes shell:open-external with the URL only', async () => {
    const { ipc } = fakeIpc();
    await createDesktopApi(ipc).openExternal('https://example.com/');
    expect(ipc.invoke).toHaveBeenCalledWith('shell:open-external', 'https://example.com/');
  });

  it('exportFile hands main the bytes and a suggested name, never a path', async () => {
    const { ipc } = fakeIpc(() => ({ ok: true, value: { status: 'cancelled' } }));
    const request = { format: 'svg' as const, bytes: new TextEncoder().encode('<svg/>'), suggestedName: 'Journey.svg' };
    await createDesktopApi(ipc).exportFile!(request);
    expect(ipc.invoke).toHaveBeenCalledWith('file:export', request);
  });

  it('templates list, save and remove through their channels', async () => {
    const { ipc } = fakeIpc((channel) => ({
      ok: true,
      value: channel === 'templates:list' ? [] : { status: 'done', id: '0123456789abcdef' },
    }));
    const api = createDesktopApi(ipc);
    await api.templates!.list();
    expect(await api.templates!.save({ name: 'Mine', text: '{}' })).toBe('0123456789abcdef');
    await api.templates!.remove('0123456789abcdef');
    expect(ipc.invoke.mock.calls).toEqual([
      ['templates:list'],
      ['templates:save', { name: 'Mine', text: '{}' }],
      ['templates:remove', '0123456789abcdef'],
    ]);
  });

  it('a template main could not save or remove rejects with main’s sentence, for the dialog to show', async () => {
    const message = 'The template was not saved: the disk is full. Free some space and try again; the journey itself is untouched.';
    const { ipc } = fakeIpc(() => ({ ok: true, value: { status: 'error', message } }));
    const api = createDesktopApi(ipc);
    await expect(api.templates!.save({ name: 'Mine', text: '{}' })).rejects.toThrow(message);
    await expect(api.templates!.remove('0123456789abcdef')).rejects.toThrow(message);
  });

  it('setTheme tells main the theme choice (View > Theme)', async () => {
    const { ipc } = fakeIpc();
    await createDesktopApi(ipc).setTheme!('projector');
    expect(ipc.invoke).toHaveBeenCalledWith('ui:set-theme', 'projector');
  });

  it('copyImage hands main the format and bytes for the clipboard', async () => {
    const { ipc } = fakeIpc(() => ({ ok: true, value: undefined }));
    const request = { format: 'svg' as const, bytes: new TextEncoder().encode('<svg/>') };
    await createDesktopApi(ipc).copyImage!(request);
    expect(ipc.invoke).toHaveBeenCalledWith('clipboard:write-image', request);
  });

  it('openExternal rejects with the code when main refuses the URL', async () => {
    const { ipc } = fakeIpc(() => ({
      ok: false,
      error: { code: 'bad-request', message: 'Only http, https and mailto links can be opened' },
    }));
    await expect(createDesktopApi(ipc).openExternal('javascript:alert(1)')).rejects.toThrow(
      '[bad-request]',
    );
  });

  it('only uses channels from the contract', async () => {
    const { ipc } = fakeIpc();
    const api = createDesktopApi(ipc);
    await api.getAppInfo();
    await api.setWindowState({ documentTitle: 'x', edited: true });
    await api.openExternal('https://example.com/');
    for (const [channel] of ipc.invoke.mock.calls)
      expect(Object.keys(INVOKE_CHANNELS)).toContain(channel);
  });

  it('rejects with the error code in the message when main refuses', async () => {
    const { ipc } = fakeIpc(() => ({
      ok: false,
      error: { code: 'bad-request', message: 'Invalid arguments' },
    }));
    await expect(createDesktopApi(ipc).getAppInfo()).rejects.toThrow(
      '[bad-request] Invalid arguments',
    );
  });

  it('rejects on a malformed reply', async () => {
    const { ipc } = fakeIpc(() => 'surprise');
    await expect(createDesktopApi(ipc).getAppInfo()).rejects.toThrow('[internal]');
  });

  it('passes only the command to menu listeners, never the event or ipcRenderer', () => {
    const { ipc, emit } = fakeIpc();
    const listener = vi.fn();
    createDesktopApi(ipc).onMenuCommand(listener);
    emit('menu:command', 'file:save');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual(['file:save']);
  });

  it('ignores non-string payloads and other channels', () => {
    const { ipc, emit } = fakeIpc();
    const listener = vi.fn();
    createDesktopApi(ipc).onMenuCommand(listener);
    emit('menu:command', { evil: true });
    emit('other:event', 'file:save');
    expect(listener).not.toHaveBeenCalled();
  });

  it('unsubscribes exactly the listener it added', () => {
    const { ipc, emit, listeners } = fakeIpc();
    const api = createDesktopApi(ipc);
    const first = vi.fn();
    const second = vi.fn();
    const offFirst = api.onMenuCommand(first);
    api.onMenuCommand(second);
    offFirst();
    emit('menu:command', 'edit:undo');
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith('edit:undo');
    expect(listeners.get('menu:command')?.size).toBe(1);
  });

  it('refuses a listener that is not a function', () => {
    const { ipc } = fakeIpc();
    expect(() => createDesktopApi(ipc).onMenuCommand('nope' as never)).toThrow(TypeError);
    expect(ipc.on).not.toHaveBeenCalled();
  });

  it('exposes exactly the DesktopApi methods', () => {
    expect(Object.keys(createDesktopApi(fakeIpc().ipc)).sort()).toEqual([
      'copyImage',
      'documents',
      'exportFile',
      'exportFiles',
      'getAppInfo',
      'onMenuCommand',
      'openExternal',
      'setTheme',
      'setWindowState',
      'templates',
    ]);
  });
});
