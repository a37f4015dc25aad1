import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { parseJourneyFile, serializeJourneyFile } from '../../../shared/file';
import type { CheckedJourneyText, EventChannel, EventPayload } from '../../../shared/ipc/contract';
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
import { nodeFs, type FsPort } from '../../../electron/main/files/fs-port';
import { RecentList } from '../../../electron/main/files/recent-list';
import { RecoveryStore } from '../../../electron/main/files/recovery-store';
import { fixture, removeDir, steppingClock, tempDir } from './helpers';

/**
 * The document manager with Electron replaced by recording fakes, and the real file service,
 * recent list and recovery store on temporary folders: what the documents-*.test.ts files (one
 * per part of electron/main/documents/) drive. `FakeWindows.close` plays Electron's close event
 * the way index.ts wires it (mayClose, else requestClose).
 *
 * A test file calls `useDocumentFolders()` once; each test then gets fresh folders: `docs` (the
 * user's Documents) and `userData` (recent list, autosaves, backups) under `root`.
 */

const STARTER = fixture('v1/starter.cvj');

export function journey(title: string): CheckedJourneyText {
  const parsed = parseJourneyFile(STARTER);
  if (!parsed.ok) throw new Error('fixture');
  return {
    text: serializeJourneyFile({ ...parsed.journey, title }, { extra: parsed.file }),
    title,
  };
}

interface Sent {
  id: number;
  channel: EventChannel;
  payload: unknown;
}

export class FakeWindows implements WindowPort {
  private next = 100;
  readonly alive = new Set<number>();
  readonly focused: number[] = [];
  readonly sent: Sent[] = [];
  readonly views = new Map<number, WindowView>();
  manager: DocumentManager | null = null;

  create(): number {
    const id = this.next++;
    this.alive.add(id);
    return id;
  }
  focus(id: number): void {
    this.focused.push(id);
  }
  isAlive(id: number): boolean {
    return this.alive.has(id);
  }
  send<E extends EventChannel>(id: number, channel: E, payload: EventPayload<E>): void {
    this.sent.push({ id, channel, payload });
  }
  present(id: number, view: WindowView): void {
    this.views.set(id, view);
  }
  close(id: number): void {
    const manager = this.manager;
    if (!manager || !this.alive.has(id)) return;
    if (manager.mayClose(id)) {
      this.alive.delete(id);
      manager.windowClosed(id);
    } else {
      void manager.requestClose(id);
    }
  }
  sentTo(id: number, channel: EventChannel): unknown[] {
    return this.sent.filter((s) => s.id === id && s.channel === channel).map((s) => s.payload);
  }
}

export class FakeDialogs implements DialogPort {
  openAnswers: (string | null)[] = [];
  saveAnswers: (string | null)[] = [];
  replaceAnswers: boolean[] = [];
  unsavedAnswers: UnsavedChoice[] = [];
  readonly asked: { kind: string; parentId: number | null; detail: string }[] = [];

  async chooseFileToOpen(parentId: number | null) {
    this.asked.push({ kind: 'open', parentId, detail: '' });
    return this.openAnswers.shift() ?? null;
  }
  async chooseSavePath(parentId: number, defaultPath: string) {
    this.asked.push({ kind: 'save', parentId, detail: defaultPath });
    return this.saveAnswers.shift() ?? null;
  }
  async confirmReplace(parentId: number, fileName: string) {
    this.asked.push({ kind: 'replace', parentId, detail: fileName });
    return this.replaceAnswers.shift() ?? false;
  }
  async askToSave(parentId: number, documentName: string, reason: 'close' | 'quit') {
    this.asked.push({ kind: `unsaved-${reason}`, parentId, detail: documentName });
    return this.unsavedAnswers.shift() ?? 'cancel';
  }
}

export let root: string;
export let docs: string;
export let userData: string;

export function setup(options: { fs?: FsPort } = {}) {
  const windows = new FakeWindows();
  const dialogs = new FakeDialogs();
  const recorded = { recentDocuments: [] as string[], recentChanges: 0, warnings: [] as string[] };
  const shell = {
    get recentDocuments() {
      return recorded.recentDocuments;
    },
    addRecentDocument: (path: string) => {
      recorded.recentDocuments.push(path);
    },
    clearRecentDocuments: () => {
      recorded.recentDocuments = [];
    },
    documentsDir: () => docs,
    recentChanged: () => {
      recorded.recentChanges += 1;
    },
    warn: (message: string) => {
      recorded.warnings.push(message);
    },
  } satisfies ShellPort & Record<string, unknown>;
  const now = steppingClock();
  const recovery = new RecoveryStore({ fs: nodeFs, dir: join(userData, 'recovery'), now });
  const recent = new RecentList({ fs: nodeFs, file: join(userData, 'recent.json'), now });
  const files = new DocumentFiles({
    fs: options.fs ?? nodeFs,
    backups: new BackupStore({ fs: nodeFs, dir: join(userData, 'backups'), now }),
    now,
  });
  const manager = new DocumentManager({
    files,
    recent,
    recovery,
    fs: nodeFs,
    windows,
    dialogs,
    shell,
    platform: 'linux',
  });
  windows.manager = manager;
  const ctx = { manager, windows, dialogs, shell, recovery, recent };
  contexts.push(ctx);
  return ctx;
}

export type Ctx = ReturnType<typeof setup>;

/** Every manager made by a test, so teardown can wait for its background writes. */
const contexts: { recovery: RecoveryStore; recent: RecentList }[] = [];

export function writeJourney(name: string, title = 'On disk', folder = docs): string {
  const path = join(folder, name);
  writeFileSync(path, journey(title).text);
  return path;
}

/** A window whose page has loaded (the usual state). */
export async function readyWindow(manager: DocumentManager): Promise<number> {
  const id = manager.newWindow();
  await manager.ready(id);
  return id;
}

/** A loaded window with unsaved changes, autosaved. */
export async function editedWindow(ctx: Ctx, title: string): Promise<number> {
  const id = await readyWindow(ctx.manager);
  ctx.manager.setWindowState(id, { documentTitle: title, edited: true });
  await ctx.manager.writeRecovery(id, journey(title));
  return id;
}

/** Lets fire-and-forget work (recent list, autosave removal) finish. */
export async function settle(ctx: Ctx): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 20));
  await ctx.recovery.settle();
}

/** Fresh folders for each test of the calling file, removed (after background work) after it. */
export function useDocumentFolders(): void {
  beforeEach(() => {
    root = tempDir('cvj-docs-');
    docs = join(root, 'Documents');
    userData = join(root, 'userData');
    mkdirSync(docs);
  });
  afterEach(async () => {
    // Recent-list updates run in the background; let them land before the folder goes.
    await new Promise((resolve) => setTimeout(resolve, 10));
    for (const ctx of contexts.splice(0))
      await Promise.all([ctx.recent.settle(), ctx.recovery.settle()]);
    removeDir(root);
  });
}
