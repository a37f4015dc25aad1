import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { MAX_FILE_BYTES } from '../../../shared/file/size';
import { INVOKE_CHANNELS, type InvokeChannel } from '../../../shared/ipc/contract';
import { APP_ORIGIN } from '../../../electron/main/app-protocol';
import {
  createHandlers,
  handleInvoke,
  type InvokeEnv,
  type InvokeSender,
} from '../../../electron/main/ipc-handlers';
import { fakeDocuments, OPENED, RECENT, SAVED, STARTUP } from './fake-documents';

/**
 * The file, recent and recovery channels through the real gate (handleInvoke): what reaches
 * the document service when the payload is right, and that nothing does when it is not.
 */

const TRUSTED: InvokeSender = { id: 7, url: 'app://cvj/index.html', isMainFrame: true };
const JOURNEY = readFileSync(new URL('../../fixtures/v1/starter.cvj', import.meta.url), 'utf8');
const TITLE = (JSON.parse(JOURNEY) as { journey: { title: string } }).journey.title;
const ID = '0123456789abcdef0123456789abcdef';

function setup() {
  const documents = fakeDocuments();
  const onInternalError = vi.fn();
  const exportImage = vi.fn(async () => ({ status: 'cancelled' as const }));
  const copyImage = vi.fn(async () => {});
  const exportImages = vi.fn(async () => ({ status: 'cancelled' as const }));
  const env: InvokeEnv = {
    handlers: createHandlers({
      appInfo: () => ({ name: 'CVJ Studio', version: '0.1.0', platform: 'linux' }),
      setWindowState: () => {},
      openExternal: async () => {},
      documents,
      exportImage,
      exportImages,
      copyImage,
    }),
    appOrigin: APP_ORIGIN,
    onInternalError,
  };
  const invoke = (channel: string, args: unknown[], sender: InvokeSender | null = TRUSTED) =>
    handleInvoke(channel, sender, args, env);
  const calls = () =>
    Object.values(documents).reduce((n, fn) => n + fn.mock.calls.length, 0) +
    exportImage.mock.calls.length +
    exportImages.mock.calls.length +
    copyImage.mock.calls.length;
  return { documents, invoke, calls, onInternalError, exportImage, exportImages, copyImage };
}

