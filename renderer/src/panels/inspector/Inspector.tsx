import { useDeferredValue, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { Journey } from '../../../../shared/model/types';
import { useAppStore, useAppStoreApi } from '../../store/context';
import { SvgIcon } from '../../canvas/Icon';
import { CloseIcon } from './icons';
import { endEdit, focusSubjectOnCanvas } from './inspectorActions';
import { inspectorSubject, type InspectorSubject } from './inspectorModel';
import { useInspectorFocus } from './useInspectorFocus';
import { useRevealSelection } from './useRevealSelection';
import { TacticInspector } from './TacticInspector';
import { MultiInspector } from './MultiInspector';
import { ConnectionInspector, ConnectionsInspector } from './ConnectionInspector';
import './inspector.css';

const MODIFIER_KEYS = new Set(['Shift', 'Control', 'Alt', 'Meta']);

/**
 * The right-hand panel: edits what is selected on the canvas. Renders nothing when nothing is
 * selected, so the canvas gets the whole width back. Must sit inside <ReactFlowProvider>.
 */
export function Inspector() {
  const store = useAppStoreApi();
  const doc = useAppStore((s) => s.doc);
  const selection = useAppStore((s) => s.selection);
  const current = useMemo(() => inspectorSubject(doc, selection), [doc, selection]);
  // Another card chosen while the panel is open (a card added from the library, a click, an
  // arrow key): the canvas shows it first, and the panel follows in a render of its own, in the
  // next frames (3 or 4 when the view jumps to the foot of a long lane and mounts the cards there
  // first). Building a card's fields was a fifth of the frame that shows an added card. Opening
  // and closing the panel are never put off: they change the canvas's width, which the jump
  // has to know.
  // Until then the panel shows what it showed, as it was: a hundred selected cards are not looked
  // for again among 10,000 in the render the panel is left out of.
  const later = useDeferredValue(selection);
  const [kept, setKept] = useState({ selection, subject: current });
  if (later === selection && kept.subject !== current) setKept({ selection, subject: current });
  const deferred =
    later === selection ? current : kept.selection === later ? kept.subject : inspectorSubject(doc, later);
  const subject = current.kind === 'none' || deferred.kind === 'none' ? current : deferred;
  const firstField = useRef<HTMLInputElement>(null);
  useInspectorFocus(firstField);
  useRevealSelection(subject.kind !== 'none', revealId(subject));

  if (subject.kind === 'none') return null;

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey || MODIFIER_KEYS.has(e.key)) return;
    // The canvas listens on window for single keys (Delete, arrows, n, Escape); typed into or
    // pressed on the panel, they belong to the panel. Shortcuts with modifiers still go through.
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      focusSubjectOnCanvas(subject);
    }
  };

  return (
    <aside
      className="cvj-inspector"
      aria-label="Inspector"
      onKeyDown={onKeyDown}
      // Focus leaving any field ends its edit: the next change is a new undo step.
      onBlur={() => endEdit(store)}
    >
      <button
        type="button"
        className="cvj-close-btn cvj-inspector__close"
        aria-label="Close inspector"
        title="Close (clears the selection)"
        onClick={() => store.getState().setSelection([])}
      >
        <SvgIcon node={CloseIcon} size={20} />
      </button>
      <div className="cvj-inspector__scroll">{body(subject, doc, firstField)}</div>
    </aside>
  );
}

function body(
  subject: Exclude<InspectorSubject, { kind: 'none' }>,
  doc: Journey,
  firstField: RefObject<HTMLInputElement | null>,
) {
  switch (subject.kind) {
    case 'tactic':
      // Keyed by card: a half-typed number in one card's field never shows on the next card.
      return (
        <TacticInspector
          key={subject.tactic.id}
          doc={doc}
          tactic={subject.tactic}
          titleRef={firstField}
        />
      );
    case 'tactics':
      return (
        <MultiInspector
          tactics={subject.tactics}
          connectionCount={subject.connectionCount}
          firstFieldRef={firstField}
        />
      );
    case 'connection':
      return (
        <ConnectionInspector
          key={subject.connection.id}
          doc={doc}
          connection={subject.connection}
          labelRef={firstField}
        />
      );
    case 'connections':
      return <ConnectionsInspector count={subject.connections.length} />;
  }
}

function revealId(subject: InspectorSubject): string | null {
  if (subject.kind === 'tactic') return subject.tactic.id;
  if (subject.kind === 'connection') return subject.connection.id;
  return null;
}
