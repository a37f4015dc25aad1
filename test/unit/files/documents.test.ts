import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseJourneyFile, serializeJourneyFile } from '../../../shared/file';
import { renderJourneySvg } from '../../../shared/export/svg';
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
import { faultyFs, fixture, removeDir, steppingClock, tempDir } from './helpers';

/**
 * The document manager with Electron replaced by recording fakes, and the real file service,
 * recent list and recovery store on temporary folders. `FakeWindows.close` plays Electron's
 * close event the way index.ts wires it (mayClose, else requestClose).
 */

const STARTER = fixture('v1/starter.cvj');

function journey(title: string): CheckedJourneyText {
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

class FakeWindows implements WindowPort {
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

class FakeDialogs implements DialogPort {
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

let root: string;
let docs: string;
let userData: string;

function setup(options: { fs?: FsPort } = {}) {
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

/** Every manager made by a test, so teardown can wait for its background writes. */
const contexts: { recovery: RecoveryStore; recent: RecentList }[] = [];

function writeJourney(name: string, title = 'On disk', folder = docs): string {
  const path = join(folder, name);
  writeFileSync(path, journey(title).text);
  return path;
}

/** A window whose page has loaded (the usual state). */
async function readyWindow(manager: DocumentManager): Promise<number> {
  const id = manager.newWindow();
  await manager.ready(id);
  return id;
}

/** Lets fire-and-forget work (recent list, autosave removal) finish. */
async function settle(ctx: ReturnType<typeof setup>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 20));
  await ctx.recovery.settle();
}

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

describe('opening', () => {
  it('opens into an untitled, untouched window and titles it with the file name', async () => {
    const ctx = setup();
    const path = writeJourney('Q3 launch.cvj');
    const id = await readyWindow(ctx.manager);
    ctx.dialogs.openAnswers.push(path);
    const outcome = await ctx.manager.open(id, 'reply');
    expect(outcome).toMatchObject({
      status: 'opened',
      document: { name: 'Q3 launch.cvj', hasFile: true, edited: false, recoveredAt: null },
    });
    if (outcome.status === 'opened') expect(outcome.document.text).toBe(readFileSync(path, 'utf8'));
    expect(ctx.windows.views.get(id)).toEqual({
      title: 'Q3 launch.cvj — CVJ Studio',
      edited: false,
      filePath: path,
    });
    await settle(ctx);
    expect(ctx.shell.recentDocuments).toEqual([path]);
    expect((await ctx.manager.listRecent()).map((e) => e.name)).toEqual(['Q3 launch.cvj']);
  });

  it('never replaces unsaved work: a window with changes gets a new window instead', async () => {
    const ctx = setup();
    const path = writeJourney('Q3 launch.cvj');
    const id = await readyWindow(ctx.manager);
    ctx.manager.setWindowState(id, { documentTitle: 'My draft', edited: true });
    ctx.dialogs.openAnswers.push(path);
    expect(await ctx.manager.open(id, 'reply')).toEqual({ status: 'new-window' });
    expect(ctx.windows.views.get(id)?.title).toBe('• My draft — CVJ Studio');
    const created = [...ctx.windows.alive].find((w) => w !== id) ?? -1;
    const startup = await ctx.manager.ready(created);
    expect(startup.document).toMatchObject({ name: 'Q3 launch.cvj', hasFile: true });
  });

  it('a window showing a file is not replaced either', async () => {
    const ctx = setup();
    const a = writeJourney('A.cvj');
    const b = writeJourney('B.cvj');
    const id = await readyWindow(ctx.manager);
    ctx.dialogs.openAnswers.push(a, b);
    await ctx.manager.open(id, 'reply');
    expect(await ctx.manager.open(id, 'reply')).toEqual({ status: 'new-window' });
  });

  it('opening a file that is already open focuses its window (also through a symlink)', async () => {
    const ctx = setup();
    const path = writeJourney('Q3 launch.cvj');
    symlinkSync(path, join(docs, 'Shortcut.cvj'));
    const first = await readyWindow(ctx.manager);
    ctx.dialogs.openAnswers.push(path);
    await ctx.manager.open(first, 'reply');
    const second = await readyWindow(ctx.manager);
    ctx.dialogs.openAnswers.push(join(docs, 'Shortcut.cvj'));
    expect(await ctx.manager.open(second, 'reply')).toEqual({ status: 'focused' });
    expect(ctx.windows.focused.at(-1)).toBe(first);
    await ctx.manager.openPaths([path], second);
    expect(ctx.windows.focused.at(-1)).toBe(first);
    expect(ctx.windows.alive.size).toBe(2);
  });

  it('a broken file gives an error naming it and the JSON path; the window is untouched', async () => {
    const ctx = setup();
    const path = join(docs, 'Broken.cvj');
    writeFileSync(path, fixture('broken/unknown-stage.cvj'));
    const id = await readyWindow(ctx.manager);
    ctx.dialogs.openAnswers.push(path);
    const outcome = await ctx.manager.open(id, 'reply');
    expect(outcome).toMatchObject({
      status: 'error',
      error: { code: 'INVALID', fileName: 'Broken.cvj', jsonPath: 'journey.tactics[2].stage' },
    });
    if (outcome.status === 'error') expect(outcome.error.message).toContain('“Broken.cvj”');
    expect(ctx.windows.alive.size).toBe(1);
    // Still pristine: the next good file goes into it.
    ctx.dialogs.openAnswers.push(writeJourney('Good.cvj'));
    expect((await ctx.manager.open(id, 'reply')).status).toBe('opened');
  });

  it('a file from a newer version is refused with a message saying so', async () => {
    const ctx = setup();
    const path = join(docs, 'Future.cvj');
    writeFileSync(path, fixture('broken/version-too-new.cvj'));
    const id = await readyWindow(ctx.manager);
    ctx.dialogs.openAnswers.push(path);
    const outcome = await ctx.manager.open(id, 'reply');
    expect(outcome).toMatchObject({ status: 'error', error: { code: 'VERSION_TOO_NEW' } });
    if (outcome.status === 'error') expect(outcome.error.message).toMatch(/newer version/);
  });

  it('cancelled dialog: nothing happens', async () => {
    const ctx = setup();
    const id = await readyWindow(ctx.manager);
    expect(await ctx.manager.open(id, 'reply')).toEqual({ status: 'cancelled' });
  });

  it('files from the OS before the page loaded wait for it (double-click at launch, argv)', async () => {
    const ctx = setup();
    const a = writeJourney('A.cvj');
    const broken = join(docs, 'Broken.cvj');
    writeFileSync(broken, '{ nope');
    const b = writeJourney('B.cvj');
    const first = ctx.manager.newWindow();
    await ctx.manager.openPaths([a, broken, b], first);
    const startup = await ctx.manager.ready(first);
    expect(startup.document?.name).toBe('A.cvj');
    expect(startup.errors.map((e) => [e.code, e.fileName])).toEqual([['NOT_JSON', 'Broken.cvj']]);
    // B went to a new window (the first one has A now).
    expect(ctx.windows.alive.size).toBe(2);
  });

  it('a main-initiated open into a loaded window arrives as a file:opened event', async () => {
    const ctx = setup();
    const path = writeJourney('A.cvj');
    const id = await readyWindow(ctx.manager);
    await ctx.manager.openPaths([path], id);
    expect(ctx.windows.sentTo(id, 'file:opened')).toMatchObject([{ name: 'A.cvj' }]);
    const broken = join(docs, 'Broken.cvj');
    writeFileSync(broken, '[]');
    await ctx.manager.openPaths([broken], id);
    expect(ctx.windows.sentTo(id, 'file:open-failed')).toMatchObject([{ code: 'NOT_CVJ' }]);
  });

  it('with no window at all (macOS), an open makes one', async () => {
    const ctx = setup();
    await ctx.manager.openPaths([writeJourney('A.cvj')], null);
    expect(ctx.windows.alive.size).toBe(1);
  });

  it('recent: opens by id; a vanished file gives ENOENT and leaves the list', async () => {
    const ctx = setup();
    const a = writeJourney('A.cvj');
    const b = writeJourney('B.cvj');
    const id = await readyWindow(ctx.manager);
    await ctx.manager.openPaths([a, b], id);
    await settle(ctx);
    const entries = await ctx.manager.listRecent();
    expect(entries.map((e) => e.name)).toEqual(['B.cvj', 'A.cvj']);
    const other = await readyWindow(ctx.manager);
    // Both are open: opening by id focuses.
    expect(await ctx.manager.openRecent(other, entries[1]?.id ?? '', 'reply')).toEqual({
      status: 'focused',
    });
    // Close nothing; make A vanish and ask again from a new window.
    rmSync(a);
    const entriesAfter = await ctx.manager.listRecent();
    expect(entriesAfter.map((e) => e.name)).toEqual(['B.cvj']);
    expect(await ctx.manager.openRecent(other, entries[1]?.id ?? '', 'reply')).toMatchObject({
      status: 'error',
      error: { code: 'ENOENT' },
    });
  });

  it('recent menu labels tell same-named files apart by folder', async () => {
    const ctx = setup();
    mkdirSync(join(root, 'Clients'));
    const id = await readyWindow(ctx.manager);
    await ctx.manager.openPaths(
      [writeJourney('Plan.cvj'), writeJourney('Plan.cvj', 'x', join(root, 'Clients'))],
      id,
    );
    await settle(ctx);
    expect((await ctx.manager.recentMenuItems()).map((i) => i.label)).toEqual([
      'Plan.cvj — Clients',
      'Plan.cvj — Documents',
    ]);
    await ctx.manager.clearRecent();
    expect(await ctx.manager.recentMenuItems()).toEqual([]);
  });

  it('a dropped path is checked like any file: .cvj only, must be absolute', async () => {
    const ctx = setup();
    const id = await readyWindow(ctx.manager);
    const txt = join(docs, 'notes.txt');
    writeFileSync(txt, 'hello');
    expect(await ctx.manager.openDropped(id, txt)).toMatchObject({
      status: 'error',
      error: { code: 'NOT_CVJ' },
    });
    expect(await ctx.manager.openDropped(id, 'relative/x.cvj')).toMatchObject({ status: 'error' });
    expect(await ctx.manager.openDropped(id, writeJourney('Dropped.cvj'))).toMatchObject({
      status: 'opened',
      document: { name: 'Dropped.cvj' },
    });
  });
});

describe('saving', () => {
  it('a journey in an exported SVG opens untitled and unsaved: Save never writes over the image', async () => {
    const ctx = setup();
    const parsed = parseJourneyFile(journey('From the slides').text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const image = join(docs, 'Slides.svg');
    const svg = renderJourneySvg(parsed.journey, { embed: true }).svg;
    writeFileSync(image, svg);
    const id = await readyWindow(ctx.manager);
    ctx.dialogs.openAnswers.push(image);
    const outcome = await ctx.manager.open(id, 'reply');
    expect(outcome).toMatchObject({ status: 'opened', document: { hasFile: false, edited: true } });
    ctx.dialogs.saveAnswers.push(join(docs, 'From the slides.cvj'));
    expect(await ctx.manager.save(id, journey('From the slides'), false)).toMatchObject({
      status: 'saved',
    });
    expect(ctx.dialogs.asked.map((a) => a.kind)).toContain('save');
    expect(readFileSync(image, 'utf8')).toBe(svg);
  });

  it('an untitled journey: Save asks where (suggesting its title), then binds the window', async () => {
    const ctx = setup();
    const id = await readyWindow(ctx.manager);
    ctx.dialogs.saveAnswers.push(join(docs, 'Spring plan'));
    const outcome = await ctx.manager.save(id, journey('Spring: plan'), false);
    expect(outcome).toMatchObject({ status: 'saved', name: 'Spring plan.cvj' });
    expect(ctx.dialogs.asked[0]).toEqual({
      kind: 'save',
      parentId: id,
      detail: join(docs, 'Spring plan.cvj'),
    });
    expect(readFileSync(join(docs, 'Spring plan.cvj'), 'utf8')).toBe(journey('Spring: plan').text);
    expect(ctx.windows.views.get(id)?.filePath).toBe(join(docs, 'Spring plan.cvj'));
    // Next Save goes straight to the file.
    expect(await ctx.manager.save(id, journey('Spring: plan 2'), false)).toMatchObject({
      status: 'saved',
    });
    expect(ctx.dialogs.asked).toHaveLength(1);
  });

  it('asks before replacing a file whose name the dialog did not show (.cvj appended)', async () => {
    const ctx = setup();
    writeJourney('Plan.cvj', 'theirs');
    const id = await readyWindow(ctx.manager);
    ctx.dialogs.saveAnswers.push(join(docs, 'Plan'));
    ctx.dialogs.replaceAnswers.push(false);
    expect(await ctx.manager.saveAs(id, journey('mine'))).toEqual({ status: 'cancelled' });
    expect(JSON.parse(readFileSync(join(docs, 'Plan.cvj'), 'utf8')).journey.title).toBe('theirs');
    expect(ctx.dialogs.asked.at(-1)).toMatchObject({ kind: 'replace', detail: 'Plan.cvj' });
  });

  it('conflict: the file changed on disk → asks (conflict), then force overwrites', async () => {
    const ctx = setup();
    const path = writeJourney('Q3.cvj', 'original');
    const id = await readyWindow(ctx.manager);
    await ctx.manager.openPaths([path], id);
    writeFileSync(path, journey('changed by Dropbox').text);
    const outcome = await ctx.manager.save(id, journey('mine'), false);
    expect(outcome).toMatchObject({
      status: 'conflict',
      conflict: { fileName: 'Q3.cvj', reason: 'modified' },
    });
    if (outcome.status === 'conflict')
      expect(outcome.conflict.modifiedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(JSON.parse(readFileSync(path, 'utf8')).journey.title).toBe('changed by Dropbox');
    expect(await ctx.manager.save(id, journey('mine'), true)).toMatchObject({ status: 'saved' });
    expect(JSON.parse(readFileSync(path, 'utf8')).journey.title).toBe('mine');
    // The new baseline is ours: the next save is not a conflict.
    expect(await ctx.manager.save(id, journey('mine 2'), false)).toMatchObject({ status: 'saved' });
  });

  it('a failed save keeps the window on its file and baseline; a later save works', async () => {
    const path = join(docs, 'Q3.cvj');
    writeFileSync(path, journey('original').text);
    const failing = { on: true };
    const base = faultyFs({ write: { afterBytes: 100, code: 'ENOSPC' } });
    const fs: FsPort = {
      ...nodeFs,
      open: (p, f, m) => (failing.on ? base.open(p, f, m) : nodeFs.open(p, f, m)),
    };
    const ctx = setup({ fs });
    const id = await readyWindow(ctx.manager);
    await ctx.manager.openPaths([path], id);
    ctx.manager.setWindowState(id, { documentTitle: 'x', edited: true });
    const outcome = await ctx.manager.save(id, journey('mine'), false);
    expect(outcome).toMatchObject({
      status: 'error',
      error: { code: 'ENOSPC', fileName: 'Q3.cvj' },
    });
    if (outcome.status === 'error') {
      expect(outcome.error.message).toBe(
        'Couldn’t save “Q3.cvj”: the disk is full. Your journey is still open and unsaved; free some space or use Save As to save it elsewhere.',
      );
    }
    expect(JSON.parse(readFileSync(path, 'utf8')).journey.title).toBe('original');
    expect(readdirSync(docs)).toEqual(['Q3.cvj']);
    expect(ctx.windows.views.get(id)).toMatchObject({ edited: true, filePath: path });
    failing.on = false;
    expect(await ctx.manager.save(id, journey('mine'), false)).toMatchObject({ status: 'saved' });
  });

  it('Save As onto a file open in another window is refused', async () => {
    const ctx = setup();
    const path = writeJourney('Shared.cvj');
    const a = await readyWindow(ctx.manager);
    await ctx.manager.openPaths([path], a);
    const b = await readyWindow(ctx.manager);
    ctx.dialogs.saveAnswers.push(path);
    expect(await ctx.manager.saveAs(b, journey('mine'))).toMatchObject({
      status: 'error',
      error: { code: 'OPEN_IN_OTHER_WINDOW', fileName: 'Shared.cvj' },
    });
    await settle(ctx);
  });

  it('revert re-reads the file; untitled or broken files give an error and change nothing', async () => {
    const ctx = setup();
    const id = await readyWindow(ctx.manager);
    expect(await ctx.manager.revert(id)).toMatchObject({
      status: 'error',
      error: { code: 'ENOENT' },
    });
    const path = writeJourney('Q3.cvj', 'saved');
    await ctx.manager.openPaths([path], id);
    ctx.manager.setWindowState(id, { documentTitle: 'x', edited: true });
    const reverted = await ctx.manager.revert(id);
    expect(reverted).toMatchObject({
      status: 'opened',
      document: { name: 'Q3.cvj', edited: false },
    });
    writeFileSync(path, '{ broken');
    expect(await ctx.manager.revert(id)).toMatchObject({
      status: 'error',
      error: { code: 'NOT_JSON' },
    });
  });
});

describe('autosave and recovery', () => {
  it('autosaves only while there are unsaved changes; going clean drops the autosave', async () => {
    const ctx = setup();
    const id = await readyWindow(ctx.manager);
    await ctx.manager.writeRecovery(id, journey('clean'));
    expect(await ctx.recovery.list()).toEqual([]);
    ctx.manager.setWindowState(id, { documentTitle: 'Draft', edited: true });
    await ctx.manager.writeRecovery(id, journey('Draft'));
    expect((await ctx.recovery.list()).map((r) => r.title)).toEqual(['Draft']);
    // Its own window owns it: not offered while the window is open.
    expect(await ctx.manager.listRecovery()).toEqual([]);
    ctx.manager.setWindowState(id, { documentTitle: 'Draft', edited: false });
    await settle(ctx);
    expect(await ctx.recovery.list()).toEqual([]);
  });

  it('after a crash the next start offers each journey with its name and time, and restores it', async () => {
    const before = setup();
    const path = writeJourney('Q3 launch.cvj', 'saved version');
    const a = await readyWindow(before.manager);
    await before.manager.openPaths([path], a);
    before.manager.setWindowState(a, { documentTitle: 'x', edited: true });
    await before.manager.writeRecovery(a, journey('unsaved edits'));
    const b = await readyWindow(before.manager);
    before.manager.setWindowState(b, { documentTitle: 'New idea', edited: true });
    await before.manager.writeRecovery(b, journey('New idea'));
    // Crash: nothing is closed; a new app instance starts on the same data folder.

    const after = setup();
    const first = after.manager.newWindow();
    const startup = await after.manager.ready(first);
    expect(startup.recovery.map((e) => [e.title, e.originalName])).toEqual(
      expect.arrayContaining([
        ['unsaved edits', 'Q3 launch.cvj'],
        ['New idea', null],
      ]),
    );
    for (const entry of startup.recovery)
      expect(entry.savedAt).toMatch(/^2026-03-01T09:00:\d\d\.000Z$/);

    const q3 = startup.recovery.find((e) => e.originalName === 'Q3 launch.cvj');
    const restored = await after.manager.restoreRecovery(first, q3?.id ?? '');
    expect(restored).toMatchObject({
      status: 'opened',
      document: { name: 'Q3 launch.cvj', hasFile: true, edited: true },
    });
    if (restored.status === 'opened') {
      expect(JSON.parse(restored.document.text).journey.title).toBe('unsaved edits');
      expect(restored.document.recoveredAt).toBe(q3?.savedAt);
    }
    // A second window is not offered the same list again.
    expect((await after.manager.ready(after.manager.newWindow())).recovery).toEqual([]);
    // Saving the restored journey writes its file (unchanged on disk since the autosave) and
    // going clean removes the autosave.
    expect(await after.manager.save(first, journey('unsaved edits'), false)).toMatchObject({
      status: 'saved',
    });
    after.manager.setWindowState(first, { documentTitle: 'x', edited: false });
    await settle(after);
    expect((await after.manager.listRecovery()).map((e) => e.title)).toEqual(['New idea']);
  });

  it('a restored journey whose file changed meanwhile asks before overwriting', async () => {
    const before = setup();
    const path = writeJourney('Q3.cvj', 'saved');
    const a = await readyWindow(before.manager);
    await before.manager.openPaths([path], a);
    before.manager.setWindowState(a, { documentTitle: 'x', edited: true });
    await before.manager.writeRecovery(a, journey('mine'));
    writeFileSync(path, journey('edited elsewhere after the crash').text);

    const after = setup();
    const id = after.manager.newWindow();
    const [entry] = (await after.manager.ready(id)).recovery;
    await after.manager.restoreRecovery(id, entry?.id ?? '');
    expect(await after.manager.save(id, journey('mine'), false)).toMatchObject({
      status: 'conflict',
    });
  });

  it('discarding is explicit and final; an ignored offer stays for next time', async () => {
    const before = setup();
    const a = await readyWindow(before.manager);
    before.manager.setWindowState(a, { documentTitle: 'x', edited: true });
    await before.manager.writeRecovery(a, journey('keep me'));

    const second = setup();
    const [entry] = (await second.manager.ready(second.manager.newWindow())).recovery;
    expect(entry?.title).toBe('keep me');
    // Ignored: the third start offers it again.
    const third = setup();
    const [again] = (await third.manager.ready(third.manager.newWindow())).recovery;
    expect(again?.id).toBe(entry?.id);
    await third.manager.discardRecovery(again?.id ?? '');
    const fourth = setup();
    expect((await fourth.manager.ready(fourth.manager.newWindow())).recovery).toEqual([]);
  });

  it('an autosave owned by an open window cannot be discarded or restored twice', async () => {
    const ctx = setup();
    const a = await readyWindow(ctx.manager);
    ctx.manager.setWindowState(a, { documentTitle: 'x', edited: true });
    await ctx.manager.writeRecovery(a, journey('live'));
    const [record] = await ctx.recovery.list();
    await ctx.manager.discardRecovery(record?.id ?? '');
    expect(await ctx.recovery.list()).toHaveLength(1);
    const b = await readyWindow(ctx.manager);
    expect(await ctx.manager.restoreRecovery(b, record?.id ?? '')).toEqual({ status: 'focused' });
  });

  it('a page reload offers the window its own unsaved journey back', async () => {
    const ctx = setup();
    const id = await readyWindow(ctx.manager);
    ctx.manager.setWindowState(id, { documentTitle: 'x', edited: true });
    await ctx.manager.writeRecovery(id, journey('before reload'));
    ctx.manager.pageLost(id);
    const startup = await ctx.manager.ready(id);
    expect(startup.recovery.map((e) => e.title)).toEqual(['before reload']);
    expect(ctx.windows.views.get(id)).toMatchObject({ edited: false, filePath: null });
  });

  it('calling ready twice in one page (no reload) changes nothing', async () => {
    const ctx = setup();
    const path = writeJourney('Q3.cvj');
    const id = ctx.manager.newWindow();
    await ctx.manager.openPaths([path], id);
    // The first window load also starts a navigation: nothing was lost yet.
    ctx.manager.pageLost(id);
    expect((await ctx.manager.ready(id)).document?.name).toBe('Q3.cvj');
    expect(await ctx.manager.ready(id)).toEqual({ document: null, errors: [], recovery: [] });
    expect(ctx.windows.views.get(id)?.filePath).toBe(path);
  });

  it('a torn autosave is skipped, not a crash', async () => {
    const ctx = setup();
    mkdirSync(join(userData, 'recovery'), { recursive: true });
    writeFileSync(
      join(userData, 'recovery', `${'c'.repeat(32)}.json`),
      '{"format":"cvj-recovery","ver',
    );
    expect((await ctx.manager.ready(ctx.manager.newWindow())).recovery).toEqual([]);
  });
});

describe('closing and quitting with unsaved changes', () => {
  async function editedWindow(ctx: ReturnType<typeof setup>, title: string): Promise<number> {
    const id = await readyWindow(ctx.manager);
    ctx.manager.setWindowState(id, { documentTitle: title, edited: true });
    await ctx.manager.writeRecovery(id, journey(title));
    return id;
  }

  it('a clean window closes without a question', async () => {
    const ctx = setup();
    const id = await readyWindow(ctx.manager);
    ctx.windows.close(id);
    expect(ctx.windows.alive.has(id)).toBe(false);
    expect(ctx.dialogs.asked).toEqual([]);
  });

  it('Cancel keeps the window and its work', async () => {
    const ctx = setup();
    const id = await editedWindow(ctx, 'Draft');
    ctx.dialogs.unsavedAnswers.push('cancel');
    expect(await ctx.manager.requestClose(id)).toBe(false);
    expect(ctx.windows.alive.has(id)).toBe(true);
    expect(ctx.dialogs.asked).toEqual([{ kind: 'unsaved-close', parentId: id, detail: 'Draft' }]);
    expect(await ctx.recovery.list()).toHaveLength(1);
  });

  it('Don’t Save closes it and removes its autosave', async () => {
    const ctx = setup();
    const id = await editedWindow(ctx, 'Draft');
    ctx.dialogs.unsavedAnswers.push('discard');
    expect(await ctx.manager.requestClose(id)).toBe(true);
    expect(ctx.windows.alive.has(id)).toBe(false);
    await settle(ctx);
    expect(await ctx.recovery.list()).toEqual([]);
  });

  it('Save asks the renderer to save; it closes once a save really happened', async () => {
    const ctx = setup();
    const id = await editedWindow(ctx, 'Draft');
    ctx.dialogs.unsavedAnswers.push('save');
    const closing = ctx.manager.requestClose(id);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const [request] = ctx.windows.sentTo(id, 'file:save-requested') as {
      requestId: string;
      reason: string;
    }[];
    expect(request?.reason).toBe('close');
    // The renderer runs its save flow (Save As for an untitled journey), then answers.
    ctx.dialogs.saveAnswers.push(join(docs, 'Draft.cvj'));
    expect(await ctx.manager.save(id, journey('Draft'), false)).toMatchObject({ status: 'saved' });
    ctx.manager.answerSaveRequest(id, { requestId: request?.requestId ?? '', saved: true });
    expect(await closing).toBe(true);
    expect(ctx.windows.alive.has(id)).toBe(false);
  });

  it('a renderer that claims "saved" without saving does not get the window closed', async () => {
    const ctx = setup();
    const id = await editedWindow(ctx, 'Draft');
    ctx.dialogs.unsavedAnswers.push('save');
    const closing = ctx.manager.requestClose(id);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const [request] = ctx.windows.sentTo(id, 'file:save-requested') as { requestId: string }[];
    // Answers from another window, or with an unknown id, are ignored.
    ctx.manager.answerSaveRequest(id + 1, { requestId: request?.requestId ?? '', saved: true });
    ctx.manager.answerSaveRequest(id, { requestId: '0'.repeat(32), saved: true });
    ctx.manager.answerSaveRequest(id, { requestId: request?.requestId ?? '', saved: true });
    expect(await closing).toBe(false);
    expect(ctx.windows.alive.has(id)).toBe(true);
  });

  it('quit asks each edited window; Cancel anywhere stops it and changes nothing', async () => {
    const ctx = setup();
    const a = await editedWindow(ctx, 'A');
    const b = await editedWindow(ctx, 'B');
    await readyWindow(ctx.manager);
    ctx.dialogs.unsavedAnswers.push('discard', 'cancel');
    expect(await ctx.manager.requestQuit()).toBe(false);
    expect(ctx.dialogs.asked.map((q) => [q.kind, q.detail])).toEqual([
      ['unsaved-quit', 'A'],
      ['unsaved-quit', 'B'],
    ]);
    // "Don't Save" for A was part of a quit that did not happen: A still asks on close.
    expect(ctx.manager.mayClose(a)).toBe(false);
    expect(ctx.manager.mayClose(b)).toBe(false);
    expect(await ctx.recovery.list()).toHaveLength(2);
  });

  it('quit goes on when every window is settled, after removing the autosaves', async () => {
    const ctx = setup();
    const a = await editedWindow(ctx, 'A');
    await editedWindow(ctx, 'B');
    ctx.dialogs.unsavedAnswers.push('discard', 'discard');
    expect(await ctx.manager.requestQuit()).toBe(true);
    expect(await ctx.recovery.list()).toEqual([]);
    expect(ctx.manager.mayClose(a)).toBe(true);
    // Late autosaves after the decision are ignored.
    await ctx.manager.writeRecovery(a, journey('late'));
    expect(await ctx.recovery.list()).toEqual([]);
  });

  it('a window destroyed without asking (crash, kill) keeps its autosave for next start', async () => {
    const ctx = setup();
    const id = await editedWindow(ctx, 'Draft');
    ctx.windows.alive.delete(id);
    ctx.manager.windowClosed(id);
    await settle(ctx);
    expect((await ctx.manager.listRecovery()).map((e) => e.title)).toEqual(['Draft']);
  });
});

describe('menu commands', () => {
  it('main handles New, Open and Close itself and forwards the rest', async () => {
    const ctx = setup();
    const id = await readyWindow(ctx.manager);
    expect(ctx.manager.handleMenuCommand('file:new', id)).toBe(true);
    expect(ctx.windows.alive.size).toBe(2);
    expect(ctx.manager.handleMenuCommand('file:open', id)).toBe(true);
    expect(ctx.manager.handleMenuCommand('file:close', id)).toBe(true);
    expect(ctx.windows.alive.has(id)).toBe(false);
    for (const command of ['file:save', 'file:save-as', 'file:revert', 'edit:undo'] as const) {
      expect(ctx.manager.handleMenuCommand(command, id)).toBe(false);
    }
  });
});
