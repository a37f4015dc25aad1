import { createEmptyJourney, renameJourney } from '../../../shared/model/commands';
import { createId } from '../../../shared/model/ids';
import { setPersona } from '../../../shared/model/journeySet';
import { parseFile } from '../documents/parser';
import { reconcileLayout } from '../../../shared/model/reconcile';
import { journeyFromTemplate } from '../../../shared/templates/instantiate';
import type { Journey, Persona } from '../../../shared/model/types';
import type { AppStore } from '../store';
import { workingSet } from '../store/journeysSlice';

/**
 * The journeys of a file as the tabs, the menu and the keyboard change them: the glue between
 * those gestures and the store's journey slice. Adding, removing and moving tabs are file-level
 * changes (a removal is undone from its notice); renaming a journey and its persona are edits of
 * that journey, undone with its own history.
 */

/** "Journey 2", "Journey 3"…: the first such title no journey of the file has. */
function freshTitle(store: AppStore, base: string): string {
  const taken = new Set(Object.values(workingSet(store.getState()).journeys).map((j) => j.title.trim().toLowerCase()));
  for (let n = 2; ; n++) {
    const title = `${base} ${n}`;
    if (!taken.has(title.toLowerCase())) return title;
  }
}

export function addBlankJourney(store: AppStore): void {
  const journey = createEmptyJourney({ id: createId('j'), now: new Date(), title: freshTitle(store, 'Journey') });
  store.getState().addJourney(journey);
  store.getState().requestFit();
}

/** Adds a journey made from a template's text; false (and nothing changes) if it cannot be read. */
export async function addJourneyFromTemplate(store: AppStore, text: string): Promise<boolean> {
  const parsed = await parseFile(text);
  if (!parsed.ok) return false;
  const { journey } = reconcileLayout(journeyFromTemplate(parsed.journey));
  store.getState().addJourney(journey);
  store.getState().requestFit();
  return true;
}

/** A copy of the open journey (same cards, same card ids: Compare matches them one to one). */
export function duplicateJourney(store: AppStore): void {
  const { doc } = store.getState();
  const now = new Date().toISOString();
  const { dismissedFindings: _kept, ...rest } = doc;
  const copy: Journey = { ...rest, id: createId('j'), title: `${doc.title} (copy)`, meta: { createdAt: now, updatedAt: now } };
  store.getState().addJourney(copy);
}

/** Removes a journey (never the last), with "Undo" on the notice that says so. */
export function deleteJourney(store: AppStore, id: string): void {
  const removed = store.getState().removeJourney(id);
  if (!removed) return;
  store.getState().showNotice({
    message: `Deleted the journey “${removed.journey.title}”`,
    action: { label: 'Undo', run: () => store.getState().restoreJourney(removed) },
  });
}

/** The next (+1) or previous (-1) tab, wrapping around. */
export function stepJourney(store: AppStore, delta: number): void {
  const state = store.getState();
  const order = state.journeySet.order;
  if (order.length < 2) return;
  const at = order.indexOf(state.doc.id);
  state.switchJourney(order[(at + delta + order.length) % order.length]!);
}

/** Moves the open journey's tab one place left (-1) or right (+1). */
export function shiftJourney(store: AppStore, delta: number): void {
  const state = store.getState();
  const at = state.journeySet.order.indexOf(state.doc.id);
  if (at < 0) return;
  state.moveJourney(state.doc.id, at + delta);
}

export function renameOpenJourney(store: AppStore, title: string): void {
  store.getState().apply(renameJourney, { title });
}

export function setOpenPersona(store: AppStore, persona: Persona | undefined): void {
  store.getState().apply(setPersona, { persona });
}