describe('file channels: valid calls reach the document service for the calling window', () => {
  it('window:ready', async () => {
    const { invoke, documents } = setup();
    expect(await invoke('window:ready', [])).toEqual({ ok: true, value: STARTUP });
    expect(documents.ready).toHaveBeenCalledWith(7);
  });

  it('file:new-window', async () => {
    const { invoke, documents } = setup();
    expect(await invoke('file:new-window', [])).toEqual({ ok: true, value: undefined });
    expect(documents.newWindow).toHaveBeenCalledOnce();
  });

  it('file:new-from-template: a checked journey for the asking window, or nothing', async () => {
    const { invoke, documents } = setup();
    expect(await invoke('file:new-from-template', [{ text: JOURNEY }])).toEqual({ ok: true, value: { status: 'new-window' } });
    expect(documents.newFromTemplate).toHaveBeenCalledWith(TRUSTED.id, JOURNEY);
    expect((await invoke('file:new-from-template', [{ text: '{"not":"a journey"}' }])).ok).toBe(false);
    expect((await invoke('file:new-from-template', [])).ok).toBe(false);
    expect(documents.newFromTemplate).toHaveBeenCalledOnce();
  });

  it('file:open, file:revert', async () => {
    const { invoke, documents } = setup();
    expect(await invoke('file:open', [])).toEqual({ ok: true, value: OPENED });
    expect(documents.open).toHaveBeenCalledWith(7, 'reply');
    expect(await invoke('file:revert', [])).toEqual({ ok: true, value: OPENED });
    expect(documents.revert).toHaveBeenCalledWith(7);
  });

  it('file:open-recent with an id', async () => {
    const { invoke, documents } = setup();
    expect((await invoke('file:open-recent', [ID])).ok).toBe(true);
    expect(documents.openRecent).toHaveBeenCalledWith(7, ID, 'reply');
  });

  it.each([
    '/home/ana/Q3 launch.cvj',
    'C:\\Users\\ana\\Q3.cvj',
    '\\\\server\\share\\Q3.cvj',
    '/tmp/notes.txt',
  ])(
    'file:open-dropped with the absolute path %s (main checks the extension itself)',
    async (path) => {
      const { invoke, documents } = setup();
      expect((await invoke('file:open-dropped', [path])).ok).toBe(true);
      expect(documents.openDropped).toHaveBeenCalledWith(7, path);
    },
  );

  it('file:save hands over the checked text and the title found in it', async () => {
    const { invoke, documents } = setup();
    expect(await invoke('file:save', [{ text: JOURNEY }])).toEqual({ ok: true, value: SAVED });
    expect(documents.save).toHaveBeenCalledWith(7, { text: JOURNEY, title: TITLE }, false);
    await invoke('file:save', [{ text: JOURNEY, force: true }]);
    expect(documents.save).toHaveBeenLastCalledWith(7, { text: JOURNEY, title: TITLE }, true);
  });

  it('file:save-as and recovery:write', async () => {
    const { invoke, documents } = setup();
    expect((await invoke('file:save-as', [{ text: JOURNEY }])).ok).toBe(true);
    expect(documents.saveAs).toHaveBeenCalledWith(7, { text: JOURNEY, title: TITLE });
    expect(await invoke('recovery:write', [{ text: JOURNEY }])).toEqual({
      ok: true,
      value: undefined,
    });
    expect(documents.writeRecovery).toHaveBeenCalledWith(7, { text: JOURNEY, title: TITLE });
  });

  it('recent list and clear', async () => {
    const { invoke, documents } = setup();
    expect(await invoke('file:recent-list', [])).toEqual({ ok: true, value: RECENT });
    expect((await invoke('file:recent-clear', [])).ok).toBe(true);
    expect(documents.clearRecent).toHaveBeenCalledOnce();
  });

  it('file:save-request-done', async () => {
    const { invoke, documents } = setup();
    expect((await invoke('file:save-request-done', [{ requestId: ID, saved: true }])).ok).toBe(
      true,
    );
    expect(documents.answerSaveRequest).toHaveBeenCalledWith(7, { requestId: ID, saved: true });
  });

  it('recovery list, restore and discard', async () => {
    const { invoke, documents } = setup();
    expect((await invoke('recovery:list', [])).ok).toBe(true);
    expect((await invoke('recovery:restore', [ID])).ok).toBe(true);
    expect(documents.restoreRecovery).toHaveBeenCalledWith(7, ID);
    expect((await invoke('recovery:discard', [ID])).ok).toBe(true);
    expect(documents.discardRecovery).toHaveBeenCalledWith(ID);
  });
});

const HUGE = 'x'.repeat(MAX_FILE_BYTES + 1);
const NOT_IDS: [string, unknown][] = [
  ['a path', '/etc/passwd'],
  ['a relative path', '../../recovery/0123456789abcdef0123456789abcdef.json'],
  ['a Windows path', 'C:\\Users\\ana\\AppData\\Roaming\\CVJ Studio\\recent.json'],
  ['a file URL', 'file:///etc/passwd'],
  ['upper-case hex', ID.toUpperCase()],
  ['too long', `${ID}0`],
  ['too short', ID.slice(1)],
  ['empty', ''],
  ['a number', 42],
  ['an object', { id: ID }],
  ['null', null],
];
const NOT_TEXTS: [string, unknown][] = [
  ['no text', {}],
  ['a number', { text: 42 }],
  ['text that is not JSON', { text: 'hello' }],
  ['JSON that is not a journey', { text: '{"format":"png"}' }],
  ['a journey from a newer version', { text: JOURNEY.replace('"version": 1', '"version": 99') }],
  ['an invalid journey', { text: JOURNEY.replace(/"stage": "[a-z]+"/, '"stage": "nowhere"') }],
  ['an extra key', { text: JOURNEY, path: '/etc/passwd' }],
  ['an extra key named like a path', { text: JOURNEY, filePath: '/tmp/x.cvj' }],
  ['a huge string (over the file size limit)', { text: HUGE }],
  ['a string instead of an object', JOURNEY],
  ['a prototype key', JSON.parse(`{"text":${JSON.stringify(JOURNEY)},"__proto__":{"force":true}}`)],
];

const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);
const EXPORT = { format: 'png', bytes: PNG_BYTES, suggestedName: 'Q3.png' };

describe('file:export', () => {
  it('hands a checked image to main’s export for the calling window', async () => {
    const { invoke, exportImage } = setup();
    expect(await invoke('file:export', [EXPORT])).toEqual({
      ok: true,
      value: { status: 'cancelled' },
    });
    expect(exportImage).toHaveBeenCalledWith(TRUSTED.id, EXPORT);
  });
});

