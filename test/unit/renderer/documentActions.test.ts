import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { OpenOutcome, SaveOutcome } from '../../../shared/ipc/contract';
import type { DocumentsApi } from '../../../shared/ipc/desktop-api';
import { createDocumentActions } from '../../../renderer/src/documents/documentActions';
import type { Platform } from '../../../renderer/src/platform/types';
import { createAppStore, type AppStore } from '../../../renderer/src/store';
import { isEdited } from '../../../renderer/src/store/sessionSlice';
import { serializeJourneyFile } from '../../../shared/file/serialize';
import { addTactic } from '../../../shared/model/commands';
import { stageOfCard } from '../../../shared/model/layout';
import { createStarterJourney } from '../../../shared/model/starter';

const NOW = '2026-01-01T00:00:00.000Z';
const ID = 'f'.repeat(32);

function fakeDocuments(overrides: Partial<DocumentsApi> = {}): DocumentsApi {
  const off = () => () => {};
  return {
    ready: vi.fn(async () => ({ document: null, errors: [], recovery: [] })),
    newWindow: vi.fn(async () => {}),
    open: vi.fn(async (): Promise<OpenOutcome> => ({ status: 'cancelled' })),
    openRecent: vi.fn(async (): Promise<OpenOutcome> => ({ status: 'cancelled' })),
    openDropped: vi.fn(async (): Promise<OpenOutcome> => ({ status: 'cancelled' })),
    revert: vi.fn(async (): Promise<OpenOutcome> => ({ status: 'cancelled' })),
    save: vi.fn(async (): Promise<SaveOutcome> => ({
      status: 'saved',
      name: 'a.cvj',
      savedAt: NOW,
    })),
    saveAs: vi.fn(async (): Promise<SaveOutcome> => ({
      status: 'saved',
      name: 'a.cvj',
      savedAt: NOW,
    })),
    listRecent: vi.fn(async () => []),
    clearRecent: vi.fn(async () => {}),
    answerSaveRequest: vi.fn(async () => {}),
    writeRecovery: vi.fn(async () => {}),
    listRecovery: vi.fn(async () => []),
    restoreRecovery: vi.fn(async (): Promise<OpenOutcome> => ({ status: 'cancelled' })),
    discardRecovery: vi.fn(async () => {}),
    onOpened: off,
    onOpenFailed: off,
    onSaveRequested: off,
    ...overrides,
  };
}

function setup(documents: DocumentsApi, kind: 'desktop' | 'browser' = 'desktop') {
  const store = createAppStore(createStarterJourney({ id: 'j', now: NOW }));
  const platform: Platform = {
    isBrowser: kind === 'browser',
    documents,
    getAppInfo: async () => ({ name: 'CVJ Studio', version: '0', platform: 'test' }),
    setWindowState: async () => {},
    setTheme: async () => {},
    templates: { list: async () => [], save: async () => 'x', remove: async () => {} },
    onMenuCommand: () => () => {},
    openExternal: async () => {},
    exportFile: vi.fn(async () => ({ status: 'cancelled' as const })),
    exportFiles: vi.fn(async () => ({ status: 'cancelled' as const })),
    copyImage: vi.fn(async () => {}),
    forgetFile: vi.fn(),
    keepForReload: vi.fn(async () => {}),
  };
  return { store, platform, actions: createDocumentActions(store, platform) };
}

const edit = (store: AppStore, id = 't1') =>
  store.getState().apply(addTactic, { id, kind: 'aware.blogging', position: { x: 20, y: 400 } });

/** Answers the next prompt once it is shown. */
async function answer(store: AppStore, value: string): Promise<string> {
  await vi.waitFor(() => expect(store.getState().prompts.length).toBeGreaterThan(0));
  const [pending] = store.getState().prompts;
  store.getState().answerPrompt(pending!.id, value);
  return pending!.prompt.title;
}

const journeyText = (title: string) =>
  serializeJourneyFile({ ...createStarterJourney({ id: 'k', now: NOW }), title });

