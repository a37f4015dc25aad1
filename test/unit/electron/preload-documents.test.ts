import { describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '../../../shared/ipc/contract';
import { createDesktopApi, type IpcRendererLike } from '../../../electron/preload/api';
import { OPENED, SAVED } from './fake-documents';

type Listener = (event: unknown, ...args: unknown[]) => void;

function fakeIpc(reply: (channel: string) => unknown = () => ({ ok: true, value: OPENED })) {
  const listeners = new Map<string, Set<Listener>>();
  const ipc = {
    invoke: vi.fn(async (channel: string, ..._args: unknown[]) => reply(channel)),
    on: vi.fn((channel: string, listener: Listener) => {
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
    }),
    removeListener: vi.fn((channel: string, listener: Listener) => {
      listeners.get(channel)?.delete(listener);
    }),
  } satisfies IpcRendererLike;
  const emit = (channel: string, payload: unknown) => {
    for (const listener of listeners.get(channel) ?? []) listener({ sender: ipc }, payload);
  };
  return { ipc, emit, listeners };
}

function documentsOf(ipc: IpcRendererLike, getPathForFile = (_file: unknown) => '') {
  const documents = createDesktopApi(ipc, { getPathForFile }).documents;
  if (!documents) throw new Error('the desktop preload always provides documents');
  return documents;
}

const ID = 'a'.repeat(32);

describe('preload documents API', () => {
  it('maps each method to its contract channel and arguments', async () => {
    const { ipc } = fakeIpc();
    const documents = documentsOf(ipc);
    await documents.ready();
    await documents.newWindow();
    await documents.open();
    await documents.openRecent(ID);
    await documents.revert();
    await documents.save({ text: '{}', force: true });
    await documents.saveAs({ text: '{}' });
    await documents.listRecent();
    await documents.clearRecent();
    await documents.answerSaveRequest({ requestId: ID, saved: true });
    await documents.writeRecovery({ text: '{}' });
    await documents.listRecovery();
    await documents.restoreRecovery(ID);
    await documents.discardRecovery(ID);
    expect(ipc.invoke.mock.calls).toEqual([
      ['window:ready'],
      ['file:new-window'],
      ['file:open'],
      ['file:open-recent', ID],
      ['file:revert'],
      ['file:save', { text: '{}', force: true }],
      ['file:save-as', { text: '{}' }],
      ['file:recent-list'],
      ['file:recent-clear'],
      ['file:save-request-done', { requestId: ID, saved: true }],
      ['recovery:write', { text: '{}' }],
      ['recovery:list'],
      ['recovery:restore', ID],
      ['recovery:discard', ID],
    ]);
    for (const [channel] of ipc.invoke.mock.calls)
      expect(Object.keys(INVOKE_CHANNELS)).toContain(channel);
  });

  it('unwraps outcomes, including user-caused ones (they are answers, not errors)', async () => {
    const { ipc } = fakeIpc(() => ({ ok: true, value: SAVED }));
    await expect(documentsOf(ipc).save({ text: '{}' })).resolves.toEqual(SAVED);
  });

  it('rejects with the code when main refuses a payload', async () => {
    const { ipc } = fakeIpc(() => ({ ok: false, error: { code: 'bad-request', message: 'no' } }));
    await expect(documentsOf(ipc).save({ text: 'nope' })).rejects.toThrow('[bad-request] no');
  });

  it('a dropped file becomes its path in the preload, then file:open-dropped', async () => {
    const { ipc } = fakeIpc();
    const file = { name: 'Q3 launch.cvj' };
    const getPath = vi.fn(() => '/home/ana/Q3 launch.cvj');
    await expect(documentsOf(ipc, getPath).openDropped(file)).resolves.toEqual(OPENED);
    expect(getPath).toHaveBeenCalledWith(file);
    expect(ipc.invoke).toHaveBeenCalledWith('file:open-dropped', '/home/ana/Q3 launch.cvj');
  });

  it('a dropped item that is not on disk is an error outcome, and main is not asked', async () => {
    const { ipc } = fakeIpc();
    const outcome = await documentsOf(ipc).openDropped({ name: 'From the web.cvj' });
    expect(outcome).toMatchObject({
      status: 'error',
      error: { code: 'NOT_CVJ', fileName: 'From the web.cvj' },
    });
    const thrower = documentsOf(ipc, () => {
      throw new TypeError('not a File');
    });
    expect((await thrower.openDropped({ name: 'x' })).status).toBe('error');
    expect(ipc.invoke).not.toHaveBeenCalled();
  });

  it('passes events on as fresh objects with the contract fields only', () => {
    const { ipc, emit } = fakeIpc();
    const documents = documentsOf(ipc);
    const opened = vi.fn();
    const failed = vi.fn();
    const requested = vi.fn();
    documents.onOpened(opened);
    documents.onOpenFailed(failed);
    documents.onSaveRequested(requested);
    const doc = OPENED.status === 'opened' ? OPENED.document : null;
    emit('file:opened', { ...doc, path: '/secret' });
    emit('file:open-failed', {
      code: 'INVALID',
      message: 'm',
      fileName: 'f.cvj',
      jsonPath: 'journey.id',
      extra: 1,
    });
    emit('file:save-requested', { requestId: ID, reason: 'quit', sender: 'x' });
    expect(opened).toHaveBeenCalledWith(doc);
    expect(failed).toHaveBeenCalledWith({
      code: 'INVALID',
      message: 'm',
      fileName: 'f.cvj',
      jsonPath: 'journey.id',
    });
    expect(requested).toHaveBeenCalledWith({ requestId: ID, reason: 'quit' });
  });

  it('ignores malformed event payloads', () => {
    const { ipc, emit } = fakeIpc();
    const documents = documentsOf(ipc);
    const opened = vi.fn();
    const requested = vi.fn();
    documents.onOpened(opened);
    documents.onSaveRequested(requested);
    emit('file:opened', { text: 1 });
    emit('file:opened', null);
    emit('file:save-requested', { requestId: ID, reason: 'because' });
    expect(opened).not.toHaveBeenCalled();
    expect(requested).not.toHaveBeenCalled();
  });

  it('unsubscribes exactly its listener, and refuses non-functions', () => {
    const { ipc, emit, listeners } = fakeIpc();
    const documents = documentsOf(ipc);
    const listener = vi.fn();
    const off = documents.onOpenFailed(listener);
    off();
    emit('file:open-failed', { code: 'ENOENT', message: 'm', fileName: 'f' });
    expect(listener).not.toHaveBeenCalled();
    expect(listeners.get('file:open-failed')?.size).toBe(0);
    expect(() => documents.onOpened('x' as never)).toThrow(TypeError);
  });
});
