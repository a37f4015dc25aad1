import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { APP_ORIGIN } from '../../../electron/main/app-protocol';
import { DocumentManager } from '../../../electron/main/documents/manager';
import type { DialogPort, ShellPort, WindowPort } from '../../../electron/main/documents/ports';
import { BackupStore } from '../../../electron/main/files/backups';
import { DocumentFiles } from '../../../electron/main/files/document-files';
import { nodeFs } from '../../../electron/main/files/fs-port';
import { RecentList } from '../../../electron/main/files/recent-list';
import { RecoveryStore } from '../../../electron/main/files/recovery-store';
import {
  createHandlers,
  handleInvoke,
  type InvokeSender,
} from '../../../electron/main/ipc-handlers';
import { serializeJourneyFile } from '../../../shared/file/serialize';
import {
  INVOKE_CHANNELS,
  type InvokeChannel,
  type IpcResult,
  type WindowState,
} from '../../../shared/ipc/contract';
import { createStarterJourney } from '../../../shared/model/starter';
import { anyJsonValue, anyString } from '../fuzz/arbitraries';

/**
 * Random and malformed payloads against every main-process handler, through the real gate
 * (handleInvoke) into the real document manager, file service, recent list and recovery store
 * on temporary folders; only the native dialogs, windows and shell are fakes (dialogs answer
 * "cancel"). Each case is one call on a fresh manager. Used by ipc-fuzz.test.ts (CI size) and
 * scripts/fuzz.ts.
 */

const CHANNELS = Object.keys(INVOKE_CHANNELS) as InvokeChannel[];
const ERROR_CODES = new Set(['bad-request', 'forbidden', 'unknown-channel', 'internal']);
const WINDOW_ID = 100;
const TRUSTED: InvokeSender = { id: WINDOW_ID, url: 'app://cvj/index.html', isMainFrame: true };

export class IpcPropertyFailure extends Error {}
function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new IpcPropertyFailure(message);
}

export interface IpcWorld {
  root: string;
  /** The user's documents: no IPC call in a fuzz case may change anything here. */
  docs: string;
  userData: string;
  victim: string;
  fifo: string | null;
  dispose(): void;
}

export function createIpcWorld(): IpcWorld {
  const root = mkdtempSync(join(tmpdir(), 'cvj-ipc-fuzz-'));
  const docs = join(root, 'docs');
  const userData = join(root, 'userData');
  mkdirSync(docs);
  mkdirSync(userData);
  const victim = join(docs, 'Q3 launch.cvj');
  writeFileSync(
    victim,
    serializeJourneyFile(createStarterJourney({ id: 'v', now: '2025-01-01T00:00:00.000Z' })),
  );
  writeFileSync(join(docs, 'notes.txt'), 'not a journey');
  let fifo: string | null = join(docs, 'pipe.cvj');
  try {
    execFileSync('mkfifo', [fifo]);
  } catch {
    fifo = null;
  }
  return {
    root,
    docs,
    userData,
    victim,
    fifo,
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Name -> size, mtime and hash of every file under `dir` (FIFOs by type only). */
export function snapshot(dir: string): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      const info = statSync(path);
      if (info.isDirectory()) walk(path);
      else if (!info.isFile()) found.set(path, 'special');
      else
        found.set(
          path,
          `${info.size}:${info.mtimeMs}:${createHash('sha256').update(readFileSync(path)).digest('hex')}`,
        );
    }
  };
  walk(dir);
  return found;
}

function sameSnapshot(a: Map<string, string>, b: Map<string, string>): boolean {
  return a.size === b.size && [...a].every(([key, value]) => b.get(key) === value);
}