describe('file:export-many', () => {
  it('hands the checked images of every journey to main for the calling window', async () => {
    const { invoke, exportImages } = setup();
    const request = { format: 'png', files: [{ bytes: PNG_BYTES, suggestedName: 'Today.png' }, { bytes: PNG_BYTES, suggestedName: 'Target.png' }] };
    expect(await invoke('file:export-many', [request])).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(exportImages).toHaveBeenCalledWith(TRUSTED.id, request);
  });
});

describe('clipboard:write-image', () => {
  it('hands a checked image to main’s clipboard', async () => {
    const { invoke, copyImage } = setup();
    const image = { format: 'png', bytes: PNG_BYTES };
    expect(await invoke('clipboard:write-image', [image])).toEqual({ ok: true, value: undefined });
    expect(copyImage).toHaveBeenCalledWith(TRUSTED.id, image);
  });
});

const BAD: [InvokeChannel, string, unknown[]][] = [
  [
    'clipboard:write-image',
    'an SVG claiming to be a PNG',
    [{ format: 'png', bytes: new TextEncoder().encode('<svg/>') }],
  ],
  [
    'clipboard:write-image',
    'text claiming to be an SVG',
    [{ format: 'svg', bytes: new TextEncoder().encode('hello') }],
  ],
  ['clipboard:write-image', 'no bytes', [{ format: 'png', bytes: new Uint8Array() }]],
  ['clipboard:write-image', 'a string for bytes', [{ format: 'svg', bytes: '<svg/>' }]],
  [
    'clipboard:write-image',
    'an extra key',
    [{ format: 'png', bytes: PNG_BYTES, path: '/tmp/x.png' }],
  ],
  ['clipboard:write-image', 'a text format', [{ format: 'text', bytes: PNG_BYTES }]],
  [
    'clipboard:write-image',
    'text in a comment before the SVG',
    [{ format: 'svg', bytes: new TextEncoder().encode('<!--\nrm -rf ~\n--><svg/>') }],
  ],
  ['file:export', 'a path for a name', [{ ...EXPORT, suggestedName: '/tmp/x.png' }]],
  ['file:export', 'a path key', [{ ...EXPORT, path: '/tmp/x.png' }]],
  ['file:export', 'a PDF', [{ ...EXPORT, format: 'pdf', suggestedName: 'x.pdf' }]],
  [
    'file:export',
    'JSON claiming to be a PNG',
    [{ ...EXPORT, bytes: new TextEncoder().encode('{}') }],
  ],
  ['file:export', 'base64 text for bytes', [{ ...EXPORT, bytes: 'iVBORw0KGgo=' }]],
  ['file:export', 'nothing', []],
  ['file:export-many', 'a path for a name', [{ format: 'png', files: [{ bytes: PNG_BYTES, suggestedName: '../x.png' }] }]],
  ['file:export-many', 'two files of one name', [{ format: 'png', files: [{ bytes: PNG_BYTES, suggestedName: 'A.png' }, { bytes: PNG_BYTES, suggestedName: 'a.png' }] }]],
  ['file:export-many', 'a folder key', [{ format: 'png', folder: '/tmp', files: [{ bytes: PNG_BYTES, suggestedName: 'A.png' }] }]],
  ['file:export-many', 'no files', [{ format: 'png', files: [] }]],
  ['window:ready', 'an argument', ['x']],
  ['file:new-window', 'an argument', [{}]],
  ['file:open', 'a path', ['/etc/passwd']],
  ['file:revert', 'a path', ['/home/ana/Q3.cvj']],
  ['file:recent-list', 'an argument', [1]],
  ['file:recent-clear', 'an argument', [true]],
  ['recovery:list', 'an argument', ['all']],
  ...NOT_IDS.map(([name, id]): [InvokeChannel, string, unknown[]] => [
    'file:open-recent',
    `an id that is ${name}`,
    [id],
  ]),
  ...NOT_IDS.map(([name, id]): [InvokeChannel, string, unknown[]] => [
    'recovery:restore',
    `an id that is ${name}`,
    [id],
  ]),
  ...NOT_IDS.map(([name, id]): [InvokeChannel, string, unknown[]] => [
    'recovery:discard',
    `an id that is ${name}`,
    [id],
  ]),
  ...NOT_TEXTS.map(([name, payload]): [InvokeChannel, string, unknown[]] => [
    'file:save',
    name,
    [payload],
  ]),
  ...NOT_TEXTS.map(([name, payload]): [InvokeChannel, string, unknown[]] => [
    'file:save-as',
    name,
    [payload],
  ]),
  ...NOT_TEXTS.map(([name, payload]): [InvokeChannel, string, unknown[]] => [
    'recovery:write',
    name,
    [payload],
  ]),
  ...NOT_TEXTS.map(([name, payload]): [InvokeChannel, string, unknown[]] => [
    'file:new-from-template',
    name,
    [payload],
  ]),
  ['file:save', 'force that is not a boolean', [{ text: JOURNEY, force: 'yes' }]],
  ['file:save', 'two payloads', [{ text: JOURNEY }, { text: JOURNEY }]],
  ['file:save', 'nothing', []],
  ['file:open-dropped', 'a relative path', ['Q3 launch.cvj']],
  ['file:open-dropped', 'a path with a NUL', ['/tmp/a.cvj\u0000.txt']],
  ['file:open-dropped', 'a path with a newline', ['/tmp/a\n.cvj']],
  ['file:open-dropped', 'an empty path', ['']],
  ['file:open-dropped', 'a huge path', [`/${'a'.repeat(40_000)}.cvj`]],
  ['file:open-dropped', 'a number', [3]],
  ['file:open-dropped', 'an array of paths', [['/tmp/a.cvj', '/tmp/b.cvj']]],
  ['file:open-dropped', 'a File-like object', [{ name: 'a.cvj', path: '/tmp/a.cvj' }]],
  ['file:save-request-done', 'a missing field', [{ requestId: ID }]],
  ['file:save-request-done', 'a bad request id', [{ requestId: '../x', saved: true }]],
  ['file:save-request-done', 'saved as a string', [{ requestId: ID, saved: 'true' }]],
  ['file:save-request-done', 'an extra key', [{ requestId: ID, saved: true, close: true }]],
];

