import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  docs,
  editedWindow,
  journey,
  readyWindow,
  settle,
  setup,
  useDocumentFolders,
} from './documents-harness';

/** Closing and quitting with unsaved changes (documents/closing.ts). */
useDocumentFolders();

describe('closing and quitting with unsaved changes', () => {
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

  it('a second close while the question is open asks once; both get the same answer', async () => {
    const ctx = setup();
    const id = await editedWindow(ctx, 'Draft');
    ctx.dialogs.unsavedAnswers.push('discard');
    const first = ctx.manager.requestClose(id);
    const second = ctx.manager.requestClose(id);
    expect(await Promise.all([first, second])).toEqual([true, true]);
    expect(ctx.dialogs.asked.filter((q) => q.kind === 'unsaved-close')).toHaveLength(1);
  });

  it('after Cancel, the next close asks again', async () => {
    const ctx = setup();
    const id = await editedWindow(ctx, 'Draft');
    ctx.dialogs.unsavedAnswers.push('cancel', 'discard');
    expect(await ctx.manager.requestClose(id)).toBe(false);
    expect(ctx.manager.mayClose(id)).toBe(false);
    expect(await ctx.manager.requestClose(id)).toBe(true);
    expect(ctx.dialogs.asked.map((q) => q.kind)).toEqual(['unsaved-close', 'unsaved-close']);
    expect(ctx.windows.alive.has(id)).toBe(false);
  });

  it('a page that reloads while main waits for its save keeps the window open', async () => {
    const ctx = setup();
    const id = await editedWindow(ctx, 'Draft');
    ctx.dialogs.unsavedAnswers.push('save');
    const closing = ctx.manager.requestClose(id);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(ctx.windows.sentTo(id, 'file:save-requested')).toHaveLength(1);
    // The page that was to save is gone: no answer will come, nothing was saved.
    ctx.manager.pageLost(id);
    expect(await closing).toBe(false);
    expect(ctx.windows.alive.has(id)).toBe(true);
  });

  it('Save for a page that is not listening (mid-reload) cancels at once, sends nothing', async () => {
    const ctx = setup();
    const id = await editedWindow(ctx, 'Draft');
    ctx.manager.pageLost(id);
    ctx.dialogs.unsavedAnswers.push('save');
    expect(await ctx.manager.requestClose(id)).toBe(false);
    expect(ctx.windows.sentTo(id, 'file:save-requested')).toEqual([]);
    expect(ctx.windows.alive.has(id)).toBe(true);
  });

  it('a window that dies while main waits for its save keeps its autosave', async () => {
    const ctx = setup();
    const id = await editedWindow(ctx, 'Draft');
    ctx.dialogs.unsavedAnswers.push('save');
    const closing = ctx.manager.requestClose(id);
    await new Promise((resolve) => setTimeout(resolve, 0));
    ctx.windows.alive.delete(id);
    ctx.manager.windowClosed(id);
    expect(await closing).toBe(false);
    await settle(ctx);
    expect((await ctx.manager.listRecovery()).map((e) => e.title)).toEqual(['Draft']);
  });
});
