import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture } from './helpers';
import {
  docs,
  journey,
  readyWindow,
  settle,
  setup,
  useDocumentFolders,
  writeJourney,
} from './documents-harness';

/** Opening a journey every way, where it goes, and Revert (documents/opening.ts, placement.ts). */
useDocumentFolders();

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

  it('New from Template: into an untouched window as it asks; into a new window when this one holds work', async () => {
    const ctx = setup();
    const text = journey('From a template').text;
    const document = { text, name: 'Untitled journey', hasFile: false, edited: false, recoveredAt: null };
    // The first start's gallery: the window is untitled and untouched, so it takes the journey.
    const id = await readyWindow(ctx.manager);
    expect(ctx.manager.newFromTemplate(id, text)).toEqual({ status: 'opened', document });
    expect(ctx.windows.alive.size).toBe(1);
    // The user edits it: the next template goes to a new window, which starts with it.
    ctx.manager.setWindowState(id, { documentTitle: 'From a template', edited: true });
    expect(ctx.manager.newFromTemplate(id, text)).toEqual({ status: 'new-window' });
    expect(ctx.windows.alive.size).toBe(2);
    const other = [...ctx.windows.alive].find((w) => w !== id)!;
    const startup = await ctx.manager.ready(other);
    expect(startup.document).toEqual(document);
    // Delivered once: a second ready in the same page gets nothing new.
    expect((await ctx.manager.ready(other)).document).toBeNull();
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
