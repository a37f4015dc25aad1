import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJourneyFile } from '../../../shared/file';
import { renderJourneySvg } from '../../../shared/export/svg';
import { nodeFs, type FsPort } from '../../../electron/main/files/fs-port';
import { faultyFs } from './helpers';
import {
  docs,
  journey,
  readyWindow,
  settle,
  setup,
  useDocumentFolders,
  writeJourney,
} from './documents-harness';

/** Save and Save As (documents/saving.ts). */
useDocumentFolders();

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
    expect(JSON.parse(readFileSync(join(docs, 'Plan.cvj'), 'utf8')).journeys[0].title).toBe('theirs');
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
    expect(JSON.parse(readFileSync(path, 'utf8')).journeys[0].title).toBe('changed by Dropbox');
    expect(await ctx.manager.save(id, journey('mine'), true)).toMatchObject({ status: 'saved' });
    expect(JSON.parse(readFileSync(path, 'utf8')).journeys[0].title).toBe('mine');
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
    expect(JSON.parse(readFileSync(path, 'utf8')).journeys[0].title).toBe('original');
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
});
