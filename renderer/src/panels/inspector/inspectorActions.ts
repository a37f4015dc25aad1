import type { TacticChanges } from '../../../../shared/model/commands';
import { setConnectionShare, updateConnection, updateTactic, updateTactics } from '../../../../shared/model/commands';
import type { AppStore } from '../../store';
import type { InspectorSubject } from './inspectorModel';

/**
 * The inspector's edits. Each field is its own coalescing run (`${id}:${field}`): typing a title
 * is one undo step, and moving on to the notes starts the next one. Fields end the run on blur.
 */

export function editTactic(store: AppStore, id: string, changes: TacticChanges): void {
  store.getState().applyCoalesced(`${id}:${fieldKey(changes)}`, updateTactic, { id, changes });
}

export function editTactics(store: AppStore, ids: readonly string[], changes: TacticChanges): void {
  store
    .getState()
    .applyCoalesced(`${ids.join(',')}:${fieldKey(changes)}`, updateTactics, { ids, changes });
}

export function editConnectionLabel(store: AppStore, id: string, label: string): void {
  store.getState().applyCoalesced(`${id}:label`, updateConnection, { id, label });
}

/** Forecast: the share (%) of the source's people who take this connection; undefined: automatic. */
export function editConnectionShare(store: AppStore, id: string, share: number | undefined): void {
  store.getState().applyCoalesced(`${id}:share`, setConnectionShare, { id, share });
}

/** A field lost focus: its edit is complete, the next keystroke starts a new undo step. */
export function endEdit(store: AppStore): void {
  store.getState().endCoalescing();
}

/** Where Escape sends the keyboard: back to the thing being edited on the canvas. */
export function focusSubjectOnCanvas(subject: InspectorSubject): void {
  const id = subjectElementId(subject);
  if (id === null) return;
  const selector = `.react-flow__node[data-id="${CSS.escape(id)}"], .react-flow__edge[data-id="${CSS.escape(id)}"]`;
  document.querySelector<HTMLElement | SVGElement>(selector)?.focus();
}

function subjectElementId(subject: InspectorSubject): string | null {
  switch (subject.kind) {
    case 'tactic':
      return subject.tactic.id;
    case 'tactics':
      return subject.tactics[0]?.id ?? null;
    case 'connection':
      return subject.connection.id;
    case 'connections':
      return subject.connections[0]?.id ?? null;
    case 'none':
      return null;
  }
}

function fieldKey(changes: TacticChanges): string {
  return Object.keys(changes).sort().join('+');
}
