import { saveFailure, type FileError } from '../../../shared/file/file-errors';
import type {
  OpenedDocument,
  OpenOutcome,
  RecentEntry,
  RecoveryEntry,
  SaveOutcome,
  SaveRequest,
} from '../../../shared/ipc/contract';
import { parseFile } from './parser';
import { MAX_FILE_BYTES, utf8ByteLength } from '../../../shared/file/size';
import { stampSaved } from '../../../shared/model/commands/journey';
import { reconcileLayout } from '../../../shared/model/reconcile';
import { withJourney } from '../../../shared/model/journeySet';
import { UNTITLED_JOURNEY } from '../../../shared/model/names';
import { serializeJourneyFile } from '../../../shared/file/serialize';
import { journeyFromTemplate } from '../../../shared/templates/instantiate';
import { newJourney } from '../commands/actions';
import type { Platform } from '../platform';
import { fileErrorFromParse } from '../platform/browserFileErrors';
import { opensAsJourney } from '../platform/fileNames';
import type { AppStore } from '../store';
import type { Prompt } from '../store/promptSlice';
import { displayName, isEdited } from '../store/sessionSlice';
import { fileSetOf, serializeDocument } from './serialize';
import {
  conflictPrompt,
  discardRecoveryPrompt,
  fileErrorPrompt,
  movedCardsNotice,
  upgradedNotice,
  notJourneyDropPrompt,
  revertPrompt,
  unexpectedPrompt,
  unsavedPrompt,
  warningsPrompt,
} from './wording';

/**
 * The file flows of the renderer: New, Open, Open Recent, drop, Save, Save As, Revert, the
 * close/quit save request, startup and recovery. They speak DocumentsApi only, so the desktop
 * (main's file service) and the browser fallback run the same code. Main owns paths and
 * decides where an opened journey goes; the browser, one page per journey, asks about unsaved
 * work before replacing it (`platform.isBrowser`).
 */
export interface DocumentActions {
  newDocument(): Promise<void>;
  /**
   * The gallery's Blank: an empty journey in this window when it holds an untitled, untouched
   * one (the first start's starter journey), so no second window opens; File > New otherwise.
   */
  newBlank(): Promise<void>;
  /**
   * New from Template: a journey made from a template (its .cvj text), untitled. The desktop
   * puts it in this window if untouched, else a new window; a browser page replaces its journey
   * (asking about unsaved work).
   */
  newFromTemplate(text: string): Promise<void>;
  open(): Promise<void>;
  openRecent(id: string): Promise<void>;
  openDropped(files: readonly File[]): Promise<void>;
  /** Resolves true once the journey is on disk (Save As for one that has no file yet). */
  save(): Promise<boolean>;
  saveAs(): Promise<boolean>;
  revert(): Promise<void>;
  /** Once, when the app has mounted and listens to main's events. */
  startup(): Promise<void>;
  restoreRecovery(id: string): Promise<void>;
  discardRecovery(entry: RecoveryEntry): Promise<void>;
  /** Main's close/quit prompt got "Save": save, then tell main whether it worked. */
  answerSaveRequest(request: SaveRequest): Promise<void>;
  /** A journey main pushed to this window (recent menu, double-click, second launch). */
  loadOpened(document: OpenedDocument): Promise<void>;
  showOpenFailed(error: FileError): Promise<void>;
  listRecent(): Promise<RecentEntry[]>;
  clearRecent(): Promise<void>;
}

const CANCELLED: OpenOutcome = { status: 'cancelled' };

