import { describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS, type AppInfo, type WindowState } from '../../../shared/ipc/contract';
import { APP_ORIGIN } from '../../../electron/main/app-protocol';
import {
  createHandlers,
  handleInvoke,
  type HandlerDeps,
  type InvokeEnv,
  type InvokeHandlers,
  type InvokeSender,
} from '../../../electron/main/ipc-handlers';
import { fakeDocuments } from './fake-documents';

const INFO: AppInfo = { name: 'CVJ Studio', version: '0.1.0', platform: 'linux' };
const TRUSTED: InvokeSender = { id: 7, url: 'app://cvj/index.html', isMainFrame: true };
const STATE: WindowState = { documentTitle: 'Launch plan', edited: true };

function setup(overrides: Partial<InvokeEnv> = {}) {
  const deps = {
    appInfo: vi.fn<HandlerDeps['appInfo']>(() => INFO),
    setWindowState: vi.fn<HandlerDeps['setWindowState']>(),
    openExternal: vi.fn<HandlerDeps['openExternal']>(async () => {}),
    documents: fakeDocuments(),
    exportImage: vi.fn<NonNullable<HandlerDeps['exportImage']>>(async () => ({ status: 'cancelled' })),
  };
  const onInternalError = vi.fn();
  const env: InvokeEnv = {
    handlers: createHandlers(deps),
    appOrigin: APP_ORIGIN,
    onInternalError,
    ...overrides,
  };
  const invoke = (channel: string, args: unknown[], sender: InvokeSender | null = TRUSTED) =>
    handleInvoke(channel, sender, args, env);
  return { deps, env, invoke, onInternalError };
}

describe('createHandlers', () => {
  it('has exactly one handler per contract channel', () => {
    expect(
      Object.keys(
        createHandlers({
          appInfo: () => INFO,
          setWindowState: () => {},
          openExternal: async () => {},
          documents: fakeDocuments(),
          exportImage: async () => ({ status: 'cancelled' }),
        }),
      ).sort(),
    ).toEqual(Object.keys(INVOKE_CHANNELS).sort());
  });
});

describe('handleInvoke: valid calls', () => {
  it('app:info answers with the app info', async () => {
    const { invoke } = setup();
    expect(await invoke('app:info', [])).toEqual({ ok: true, value: INFO });
  });

  it('window:set-state hands the state and the caller to the app', async () => {
    const { invoke, deps } = setup();
    expect(await invoke('window:set-state', [STATE])).toEqual({ ok: true, value: undefined });
    expect(deps.setWindowState).toHaveBeenCalledWith(7, STATE);
  });

  it('trusts the dev server origin when that is the app origin', async () => {
    const { invoke } = setup({ appOrigin: 'http://localhost:5173' });
    const sender = { id: 1, url: 'http://localhost:5173/', isMainFrame: true };
    expect((await invoke('app:info', [], sender)).ok).toBe(true);
  });
});

