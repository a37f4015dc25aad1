import { describe, expect, it } from 'vitest';
import { journey, readyWindow, setup, useDocumentFolders, writeJourney } from './documents-harness';

/** A window's page coming up and reloading; menu commands main handles (documents/windows.ts). */
useDocumentFolders();

describe('windows', () => {
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

  it('a clean window already allowed to close gets no open: the journey opens in a new one', async () => {
    const ctx = setup();
    const id = await readyWindow(ctx.manager);
    // Electron asked (close event) and was told yes; the window is not gone yet.
    expect(ctx.manager.mayClose(id)).toBe(true);
    ctx.dialogs.openAnswers.push(writeJourney('A.cvj'));
    expect(await ctx.manager.open(id, 'reply')).toEqual({ status: 'new-window' });
  });
});