function world(w: IpcWorld) {
  const windows: WindowPort = {
    create: () => WINDOW_ID,
    focus: () => {},
    isAlive: () => true,
    send: () => {},
    present: () => {},
    close: () => {},
  };
  const dialogs: DialogPort = {
    chooseFileToOpen: async () => null,
    chooseSavePath: async () => null,
    confirmReplace: async () => false,
    askToSave: async () => 'cancel',
  };
  const shell: ShellPort = {
    addRecentDocument: () => {},
    clearRecentDocuments: () => {},
    documentsDir: () => w.docs,
    recentChanged: () => {},
    warn: () => {},
  };
  const recent = new RecentList({ fs: nodeFs, file: join(w.userData, 'recent.json') });
  const recovery = new RecoveryStore({ fs: nodeFs, dir: join(w.userData, 'recovery') });
  const manager = new DocumentManager({
    files: new DocumentFiles({
      fs: nodeFs,
      backups: new BackupStore({ fs: nodeFs, dir: join(w.userData, 'backups') }),
    }),
    recent,
    recovery,
    fs: nodeFs,
    windows,
    dialogs,
    shell,
    platform: 'linux',
  });
  manager.newWindow();
  const internalErrors: unknown[] = [];
  const opened: string[] = [];
  // A variable, not a literal: channels added to the contract later (and their deps) need no
  // change here to be fuzzed; their handlers get a stub that answers "cancelled".
  const deps = {
    appInfo: () => ({ name: 'CVJ Studio', version: '0.1.0', platform: 'linux' }),
    setWindowState: (id: number, state: WindowState) => manager.setWindowState(id, state),
    openExternal: async (url: string) => {
      opened.push(url);
    },
    documents: manager,
    exportImage: async () => ({ status: 'cancelled' as const }),
    copyImage: async () => {},
  };
  const env = {
    handlers: createHandlers(deps),
    appOrigin: APP_ORIGIN,
    onInternalError: (_channel: InvokeChannel, error: unknown) => internalErrors.push(error),
  };
  /** Waits for the work an answered call leaves running (recent list, autosave removal). */
  const settle = async () => {
    await new Promise((resolve) => setImmediate(resolve));
    await Promise.all([recent.settle(), recovery.settle()]);
  };
  return { env, internalErrors, opened, settle };
}

const JOURNEY_TEXT = serializeJourneyFile(
  createStarterJourney({ id: 'j', now: '2025-01-01T00:00:00.000Z' }),
);
const ID = '0123456789abcdef0123456789abcdef';

/** Values Electron's structured clone can carry, and some only a compromised preload could. */
const anyIpcValue = fc.oneof(
  { weight: 4, arbitrary: anyJsonValue },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>(
      undefined,
      Number.NaN,
      Infinity,
      -0,
      10n ** 30n,
      new Date(0),
      new Map([['text', JOURNEY_TEXT]]),
      new Set([1]),
      new Uint8Array([123, 125]),
      Object.create(null),
      Object.assign(Object.create({ text: JOURNEY_TEXT }), {}),
      'x'.repeat(1_000_000),
      ` ${JOURNEY_TEXT}`,
      JOURNEY_TEXT.replace('"version": 1', '"version": 2'),
      JOURNEY_TEXT.replace('"aware"', '"nowhere"'),
      JOURNEY_TEXT.slice(0, 100),
      JSON.parse(`${'['.repeat(5_000)}${']'.repeat(5_000)}`),
      'https://user:pw@example.com/',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'mailto:',
      '/etc/passwd',
      '../../Q3 launch.cvj',
      '/tmp/../etc/shadow.cvj',
      '\\\\server\\share\\x.cvj',
      'C:\\Windows\\win.ini',
      '/dev/zero.cvj',
      ID,
      ID.toUpperCase(),
      `${ID}/../x`,
      '__proto__',
    ),
  },
);

const SVG_BYTES = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>');

/** What a well-formed call looks like, per channel, to mutate from ([] for one not listed). */
function wellFormed(w: IpcWorld): Record<string, unknown[]> {
  return {
    'app:info': [],
    'window:set-state': [{ documentTitle: 'Plan', edited: true }],
    'shell:open-external': ['https://example.com/'],
    'window:ready': [],
    'file:new-window': [],
    'file:open': [],
    'file:open-recent': [ID],
    'file:open-dropped': [w.victim],
    'file:revert': [],
    'file:save': [{ text: JOURNEY_TEXT, force: true }],
    'file:save-as': [{ text: JOURNEY_TEXT }],
    'file:recent-list': [],
    'file:recent-clear': [],
    'file:save-request-done': [{ requestId: ID, saved: true }],
    'recovery:write': [{ text: JOURNEY_TEXT }],
    'recovery:list': [],
    'recovery:restore': [ID],
    'recovery:discard': [ID],
    'file:export': [{ format: 'svg', bytes: SVG_BYTES, suggestedName: 'Plan.svg' }],
    'clipboard:write-image': [{ format: 'svg', bytes: SVG_BYTES }],
  };
}

function mutate(args: unknown[], index: number, key: string, value: unknown): unknown[] {
  const copy = [...args];
  const at = copy.length === 0 ? 0 : index % copy.length;
  const target = copy[at];
  if (typeof target === 'object' && target !== null && !Array.isArray(target)) {
    copy[at] = { ...target, [key]: value };
  } else {
    copy[at] = value;
  }
  return copy;
}

export interface IpcCase {
  channel: string;
  args: unknown[];
  sender: InvokeSender | null;
}

