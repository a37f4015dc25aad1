import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  readyWindow,
  root,
  settle,
  setup,
  useDocumentFolders,
  writeJourney,
} from './documents-harness';

/** The recent list and the Open Recent menu (documents/recent.ts). */
useDocumentFolders();

describe('recent list', () => {
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
});
