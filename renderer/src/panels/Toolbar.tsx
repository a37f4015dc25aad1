import { newJourney, redo, undo } from '../commands/actions';
import { useHistory } from '../store';
import { useAppStore, useAppStoreApi } from '../store/context';
import { SvgIcon } from '../canvas/Icon';
import { AppIcon, NewIcon, RedoIcon, UndoIcon } from '../ui/icons';

export function Toolbar() {
  const store = useAppStoreApi();
  const title = useAppStore((s) => s.doc.title);
  const count = useAppStore((s) => s.doc.tactics.length);
  const canUndo = useHistory(store, (h) => h.canUndo);
  const canRedo = useHistory(store, (h) => h.canRedo);

  return (
    <header className="cvj-toolbar">
      <div className="cvj-toolbar__brand" aria-hidden="true">
        <SvgIcon node={AppIcon} size={22} />
        <span>CVJ Studio</span>
      </div>
      <h1 className="cvj-toolbar__title" title={title}>
        {title}
      </h1>
      <span className="cvj-toolbar__meta">
        {count} {count === 1 ? 'tactic' : 'tactics'}
      </span>
      <nav className="cvj-toolbar__actions" aria-label="Document">
        <button
          type="button"
          onClick={() => newJourney(store)}
        >
          <SvgIcon node={NewIcon} size={18} /> New
        </button>
        <button type="button" disabled={!canUndo} onClick={() => undo(store)} aria-label="Undo">
          <SvgIcon node={UndoIcon} size={18} /> Undo
        </button>
        <button type="button" disabled={!canRedo} onClick={() => redo(store)} aria-label="Redo">
          <SvgIcon node={RedoIcon} size={18} /> Redo
        </button>
      </nav>
    </header>
  );
}