describe('save', () => {
  it('sends the serialized journey and marks it saved under the name main gives', async () => {
    const documents = fakeDocuments();
    const { store, actions } = setup(documents);
    edit(store);
    expect(await actions.save()).toBe(true);
    expect(documents.save).toHaveBeenCalledWith({
      text: serializeJourneyFile(store.getState().doc),
    });
    expect(store.getState().session).toMatchObject({ name: 'a.cvj', hasFile: true });
    expect(isEdited(store.getState())).toBe(false);
  });

  it('stamps meta.updatedAt in the file and the open journey, without an undo step', async () => {
    const documents = fakeDocuments();
    const { store, actions } = setup(documents);
    const before = store.getState().doc.meta.updatedAt;
    edit(store);
    const undoSteps = store.temporal.getState().pastStates.length;
    const started = Date.now();
    expect(await actions.save()).toBe(true);
    const [[request]] = vi.mocked(documents.save).mock.calls as [[{ text: string }]];
    const written = JSON.parse(request.text) as { meta: { updatedAt: string }; journeys: { meta: { updatedAt: string } }[] };
    const [journey] = written.journeys;
    expect(Date.parse(journey!.meta.updatedAt)).toBeGreaterThan(Date.parse(before));
    expect(Date.parse(journey!.meta.updatedAt)).toBeGreaterThanOrEqual(started - 1);
    expect(store.getState().doc.meta.updatedAt).toBe(journey!.meta.updatedAt);
    // The file is as new as its last save.
    expect(written.meta.updatedAt).toBe(journey!.meta.updatedAt);
    expect(isEdited(store.getState())).toBe(false);
    expect(store.temporal.getState().pastStates.length).toBe(undoSteps);
    store.temporal.getState().undo();
    expect(store.getState().doc.tactics.some((t) => t.id === 't1')).toBe(false);
  });

  it('edits made while a save runs keep the journey unsaved', async () => {
    let finish: (outcome: SaveOutcome) => void = () => {};
    const save = vi.fn(() => new Promise<SaveOutcome>((resolve) => (finish = resolve)));
    const { store, actions } = setup(fakeDocuments({ save }));
    edit(store);
    const saving = actions.save();
    await vi.waitFor(() => expect(save).toHaveBeenCalled());
    edit(store, 't2');
    finish({ status: 'saved', name: 'a.cvj', savedAt: NOW });
    expect(await saving).toBe(true);
    expect(isEdited(store.getState())).toBe(true);
    expect(store.getState().doc.tactics.some((t) => t.id === 't2')).toBe(true);
  });

  it('a conflict asks; Overwrite saves with force, Cancel leaves it unsaved', async () => {
    const conflict: SaveOutcome = {
      status: 'conflict',
      conflict: { fileName: 'a.cvj', reason: 'modified', modifiedAt: NOW },
    };
    const save = vi.fn(async (request: { text: string; force?: boolean }): Promise<SaveOutcome> =>
      request.force ? { status: 'saved', name: 'a.cvj', savedAt: NOW } : conflict,
    );
    const { store, actions } = setup(fakeDocuments({ save }));
    edit(store);
    const cancelled = actions.save();
    expect(await answer(store, 'cancel')).toBe('The file was changed elsewhere');
    expect(await cancelled).toBe(false);
    expect(isEdited(store.getState())).toBe(true);

    const overwritten = actions.save();
    await answer(store, 'overwrite');
    expect(await overwritten).toBe(true);
    expect(save).toHaveBeenLastCalledWith({ text: expect.any(String), force: true });
    expect(isEdited(store.getState())).toBe(false);
  });

  it('an error is shown and the journey stays unsaved', async () => {
    const error = {
      code: 'ENOSPC' as const,
      fileName: 'a.cvj',
      message: 'Couldn’t save “a.cvj”: the disk is full.',
    };
    const { store, actions } = setup(
      fakeDocuments({
        save: vi.fn(async (): Promise<SaveOutcome> => ({ status: 'error', error })),
      }),
    );
    edit(store);
    const saving = actions.save();
    await vi.waitFor(() => expect(store.getState().prompts).toHaveLength(1));
    expect(store.getState().prompts[0]!.prompt).toMatchObject({
      kind: 'message',
      message: error.message,
    });
    await answer(store, 'ok');
    expect(await saving).toBe(false);
    expect(isEdited(store.getState())).toBe(true);
  });

  it('two saves at once share one request', async () => {
    let finish!: (outcome: SaveOutcome) => void;
    const save = vi.fn(() => new Promise<SaveOutcome>((resolve) => (finish = resolve)));
    const { store, actions } = setup(fakeDocuments({ save }));
    edit(store);
    const a = actions.save();
    const b = actions.save();
    finish({ status: 'saved', name: 'a.cvj', savedAt: NOW });
    expect(await Promise.all([a, b])).toEqual([true, true]);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('answers main’s save request with whether the save happened', async () => {
    const documents = fakeDocuments({
      save: vi.fn(async (): Promise<SaveOutcome> => ({ status: 'cancelled' })),
    });
    const { store, actions } = setup(documents);
    edit(store);
    await actions.answerSaveRequest({ requestId: ID, reason: 'close' });
    expect(documents.answerSaveRequest).toHaveBeenCalledWith({ requestId: ID, saved: false });
  });
});

describe('open', () => {
  it('loads what main opened here, clean, with a fresh history', async () => {
    const text = journeyText('Opened');
    const documents = fakeDocuments({
      open: vi.fn(async (): Promise<OpenOutcome> => ({
        status: 'opened',
        document: { text, name: 'o.cvj', hasFile: true, edited: false, recoveredAt: null },
      })),
    });
    const { store, actions } = setup(documents);
    await actions.open();
    expect(store.getState().doc.title).toBe('Opened');
    expect(store.getState().session).toMatchObject({ name: 'o.cvj', hasFile: true });
    expect(isEdited(store.getState())).toBe(false);
    expect(store.getState().fitToken).toBe(1);
  });

  it('an error leaves the journey untouched; new-window and focused change nothing here', async () => {
    const error = {
      code: 'INVALID' as const,
      fileName: 'b.cvj',
      message: 'Couldn’t open “b.cvj”. Bad.',
      jsonPath: 'journey.tactics[0].stage',
      details: ['x'],
    };
    const open = vi
      .fn<DocumentsApi['open']>()
      .mockResolvedValueOnce({ status: 'error', error })
      .mockResolvedValueOnce({ status: 'new-window' })
      .mockResolvedValueOnce({ status: 'focused' });
    const { store, actions } = setup(fakeDocuments({ open }));
    edit(store);
    const before = store.getState().doc;
    const opening = actions.open();
    await vi.waitFor(() => expect(store.getState().prompts).toHaveLength(1));
    expect(store.getState().prompts[0]!.prompt).toMatchObject({
      jsonPath: 'journey.tactics[0].stage',
      details: ['x'],
    });
    await answer(store, 'ok');
    await opening;
    await actions.open();
    await actions.open();
    expect(store.getState().doc).toBe(before);
    expect(isEdited(store.getState())).toBe(true);
  });

  it('the desktop never asks before opening (main decides where); the browser asks about unsaved work', async () => {
    const desktop = setup(fakeDocuments());
    edit(desktop.store);
    await desktop.actions.open();
    expect(desktop.store.getState().prompts).toHaveLength(0);

    const documents = fakeDocuments();
    const browser = setup(documents, 'browser');
    edit(browser.store);
    const opening = browser.actions.open();
    expect(await answer(browser.store, 'cancel')).toBe('Save changes to “Untitled journey”?');
    await opening;
    expect(documents.open).not.toHaveBeenCalled();

    const again = browser.actions.open();
    await answer(browser.store, 'discard');
    await again;
    expect(documents.open).toHaveBeenCalledTimes(1);
  });

  it('New opens a window on the desktop and replaces in place in a browser', async () => {
    const desktop = setup(fakeDocuments());
    await desktop.actions.newDocument();
    expect(desktop.platform.documents.newWindow).toHaveBeenCalled();
    expect(desktop.platform.forgetFile).not.toHaveBeenCalled();

    const browser = setup(fakeDocuments(), 'browser');
    await browser.actions.newDocument();
    expect(browser.platform.forgetFile).toHaveBeenCalled();
    expect(browser.store.getState().doc.tactics).toEqual([]);
  });

  it('the gallery’s Blank empties an untitled, untouched window (first start) and opens New otherwise', async () => {
    const desktop = setup(fakeDocuments());
    expect(desktop.store.getState().doc.tactics.length).toBeGreaterThan(0);
    await desktop.actions.newBlank();
    expect(desktop.platform.documents.newWindow).not.toHaveBeenCalled();
    expect(desktop.store.getState().doc.tactics).toEqual([]);
    edit(desktop.store);
    await desktop.actions.newBlank();
    expect(desktop.platform.documents.newWindow).toHaveBeenCalledOnce();
  });

  it('New from Template: main places it; an untouched window loads it as an untitled journey', async () => {
    const template = journeyText('SaaS');
    const newFromTemplate = vi.fn(async ({ text }: { text: string }): Promise<OpenOutcome> => ({
      status: 'opened',
      document: { text, name: 'Untitled journey', hasFile: false, edited: false, recoveredAt: null },
    }));
    const desktop = setup(fakeDocuments({ newFromTemplate }));
    await desktop.actions.newFromTemplate(template);
    expect(newFromTemplate).toHaveBeenCalledOnce();
    const state = desktop.store.getState();
    expect(state.doc.title).toBe('SaaS');
    expect(state.session).toMatchObject({ name: 'Untitled journey', hasFile: false });
    // A new journey: its own id, not the template's.
    expect(state.doc.id).not.toBe(JSON.parse(template).journeys[0].id);
  });

  it('a dropped file that is not a journey is refused by its name before anything else', async () => {
    const documents = fakeDocuments();
    const { store, actions } = setup(documents);
    const dropping = actions.openDropped([{ name: 'photo.gif' } as File]);
    expect(await answer(store, 'ok')).toBe('This is not a journey file');
    await dropping;
    expect(documents.openDropped).not.toHaveBeenCalled();
  });

  it('dropped exported images open like journey files: all on the desktop, the first in a browser', async () => {
    const opened = (name: string): OpenOutcome => ({
      status: 'opened',
      document: { text: journeyText(name), name: 'Untitled journey', hasFile: false, edited: true, recoveredAt: null },
    });
    const dropped = ['photo.gif', 'Launch.PNG', 'Launch.svg', 'plan.cvj'].map(
      (name) => ({ name }) as File,
    );
    const desktopDocs = fakeDocuments({
      openDropped: vi.fn(async (file) => opened(`from ${file.name}`)),
    });
    const desktop = setup(desktopDocs);
    await desktop.actions.openDropped(dropped);
    expect(vi.mocked(desktopDocs.openDropped).mock.calls.map(([file]) => file.name)).toEqual([
      'Launch.PNG',
      'Launch.svg',
      'plan.cvj',
    ]);
    expect(desktop.store.getState().doc.title).toBe('from plan.cvj');
    expect(desktop.store.getState().prompts).toHaveLength(0);

    const browserDocs = fakeDocuments({
      openDropped: vi.fn(async (file) => opened(`from ${file.name}`)),
    });
    const browser = setup(browserDocs, 'browser');
    await browser.actions.openDropped(dropped);
    expect(browserDocs.openDropped).toHaveBeenCalledTimes(1);
    expect(browser.store.getState().doc.title).toBe('from Launch.PNG');
    expect(browser.store.getState().session.hasFile).toBe(false);
  });
});

describe('startup and recovery', () => {
  it('loads the startup document, shows errors in order, then offers recovery', async () => {
    const entry = { id: ID, title: 'Q3', originalName: null, savedAt: NOW };
    const documents = fakeDocuments({
      ready: vi.fn(async () => ({
        document: {
          text: journeyText('From argv'),
          name: 'argv.cvj',
          hasFile: true,
          edited: false,
          recoveredAt: null,
        },
        errors: [
          {
            code: 'ENOENT' as const,
            fileName: 'gone.cvj',
            message: 'Couldn’t open “gone.cvj”: gone.',
          },
        ],
        recovery: [entry],
      })),
    });
    const { store, actions } = setup(documents);
    const starting = actions.startup();
    await answer(store, 'ok');
    await starting;
    expect(store.getState().doc.title).toBe('From argv');
    expect(store.getState().recoveryOffer).toEqual([entry]);
  });

  it('Restore loads the journey unsaved and takes it off the offer; Discard asks first', async () => {
    const a = { id: 'a'.repeat(32), title: 'A', originalName: 'a.cvj', savedAt: NOW };
    const b = { id: 'b'.repeat(32), title: 'B', originalName: null, savedAt: NOW };
    const documents = fakeDocuments({
      restoreRecovery: vi.fn(async (): Promise<OpenOutcome> => ({
        status: 'opened',
        document: {
          text: journeyText('A'),
          name: 'a.cvj',
          hasFile: true,
          edited: true,
          recoveredAt: NOW,
        },
      })),
    });
    const { store, actions } = setup(documents);
    store.getState().setRecoveryOffer([a, b]);
    await actions.restoreRecovery(a.id);
    expect(store.getState().doc.title).toBe('A');
    expect(isEdited(store.getState())).toBe(true);
    expect(store.getState().recoveryOffer).toEqual([b]);

    const keep = actions.discardRecovery(b);
    expect(await answer(store, 'cancel')).toBe('Discard “B”?');
    await keep;
    expect(documents.discardRecovery).not.toHaveBeenCalled();
    const discard = actions.discardRecovery(b);
    await answer(store, 'discard');
    await discard;
    expect(documents.discardRecovery).toHaveBeenCalledWith(b.id);
    expect(store.getState().recoveryOffer).toBeNull();
  });
});

describe('opening a file whose positions disagree with its stages', () => {
  const fullText = readFileSync(join(import.meta.dirname, '../../fixtures/v1/full.cvj'), 'utf8');
  const opened = (text: string, name: string): OpenOutcome => ({
    status: 'opened',
    document: { text, name, hasFile: true, edited: false, recoveredAt: null },
  });

  it('opens it with every card in its lane, unsaved, with one notice; saving keeps the new places', async () => {
    const documents = fakeDocuments({ open: vi.fn(async () => opened(fullText, 'full.cvj')) });
    const { store, actions } = setup(documents);
    await actions.open();
    const { doc } = store.getState();
    expect(doc.tactics).toHaveLength(12);
    for (const t of doc.tactics) expect(stageOfCard(t.position), t.title).toBe(t.stage);
    expect(isEdited(store.getState())).toBe(true);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    expect(store.getState().notice).toEqual({
      message: '12 cards moved into their stage’s lane',
      detail:
        'The file had them outside the lane or under its header: “SEO for "best espresso beans"”, “Instagram ads”, “Brewing guides” and 9 more. Save to keep them there.',
    });

    expect(await actions.save()).toBe(true);
    const [request] = vi.mocked(documents.save).mock.calls[0]!;
    const saved = JSON.parse(request.text) as { journeys: { tactics: { position: object }[] }[] };
    expect(saved.journeys[0]!.tactics.map((t) => t.position)).toEqual(doc.tactics.map((t) => t.position));
    expect(isEdited(store.getState())).toBe(false);
  });

  it('a file already in order opens clean and takes the notice away', async () => {
    const open = vi.fn(async () => opened(fullText, 'full.cvj'));
    const { store, actions } = setup(fakeDocuments({ open }));
    await actions.open();
    expect(store.getState().notice).not.toBeNull();
    open.mockResolvedValueOnce(opened(journeyText('Tidy'), 'tidy.cvj'));
    await actions.open();
    expect(store.getState().doc.title).toBe('Tidy');
    expect(isEdited(store.getState())).toBe(false);
    expect(store.getState().notice).toBeNull();
  });
});