export function createDocumentActions(store: AppStore, platform: Platform): DocumentActions {
  const { documents } = platform;
  const state = () => store.getState();
  const show = (prompt: Prompt) => state().ask(prompt);
  let saving: Promise<boolean> | null = null;

  /** Runs a request to the host; a rejection (a refused request: a bug) becomes a message. */
  async function request<T>(action: string, run: () => Promise<T>, fallback: T): Promise<T> {
    try {
      return await run();
    } catch (error) {
      await show(unexpectedPrompt(action, error));
      return fallback;
    }
  }

  async function load(opened: OpenedDocument): Promise<boolean> {
    // Main checked the text already; parsing here gives the journey and its envelope.
    const parsed = await parseFile(opened.text);
    if (!parsed.ok) {
      void show(fileErrorPrompt(fileErrorFromParse(parsed.error, 'open', opened.name), 'open'));
      return false;
    }
    // What the file says is what the user sees: a card its file placed outside its stage's lane
    // is moved into it, and the journey opens unsaved, with a quiet notice of the move.
    const { journey, moved } = reconcileLayout(parsed.journey);
    // A journey arriving (a file opened at launch, a restored autosave) closes the first-start gallery.
    state().setTemplateGalleryOpen(false);
    state().loadDocument(journey, {
      name: opened.name,
      hasFile: opened.hasFile,
      edited: opened.edited || moved.length > 0,
      recoveredAt: opened.recoveredAt,
      envelope: parsed.file,
      set: withJourney(parsed.set, journey),
      upgradedFrom: parsed.upgradedFrom ?? null,
    });
    state().showNotice(moved.length > 0 ? movedCardsNotice(moved) : null);
    state().requestFit();
    if (parsed.warnings.length > 0) void show(warningsPrompt(opened.name, parsed.warnings));
    return true;
  }

  async function settle(
    outcome: OpenOutcome,
    operation: 'open' | 'revert' | 'restore',
  ): Promise<OpenOutcome> {
    if (outcome.status === 'opened') await load(outcome.document);
    else if (outcome.status === 'error') await show(fileErrorPrompt(outcome.error, operation));
    return outcome;
  }

  /** Where opening replaces this journey in place: Save / Don't save / Cancel. true: go on. */
  async function mayReplace(before: 'new' | 'open'): Promise<boolean> {
    if (!platform.isBrowser || !isEdited(state())) return true;
    const answer = await show(unsavedPrompt(displayName(state()), before));
    if (answer === 'discard') return true;
    if (answer === 'save') return save();
    return false;
  }

  function save(): Promise<boolean> {
    return runSave('save');
  }

  function runSave(mode: 'save' | 'save-as'): Promise<boolean> {
    // One save at a time: Ctrl+S pressed twice, or a close request during a save, share it.
    saving ??= saveOnce(mode, false).finally(() => {
      saving = null;
    });
    return saving;
  }

  async function saveOnce(mode: 'save' | 'save-as', force: boolean): Promise<boolean> {
    const s = state();
    const edited = s.doc;
    // The file says when it was written; the open journey takes that stamp once it is on disk.
    const doc = stampSaved(edited, { now: new Date() });
    const set = fileSetOf(s, doc);
    const text = serializeDocument(s, doc);
    const name = displayName(s);
    if (utf8ByteLength(text) > MAX_FILE_BYTES) {
      await show({
        kind: 'message',
        tone: 'error',
        title: 'Your journey was not saved',
        message: saveFailure('TOO_LARGE', name).message,
      });
      return false;
    }
    const outcome: SaveOutcome = await request(
      'save',
      () =>
        mode === 'save-as'
          ? documents.saveAs({ text })
          : documents.save(force ? { text, force } : { text }),
      { status: 'cancelled' },
    );
    switch (outcome.status) {
      case 'saved': {
        const upgraded = state().session.upgradedFrom;
        // Only `doc` is on disk: edits made while the save ran keep the journey unsaved.
        state().markSaved(doc, { ...outcome, set }, edited);
        // Said once, at the first save: opening an older file changes nothing on disk.
        if (upgraded !== null) state().showNotice(upgradedNotice(upgraded));
        return true;
      }
      case 'cancelled':
        return false;
      case 'error':
        await show(fileErrorPrompt(outcome.error, 'save'));
        return false;
      case 'conflict': {
        const answer = await show(conflictPrompt(outcome.conflict));
        if (answer === 'overwrite') return saveOnce('save', true);
        if (answer === 'save-as') return saveOnce('save-as', false);
        return false;
      }
    }
  }

  function blankInPlace(): void {
    platform.forgetFile();
    newJourney(store);
    state().showNotice(null);
    state().requestFit();
  }

  async function open(
    before: 'new' | 'open',
    operation: string,
    run: () => Promise<OpenOutcome>,
  ): Promise<void> {
    if (!(await mayReplace(before))) return;
    await settle(await request(operation, run, CANCELLED), 'open');
  }

  const actions: DocumentActions = {
    async newDocument() {
      if (!platform.isBrowser) {
        await request('open a new window', () => documents.newWindow(), undefined);
        return;
      }
      if (!(await mayReplace('new'))) return;
      blankInPlace();
    },
    async newBlank() {
      const s = state();
      if (s.session.hasFile || isEdited(s)) return actions.newDocument();
      blankInPlace();
    },
    async newFromTemplate(template) {
      // A new journey: its own id and dates, without the template's votes or dismissals.
      const parsed = await parseFile(template);
      if (!parsed.ok) {
        await show(fileErrorPrompt(fileErrorFromParse(parsed.error, 'open', 'the template'), 'open'));
        return;
      }
      const text = serializeJourneyFile(journeyFromTemplate(parsed.journey));
      if (!platform.isBrowser && documents.newFromTemplate) {
        // Main places it: this window if untouched (the first start's gallery), else a new one.
        await open('new', 'open the template', () => documents.newFromTemplate!({ text }));
        return;
      }
      if (!(await mayReplace('new'))) return;
      platform.forgetFile();
      await load({ text, name: UNTITLED_JOURNEY, hasFile: false, edited: false, recoveredAt: null });
    },
    open: () => open('open', 'open a journey', () => documents.open()),
    openRecent: (id) => open('open', 'open the recent journey', () => documents.openRecent(id)),
    async openDropped(files) {
      const journeys = files.filter((file) => opensAsJourney(file.name));
      if (journeys.length === 0) {
        if (files[0]) await show(notJourneyDropPrompt(files[0].name));
        return;
      }
      // Main places each file (this window if untouched, else new windows); a browser page
      // holds one journey, so it takes the first.
      const taken = platform.isBrowser ? journeys.slice(0, 1) : journeys;
      for (const file of taken)
        await open('open', 'open the dropped file', () => documents.openDropped(file));
    },
    save,
    saveAs: () => runSave('save-as'),
    async revert() {
      const s = state();
      if (isEdited(s) && (await show(revertPrompt(displayName(s)))) !== 'revert') return;
      await settle(await request('revert', () => documents.revert(), CANCELLED), 'revert');
    },
    async startup() {
      const info = await request('start', () => documents.ready(), null);
      if (!info) return;
      if (info.document) await load(info.document);
      // Work to get back first: the first-start gallery gives way to the recovery offer.
      if (info.recovery.length > 0) state().setTemplateGalleryOpen(false);
      for (const error of info.errors) await show(fileErrorPrompt(error, 'open'));
      state().setRecoveryOffer(info.recovery);
    },
    async restoreRecovery(id) {
      if (!(await mayReplace('open'))) return;
      const outcome = await settle(
        await request('restore the journey', () => documents.restoreRecovery(id), CANCELLED),
        'restore',
      );
      const gone = outcome.status === 'error' && outcome.error.code === 'ENOENT';
      if (outcome.status !== 'cancelled' && (outcome.status !== 'error' || gone)) {
        state().setRecoveryOffer((state().recoveryOffer ?? []).filter((e) => e.id !== id));
      }
    },
    async discardRecovery(entry) {
      if ((await show(discardRecoveryPrompt(entry.title))) !== 'discard') return;
      await request('discard the journey', () => documents.discardRecovery(entry.id), undefined);
      state().setRecoveryOffer((state().recoveryOffer ?? []).filter((e) => e.id !== entry.id));
    },
    async answerSaveRequest({ requestId }) {
      const saved = await save();
      await request(
        'finish saving',
        () => documents.answerSaveRequest({ requestId, saved }),
        undefined,
      );
    },
    async loadOpened(document) {
      await load(document);
    },
    async showOpenFailed(error) {
      await show(fileErrorPrompt(error, 'open'));
    },
    listRecent: () => request('list recent journeys', () => documents.listRecent(), []),
    clearRecent: () => request('clear the recent list', () => documents.clearRecent(), undefined),
  };
  return actions;
}