describe('handleInvoke: refusals', () => {
  it.each([
    ['a remote page', { id: 1, url: 'https://evil.example/', isMainFrame: true }],
    ['a subframe on our origin', { id: 1, url: 'app://cvj/index.html', isMainFrame: false }],
    ['another host on our scheme', { id: 1, url: 'app://evil/index.html', isMainFrame: true }],
    ['a file page', { id: 1, url: 'file:///tmp/x.html', isMainFrame: true }],
    ['about:blank', { id: 1, url: 'about:blank', isMainFrame: true }],
    ['a destroyed frame', null],
  ])('forbids %s', async (_name, sender) => {
    const { invoke, deps } = setup();
    const result = await invoke('window:set-state', [STATE], sender);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(deps.setWindowState).not.toHaveBeenCalled();
  });

  it('checks the sender before the channel, so untrusted frames cannot probe channels', async () => {
    const { invoke } = setup();
    const result = await invoke('no:such', [], {
      id: 1,
      url: 'https://evil.example/',
      isMainFrame: true,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it.each(['no:such', 'file:delete', '', 'toString', '__proto__', 'constructor', 'hasOwnProperty'])(
    'rejects unknown channel %j',
    async (channel) => {
      const { invoke } = setup();
      expect(await invoke(channel, [])).toMatchObject({
        ok: false,
        error: { code: 'unknown-channel' },
      });
    },
  );

  it.each([
    ['no arguments', []],
    ['a string', ['Launch plan']],
    ['null', [null]],
    ['wrong types', [{ documentTitle: 42, edited: 'yes' }]],
    ['a missing key', [{ documentTitle: 'Launch plan' }]],
    ['an extra key', [{ ...STATE, path: '/etc/passwd' }]],
    [
      'a prototype key',
      [JSON.parse('{"documentTitle":"x","edited":false,"__proto__":{"polluted":true}}')],
    ],
    ['too many arguments', [STATE, STATE]],
    ['an over-long title', [{ documentTitle: 'x'.repeat(501), edited: false }]],
  ])('rejects window:set-state with %s', async (_name, args) => {
    const { invoke, deps } = setup();
    const result = await invoke('window:set-state', args as unknown[]);
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(deps.setWindowState).not.toHaveBeenCalled();
  });

  it('rejects app:info with arguments', async () => {
    const { invoke, deps } = setup();
    expect(await invoke('app:info', ['x'])).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(deps.appInfo).not.toHaveBeenCalled();
  });

  it('explains a bad request by path without echoing huge payloads', async () => {
    const { invoke } = setup();
    const result = await invoke('window:set-state', [
      { documentTitle: 'x'.repeat(10_000), edited: 1 },
    ]);
    if (result.ok) throw new Error('expected a refusal');
    expect(result.error.message).toContain('window:set-state');
    expect(result.error.message).toContain('0.edited');
    expect(result.error.message.length).toBeLessThanOrEqual(500);
  });
});

describe('handleInvoke: failures inside main', () => {
  it('turns a throwing handler into an internal error and reports it', async () => {
    const { invoke, onInternalError, deps } = setup();
    deps.setWindowState.mockImplementation(() => {
      throw new Error('window gone at /Users/someone/secret');
    });
    const result = await invoke('window:set-state', [STATE]);
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: '"window:set-state" failed.' },
    });
    expect(onInternalError).toHaveBeenCalledWith('window:set-state', expect.any(Error));
  });

  it('turns a rejected promise into an internal error', async () => {
    const handlers: InvokeHandlers = {
      ...setup().env.handlers,
      'app:info': () => Promise.reject(new Error('boom')),
    };
    const { invoke } = setup({ handlers });
    await expect(invoke('app:info', [])).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });

  it('never lets a reply break the contract, and strips fields the contract does not name', async () => {
    const broken = setup();
    broken.deps.appInfo.mockReturnValue({ name: 'x' } as AppInfo);
    expect(await broken.invoke('app:info', [])).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });

    const leaky = setup();
    leaky.deps.appInfo.mockReturnValue({ ...INFO, homeDir: '/home/me' } as AppInfo);
    expect(await leaky.invoke('app:info', [])).toEqual({ ok: true, value: INFO });
  });

  it('works without an error reporter', async () => {
    const { invoke, deps } = setup({ onInternalError: undefined });
    deps.appInfo.mockImplementation(() => {
      throw new Error('boom');
    });
    await expect(invoke('app:info', [])).resolves.toMatchObject({ ok: false });
  });
});

