/**
 * A stand-in for the `electron` module, so electron/main/index.ts can run for real in Node (the
 * Electron binary cannot run here; see MACHINE.md) and the checklist test can inspect the very
 * objects the app creates: window options, session handlers, protocol privileges, IPC handlers.
 * The parts the checks need are explicit and record what they are given; anything else the
 * app touches is an inert recorder, so wiring added later does not break the fake.
 */

type Listener = (...args: unknown[]) => unknown;

export interface Recorder {
  calls: { path: string; args: unknown[] }[];
}

export const recorder: Recorder = { calls: [] };

/** A callable, constructible object where every property is another such object. */
export function inert(path: string): unknown {
  const children = new Map<PropertyKey, unknown>();
  const target = function () {} as unknown as object;
  return new Proxy(target, {
    get(_t, key) {
      if (key === 'then') return undefined;
      if (key === Symbol.toPrimitive) return () => path;
      if (key === 'toString' || key === 'valueOf') return () => path;
      if (!children.has(key)) children.set(key, inert(`${path}.${String(key)}`));
      return children.get(key);
    },
    apply(_t, _this, args: unknown[]) {
      recorder.calls.push({ path, args });
      return inert(`${path}()`);
    },
    construct(_t, args: unknown[]) {
      recorder.calls.push({ path: `new ${path}`, args });
      return inert(`new ${path}`) as object;
    },
  });
}

/** An object with the given members; anything else is inert. */
function withFallback<T extends object>(path: string, members: T): T {
  return new Proxy(members, {
    get(target, key, receiver) {
      if (Reflect.has(target, key)) return Reflect.get(target, key, receiver);
      if (key === 'then') return undefined;
      const value = inert(`${path}.${String(key)}`);
      Reflect.set(target, key, value);
      return value;
    },
  });
}

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

let nextContentsId = 1;

export class FakeWebContents extends Emitter {
  readonly id = nextContentsId++;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  readonly sent: { channel: string; payload: unknown }[] = [];
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  isDestroyed(): boolean {
    return false;
  }
  reload(): void {}
}

export const windows: FakeBrowserWindow[] = [];
const contentsById = new Map<number, FakeWebContents>();

export class FakeBrowserWindow extends Emitter {
  readonly webContents: FakeWebContents;
  readonly loaded: string[] = [];
  constructor(readonly options: Record<string, unknown>) {
    super();
    appState.events.push('new BrowserWindow');
    this.webContents = new FakeWebContents();
    contentsById.set(this.webContents.id, this.webContents);
    windows.push(this);
    // The app hardens every web contents as it is created, as Electron's app event does.
    app.emit('web-contents-created', {}, this.webContents);
  }
  static getFocusedWindow(): FakeBrowserWindow | null {
    return null;
  }
  static getAllWindows(): FakeBrowserWindow[] {
    return windows;
  }
  static fromWebContents(contents: FakeWebContents): FakeBrowserWindow | null {
    return windows.find((window) => window.webContents === contents) ?? null;
  }
  loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    return Promise.resolve();
  }
  isDestroyed(): boolean {
    return false;
  }
  isMinimized(): boolean {
    return false;
  }
  isVisible(): boolean {
    return true;
  }
  show(): void {}
  focus(): void {}
  restore(): void {}
  close(): void {}
  setTitle(): void {}
  setDocumentEdited(): void {}
  setRepresentedFilename(): void {}
}

export interface FakeSession {
  permissionRequest?: (
    contents: unknown,
    permission: string,
    callback: (granted: boolean) => void,
    details?: unknown,
  ) => void;
  permissionCheck?: (
    contents: unknown,
    permission: string,
    origin?: string,
    details?: unknown,
  ) => boolean;
  devicePermission?: (details: unknown) => boolean;
  displayMedia?: (request: unknown, callback: (streams: unknown) => void) => void;
  headersReceived?: (
    details: { responseHeaders?: Record<string, string[]> },
    callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
  ) => void;
}

export const defaultSession: FakeSession = {};

const sessionObject = withFallback('session.defaultSession', {
  setPermissionRequestHandler: (handler: FakeSession['permissionRequest']) => {
    defaultSession.permissionRequest = handler;
  },
  setPermissionCheckHandler: (handler: FakeSession['permissionCheck']) => {
    defaultSession.permissionCheck = handler;
  },
  setDevicePermissionHandler: (handler: FakeSession['devicePermission']) => {
    defaultSession.devicePermission = handler;
  },
  setDisplayMediaRequestHandler: (handler: FakeSession['displayMedia']) => {
    defaultSession.displayMedia = handler;
  },
  webRequest: withFallback('session.defaultSession.webRequest', {
    onHeadersReceived: (handler: FakeSession['headersReceived']) => {
      defaultSession.headersReceived = handler;
    },
  }),
});

export const session = withFallback('session', { defaultSession: sessionObject });

export const protocolState = {
  privileged: [] as { scheme: string; privileges: Record<string, boolean> }[],
  handlers: new Map<string, (request: Request) => Promise<Response>>(),
};

export const protocol = withFallback('protocol', {
  registerSchemesAsPrivileged: (
    schemes: { scheme: string; privileges: Record<string, boolean> }[],
  ) => {
    protocolState.privileged.push(...schemes);
  },
  handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
    protocolState.handlers.set(scheme, handler);
  },
});

export const ipcState = {
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  listeners: [] as string[],
};

export const ipcMain = withFallback('ipcMain', {
  handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => {
    if (ipcState.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    ipcState.handlers.set(channel, handler);
  },
  removeHandler: (channel: string) => {
    ipcState.handlers.delete(channel);
  },
  on: (channel: string) => {
    ipcState.listeners.push(channel);
  },
  once: (channel: string) => {
    ipcState.listeners.push(channel);
  },
});

export const appState = {
  sandboxEnabled: false,
  /** The order things happened in, to check that guards come before windows. */
  events: [] as string[],
  userData: '',
  /** Resolve to let `app.whenReady()` go on (index.ts then runs its start()). */
  ready: () => {},
};
const ready = new Promise<void>((resolve) => {
  appState.ready = resolve;
});

class FakeApp extends Emitter {
  readonly isPackaged = true;
  readonly name = 'CVJ Studio';
  override on(event: string, listener: Listener): this {
    appState.events.push(`app.on ${event}`);
    return super.on(event, listener);
  }
  enableSandbox(): void {
    appState.sandboxEnabled = true;
    appState.events.push('enableSandbox');
  }
  requestSingleInstanceLock(): boolean {
    return true;
  }
  whenReady(): Promise<void> {
    return ready;
  }
  getPath(): string {
    return appState.userData;
  }
  getVersion(): string {
    return '0.1.0';
  }
  quit(): void {}
  exit(): void {}
  addRecentDocument(): void {}
  clearRecentDocuments(): void {}
}

export const app = withFallback('app', new FakeApp());

export const webContents = withFallback('webContents', {
  fromId: (id: number) => contentsById.get(id) ?? null,
  getAllWebContents: () => [...contentsById.values()],
});

export const BrowserWindow = FakeBrowserWindow;
export const shell = inert('shell');
export const dialog = inert('dialog');
export const Menu = inert('Menu');
export const nativeTheme = inert('nativeTheme');
export const screen = inert('screen');
export const clipboard = inert('clipboard');
export const Notification = inert('Notification');
export const nativeImage = inert('nativeImage');
export const contextBridge = inert('contextBridge');
export const ipcRenderer = inert('ipcRenderer');
export const webUtils = inert('webUtils');
export const net = inert('net');