function cases(w: IpcWorld): fc.Arbitrary<IpcCase> {
  const channel = fc.constantFrom(...CHANNELS);
  const known = wellFormed(w);
  const base = (name: string): unknown[] => known[name] ?? [];
  const extraPaths = [w.victim, join(w.docs, 'notes.txt'), w.docs, ...(w.fifo ? [w.fifo] : [])];
  return fc.oneof(
    // Anything at all as the arguments.
    fc.record({
      channel,
      args: fc.array(anyIpcValue, { maxLength: 3 }),
      sender: fc.constant(TRUSTED),
    }),
    // A well-formed call with one argument or field replaced, or one argument too many.
    fc
      .record({
        channel,
        index: fc.nat(),
        key: fc.constantFrom(
          'text',
          'force',
          'documentTitle',
          'edited',
          'requestId',
          'saved',
          'format',
          'bytes',
          'suggestedName',
          '__proto__',
          'constructor',
        ),
        value: anyIpcValue,
        extra: fc.boolean(),
      })
      .map(({ channel: name, index, key, value, extra }) => ({
        channel: name,
        args: extra ? [...base(name), value] : mutate(base(name), index, key, value),
        sender: TRUSTED,
      })),
    // Paths a compromised page might drop: real files, folders, pipes.
    fc.record({
      channel: fc.constant('file:open-dropped'),
      args: fc.constantFrom(...extraPaths).map((p) => [p]),
      sender: fc.constant(TRUSTED),
    }),
    // Well-formed calls from frames that must not be answered.
    fc
      .record({
        channel,
        args: fc.constant(null).map(() => [] as unknown[]),
        sender: fc.constantFrom<InvokeSender | null>(
          null,
          { id: WINDOW_ID, url: 'https://evil.example/', isMainFrame: true },
          { id: WINDOW_ID, url: 'app://cvj/index.html', isMainFrame: false },
          { id: WINDOW_ID, url: 'file:///tmp/x.html', isMainFrame: true },
        ),
      })
      .map((c) => ({ ...c, args: base(c.channel) })),
    // Channels that do not exist.
    fc.record({
      channel: fc.oneof(
        anyString,
        fc.constantFrom(
          '__proto__',
          'constructor',
          'toString',
          'hasOwnProperty',
          'file:delete',
          'shell:open-path',
          'FILE:OPEN',
        ),
      ),
      args: fc.array(anyIpcValue, { maxLength: 2 }),
      sender: fc.constant(TRUSTED),
    }),
  );
}

const HANG_MS = 5_000;

/**
 * One call: it answers with a typed IpcResult within HANG_MS, never an internal failure; a
 * refused call touches no file anywhere; no call touches the user's documents (dialogs cancel).
 */
export type IpcStats = Record<string, number>;

export function ipcProperty(w: IpcWorld, stats: IpcStats = {}): fc.IAsyncProperty<[IpcCase]> {
  return fc.asyncProperty(cases(w), async ({ channel, args, sender }) => {
    const docsBefore = snapshot(w.docs);
    const dataBefore = snapshot(w.userData);
    const { env, internalErrors, opened, settle } = world(w);
    let timer: NodeJS.Timeout | undefined;
    const result = (await Promise.race([
      handleInvoke(channel, sender, args, env),
      new Promise((resolve) => {
        timer = setTimeout(() => resolve('hung'), HANG_MS);
      }),
    ])) as IpcResult<unknown> | 'hung';
    clearTimeout(timer);
    check(result !== 'hung', `${channel} did not answer within ${HANG_MS} ms`);
    // So that what a call set going is seen by this case's checks, not the next one's.
    await settle();
    check(
      typeof result === 'object' && result !== null && typeof result.ok === 'boolean',
      `${channel} answered ${String(result)}`,
    );
    check(
      internalErrors.length === 0,
      `${channel} failed inside main: ${String(internalErrors[0])}`,
    );
    const outcome = result.ok ? 'answered' : result.error.code;
    stats[outcome] = (stats[outcome] ?? 0) + 1;
    if (!result.ok) {
      check(
        ERROR_CODES.has(result.error.code) && result.error.code !== 'internal',
        `${channel}: ${result.error.code}`,
      );
      check(
        typeof result.error.message === 'string' && result.error.message.length <= 500,
        `${channel}: message`,
      );
      check(
        sameSnapshot(dataBefore, snapshot(w.userData)),
        `a refused ${channel} changed the app's data`,
      );
      check(opened.length === 0, `a refused ${channel} opened a link`);
    } else {
      check(Object.hasOwn(INVOKE_CHANNELS, channel), `unknown channel ${channel} was answered`);
      check(sender === TRUSTED, `${channel} was answered for an untrusted frame`);
      for (const url of opened) check(/^(https?|mailto):/.test(url), `opened ${url}`);
    }
    check(sameSnapshot(docsBefore, snapshot(w.docs)), `${channel} changed the user's documents`);
  });
}
