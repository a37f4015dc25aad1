import type { ExportFormat } from '../../../shared/export/sniff';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  EventChannel,
  EventPayload,
  MenuCommand,
  WindowState,
} from '../../../shared/ipc/contract';
import { DocumentManager } from '../../../electron/main/documents/manager';
import type {
  DialogPort,
  ShellPort,
  UnsavedChoice,
  WindowPort,
  WindowView,
} from '../../../electron/main/documents/ports';
import { BackupStore } from '../../../electron/main/files/backups';
import { DocumentFiles } from '../../../electron/main/files/document-files';
import { nodeFs } from '../../../electron/main/files/fs-port';
import { RecentList } from '../../../electron/main/files/recent-list';
import { RecoveryStore } from '../../../electron/main/files/recovery-store';
import { createHandlers, handleInvoke } from '../../../electron/main/ipc-handlers';
import { exportImage } from '../../../electron/main/export-files';
import { copyImageToClipboard } from '../../../electron/main/clipboard-images';

/**
 * Main's side of the test bridge: the app's real DocumentManager, file service, recent list,
 * recovery store and IPC gate (electron/main, no `electron` import), wired like
 * electron/main/index.ts wires them, on a temporary folder. What Electron would do is played
 * here: windows are ids tied to Playwright pages, and the native dialogs answer from queues
 * the test fills ("the user picks temp/a.cvj").
 */

export interface WindowHost {
  /** Delivers a main → renderer event to the window's page. */
  send(channel: EventChannel, payload: unknown): void;
}

export type DialogCall =
  | { kind: 'open' }
  | { kind: 'save'; defaultPath: string }
  | { kind: 'export'; defaultPath: string; format: ExportFormat }
  | { kind: 'replace'; fileName: string }
  | { kind: 'ask-to-save'; documentName: string; reason: 'close' | 'quit' };

export class FakeMain {
  /** The temporary folder: journeys live in `dir`, the app's data folder is `userData`. */
  readonly root: string;
  readonly dir: string;
  readonly userData: string;
  readonly manager: DocumentManager;
  readonly recovery: RecoveryStore;
  /** Every native dialog main showed, in order. */
  readonly dialogCalls: DialogCall[] = [];
  /** The title and edited dot main gave each window (what the title bar would show). */
  readonly views = new Map<number, WindowView>();
  readonly focused: number[] = [];
  /** Windows main opened that no test page is attached to (File > New, opens placed elsewhere). */
  readonly createdWindows: number[] = [];
  readonly closedWindows: number[] = [];
  readonly warnings: string[] = [];
  readonly osRecent: string[] = [];
  /** What main put on the system clipboard, newest last: MIME type → bytes, per copy. */
  readonly clipboard: Map<string, Buffer>[] = [];
  /** Windows the user has switched away from (they may not write the clipboard). */
  readonly unfocused = new Set<number>();

  private readonly hosts = new Map<number, WindowHost>();
  private readonly openAnswers: (string | null)[] = [];
  private readonly saveAnswers: (string | null)[] = [];
  private readonly replaceAnswers: boolean[] = [];
  private readonly askAnswers: UnsavedChoice[] = [];
  private nextWindowId = 1;
  private readonly appOrigin: string;
  private readonly handlers: ReturnType<typeof createHandlers>;

  constructor(options: { appOrigin: string; root?: string }) {
    this.appOrigin = options.appOrigin;
    this.root = options.root ?? mkdtempSync(join(tmpdir(), 'cvj-bridge-'));
    this.dir = join(this.root, 'journeys');
    this.userData = join(this.root, 'userData');
    mkdirSync(this.dir, { recursive: true });
    const warn = (message: string) => this.warnings.push(message);
    this.recovery = new RecoveryStore({
      fs: nodeFs,
      dir: join(this.userData, 'recovery'),
      onWarning: warn,
    });
    this.manager = new DocumentManager({
      files: new DocumentFiles({
        fs: nodeFs,
        backups: new BackupStore({ fs: nodeFs, dir: join(this.userData, 'backups') }),
        onWarning: warn,
      }),
      recent: new RecentList({
        fs: nodeFs,
        file: join(this.userData, 'recent.json'),
        onWarning: warn,
      }),
      recovery: this.recovery,
      fs: nodeFs,
      windows: this.windowPort(),
      dialogs: this.dialogPort(),
      shell: this.shellPort(warn),
    });
    this.handlers = createHandlers({
      appInfo: () => ({ name: 'CVJ Studio', version: '0.0.0-test', platform: process.platform }),
      setWindowState: (senderId, state: WindowState) =>
        this.manager.setWindowState(senderId, state),
      openExternal: async () => {},
      documents: this.manager,
      // Export and Copy as PNG/SVG: main's real code, with the Save dialog answered from the
      // same queue as the file dialogs and a recording stand-in for Electron's clipboard.
      exportImage: (senderId, request) =>
        exportImage(
          {
            fs: nodeFs,
            defaultDir: () => this.dir,
            chooseExportPath: async (_window, defaultPath, format) => {
              this.dialogCalls.push({ kind: 'export', defaultPath, format });
              return this.saveAnswers.shift() ?? null;
            },
          },
          senderId,
          request,
        ),
      copyImage: (senderId, image) =>
        copyImageToClipboard(
          {
            // The test page is the window in front unless a test says otherwise.
            senderFocused: () => !this.unfocused.has(senderId),
            warn: (message) => void this.warnings.push(message),
            write: async (entries) => {
              const copied = new Map<string, Buffer>();
              for (const [type, payload] of Object.entries(entries)) {
                copied.set(
                  type,
                  typeof payload === 'string'
                    ? Buffer.from(payload)
                    : Buffer.from(await payload.arrayBuffer()),
                );
              }
              this.clipboard.push(copied);
            },
            writeText: async (text) => void this.clipboard.push(new Map([['text/plain', Buffer.from(text)]])),
          },
          image,
        ),
    });
  }