describe('file channels: bad payloads are refused before any work', () => {
  it.each(BAD)('%s refuses %s', async (channel, _name, args) => {
    const { invoke, calls } = setup();
    const result = await invoke(channel, args);
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    if (!result.ok) {
      expect(result.error.message).toContain(channel);
      expect(result.error.message.length).toBeLessThanOrEqual(500);
    }
    expect(calls()).toBe(0);
  });

  it('every file channel is covered by this table or the valid calls above', () => {
    const covered = new Set(BAD.map(([channel]) => channel));
    const fileChannels = (Object.keys(INVOKE_CHANNELS) as InvokeChannel[]).filter((c) =>
      /^(file|recovery|window:ready)/.test(c),
    );
    for (const channel of fileChannels) {
      if (channel === 'file:save-request-done' || covered.has(channel)) continue;
      throw new Error(`${channel} has no bad-payload test`);
    }
  });

  it.each(['file:open', 'file:save', 'recovery:list', 'window:ready'])(
    '%s is forbidden to a foreign page, whatever it sends',
    async (channel) => {
      const { invoke, calls } = setup();
      const sender = { id: 1, url: 'https://evil.example/', isMainFrame: true };
      expect(await invoke(channel, [{ text: JOURNEY }], sender)).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
      expect(calls()).toBe(0);
    },
  );
});

describe('file channels: replies keep to the contract', () => {
  it('fields the contract does not name (like a path) never reach the renderer', async () => {
    const { invoke, documents } = setup();
    documents.open.mockResolvedValue({
      ...OPENED,
      path: '/home/ana/secret/Q3.cvj',
      document: {
        ...(OPENED.status === 'opened' ? OPENED.document : {}),
        filePath: '/home/ana/Q3.cvj',
      },
    } as never);
    const result = await invoke('file:open', []);
    expect(JSON.stringify(result)).not.toContain('/home/ana');
  });

  it('a reply that breaks the contract is an internal error', async () => {
    const { invoke, documents, onInternalError } = setup();
    documents.save.mockResolvedValue({ status: 'saved' } as never);
    expect(await invoke('file:save', [{ text: JOURNEY }])).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
    expect(onInternalError).toHaveBeenCalledWith('file:save', expect.anything());
  });

  it('a failure inside the service is an internal error without details', async () => {
    const { invoke, documents } = setup();
    documents.writeRecovery.mockRejectedValue(new Error('EACCES /home/ana/.config/CVJ Studio'));
    expect(await invoke('recovery:write', [{ text: JOURNEY }])).toEqual({
      ok: false,
      error: { code: 'internal', message: '"recovery:write" failed.' },
    });
  });
});