describe('shell:open-external', () => {
  /** A recording stand-in for Electron's shell.openExternal: the handler logic is under test. */
  function recordingSetup() {
    const opened: string[] = [];
    const env: InvokeEnv = {
      handlers: createHandlers({
        appInfo: () => INFO,
        setWindowState: () => {},
        openExternal: async (url) => {
          opened.push(url);
        },
        documents: fakeDocuments(),
      }),
      appOrigin: APP_ORIGIN,
    };
    const invoke = (args: unknown[], sender: InvokeSender | null = TRUSTED) =>
      handleInvoke('shell:open-external', sender, args, env);
    return { opened, invoke };
  }

  it.each([
    'https://example.com/',
    'http://example.com/pricing?utm_source=workshop#plans',
    'mailto:anna@example.com?subject=Lead%20magnet',
    `https://example.com/${'a'.repeat(2048 - 'https://example.com/'.length)}`,
  ])('hands %s to the OS', async (url) => {
    const { opened, invoke } = recordingSetup();
    expect(await invoke([url])).toEqual({ ok: true, value: undefined });
    expect(opened).toEqual([url]);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['JavaScript: in mixed case', 'JaVaScRiPt:alert(document.domain)'],
    ['file:', 'file:///etc/passwd'],
    ['a Windows file path', 'C:\\Windows\\System32\\calc.exe'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['another app’s scheme', 'ms-settings:privacy'],
    ['a relative URL', '/pricing'],
    ['a protocol-relative URL', '//evil.example/'],
    ['a bare domain', 'example.com'],
    ['an empty string', ''],
    ['a URL with leading whitespace', ' https://example.com/'],
    ['a URL with a control character', 'https://example.com/\u0000'],
    ['a URL with a newline', 'https://exa\nmple.com/'],
    ['credentials that disguise the host', 'https://bank.example@evil.example/'],
    ['an over-long URL', `https://example.com/${'a'.repeat(2049 - 'https://example.com/'.length)}`],
  ])('refuses %s with bad-request and opens nothing', async (_name, url) => {
    const { opened, invoke } = recordingSetup();
    const result = await invoke([url]);
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    if (result.ok) return;
    expect(result.error.message).toContain('shell:open-external');
    expect(opened).toEqual([]);
  });

  it.each([
    ['no arguments', []],
    ['a number', [42]],
    ['an object with a toString', [{ toString: () => 'https://example.com/' }]],
    ['an array of URLs', [['https://example.com/']]],
    ['two URLs', ['https://example.com/', 'https://example.org/']],
  ])('refuses %s', async (_name, args) => {
    const { opened, invoke } = recordingSetup();
    expect(await invoke(args)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(opened).toEqual([]);
  });

  it('explains a refused scheme by name', async () => {
    const { invoke } = recordingSetup();
    const result = await invoke(['javascript:alert(1)']);
    if (result.ok) throw new Error('expected a refusal');
    expect(result.error.message).toContain('javascript:');
  });

  it('is forbidden to untrusted senders even for a valid URL', async () => {
    const { opened, invoke } = recordingSetup();
    const sender = { id: 1, url: 'https://evil.example/', isMainFrame: true };
    expect(await invoke(['https://example.com/'], sender)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(opened).toEqual([]);
  });

  it('refuses a bad URL even when called past the gate', async () => {
    const opened: string[] = [];
    const handlers = createHandlers({
      appInfo: () => INFO,
      setWindowState: () => {},
      openExternal: async (url) => {
        opened.push(url);
      },
      documents: fakeDocuments(),
    });
    await expect(
      handlers['shell:open-external']({ senderId: 1 }, 'file:///etc/passwd'),
    ).rejects.toThrow('Refused');
    expect(opened).toEqual([]);
  });

  it('reports an OS failure as an internal error', async () => {
    const onInternalError = vi.fn();
    const env: InvokeEnv = {
      handlers: createHandlers({
        appInfo: () => INFO,
        setWindowState: () => {},
        openExternal: () => Promise.reject(new Error('no browser configured')),
        documents: fakeDocuments(),
      }),
      appOrigin: APP_ORIGIN,
      onInternalError,
    };
    const result = await handleInvoke(
      'shell:open-external',
      TRUSTED,
      ['https://example.com/'],
      env,
    );
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: '"shell:open-external" failed.' },
    });
    expect(onInternalError).toHaveBeenCalledWith('shell:open-external', expect.any(Error));
  });
});