  /** A window for a test page (what BrowserWindow creation is to main). */
  addWindow(host: WindowHost): number {
    const id = this.nextWindowId++;
    this.hosts.set(id, host);
    return id;
  }

  /** An invoke from window `id`, through main's real gate: sender, channel, payload checks. */
  invoke(id: number, pageUrl: string, channel: string, args: unknown[]) {
    return handleInvoke(channel, { id, url: pageUrl, isMainFrame: true }, args, {
      handlers: this.handlers,
      appOrigin: this.appOrigin,
      onInternalError: (ch, error) => this.warnings.push(`IPC ${ch} failed: ${String(error)}`),
    });
  }

  /** A native menu item (or its accelerator) in window `id`, as index.ts routes it. */
  menu(id: number, command: MenuCommand): void {
    if (this.manager.handleMenuCommand(command, id)) return;
    this.hosts.get(id)?.send('menu:command', command);
  }

  /** The page reloaded (did-navigate in index.ts). */
  pageLost(id: number): void {
    this.manager.pageLost(id);
  }

  // What the user will pick in the next native dialogs.
  answerOpenDialog(path: string | null): void {
    this.openAnswers.push(path);
  }
  answerSaveDialog(path: string | null): void {
    this.saveAnswers.push(path);
  }
  answerReplace(replace: boolean): void {
    this.replaceAnswers.push(replace);
  }
  answerUnsavedPrompt(choice: UnsavedChoice): void {
    this.askAnswers.push(choice);
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }

  private windowPort(): WindowPort {
    return {
      create: () => {
        const id = this.nextWindowId++;
        this.createdWindows.push(id);
        return id;
      },
      focus: (id) => void this.focused.push(id),
      isAlive: (id) =>
        (this.hosts.has(id) || this.createdWindows.includes(id)) &&
        !this.closedWindows.includes(id),
      send: <E extends EventChannel>(id: number, channel: E, payload: EventPayload<E>) => {
        this.hosts.get(id)?.send(channel, payload);
      },
      present: (id, view) => void this.views.set(id, view),
      close: (id) => {
        // Electron: the window closes, then 'closed' fires (index.ts → windowClosed).
        if (this.closedWindows.includes(id)) return;
        this.closedWindows.push(id);
        this.manager.windowClosed(id);
      },
    };
  }

  private dialogPort(): DialogPort {
    return {
      chooseFileToOpen: async () => {
        this.dialogCalls.push({ kind: 'open' });
        return this.openAnswers.shift() ?? null;
      },
      chooseSavePath: async (_parent, defaultPath) => {
        this.dialogCalls.push({ kind: 'save', defaultPath });
        return this.saveAnswers.shift() ?? null;
      },
      confirmReplace: async (_parent, fileName) => {
        this.dialogCalls.push({ kind: 'replace', fileName });
        return this.replaceAnswers.shift() ?? false;
      },
      askToSave: async (_parent, documentName, reason) => {
        this.dialogCalls.push({ kind: 'ask-to-save', documentName, reason });
        return this.askAnswers.shift() ?? 'cancel';
      },
    };
  }

  private shellPort(warn: (message: string) => void): ShellPort {
    return {
      addRecentDocument: (path) => void this.osRecent.push(path),
      clearRecentDocuments: () => {
        this.osRecent.length = 0;
      },
      documentsDir: () => this.dir,
      recentChanged: () => {},
      warn,
    };
  }
}
