import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  journey,
  readyWindow,
  settle,
  setup,
  useDocumentFolders,
  userData,
  writeJourney,
} from './documents-harness';

/** Autosave, the recovery offer, restore and discard (documents/recovery.ts). */
useDocumentFolders();

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
      expect(JSON.parse(restored.document.text).journeys[0].title).toBe('unsaved edits');
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

  it('a torn autosave is skipped, not a crash', async () => {
    const ctx = setup();
    mkdirSync(join(userData, 'recovery'), { recursive: true });
    writeFileSync(
      join(userData, 'recovery', `${'c'.repeat(32)}.json`),
      '{"format":"cvj-recovery","ver',
    );
    expect((await ctx.manager.ready(ctx.manager.newWindow())).recovery).toEqual([]);
  });

  it('restoring an autosave that is gone (restored or discarded elsewhere) says so', async () => {
    const ctx = setup();
    const id = await readyWindow(ctx.manager);
    const outcome = await ctx.manager.restoreRecovery(id, 'd'.repeat(32));
    expect(outcome).toMatchObject({ status: 'error', error: { code: 'ENOENT' } });
    if (outcome.status === 'error') {
      expect(outcome.error.message).toMatch(/^Couldn’t restore this journey: its autosave is no/);
    }
    // The window is untouched: a journey still opens into it.
    ctx.dialogs.openAnswers.push(writeJourney('A.cvj'));
    expect((await ctx.manager.open(id, 'reply')).status).toBe('opened');
  });
});
