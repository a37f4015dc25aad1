import { useMemo, useRef, useState } from 'react';
import { SvgIcon } from '../../canvas/Icon';
import { addTacticToStage } from '../../commands/actions';
import { useAppStore, useAppStoreApi } from '../../store/context';
import { paletteView } from './paletteView';
import { PaletteSearch } from './PaletteSearch';
import { PaletteGroup } from './PaletteGroup';
import { PaletteItem } from './PaletteItem';
import { CustomGroup } from './CustomGroup';
import { CustomDialogs, type CustomDialogRequest } from './CustomDialogs';
import { useGroupToggles } from './useGroupToggles';
import { HideIcon, PlusIcon, ShowIcon } from './icons';
import './palette.css';

const CUSTOM_GROUP = 'custom';

/**
 * The tactic library, left of the canvas: search, stage groups, and the journey's own tactics.
 * Click or Enter adds a tactic to the bottom of its lane; dragging drops it where the user wants.
 */
export function Palette() {
  const store = useAppStoreApi();
  const customTactics = useAppStore((s) => s.doc.customTactics);
  const [collapsed, setCollapsed] = useState(false);
  const [query, setQuery] = useState('');
  const [dialog, setDialog] = useState<CustomDialogRequest | null>(null);
  const view = useMemo(() => paletteView(query, customTactics), [query, customTactics]);
  const groups = useGroupToggles(query);
  const listRef = useRef<HTMLDivElement>(null);
  const newButtonRef = useRef<HTMLButtonElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  const addBest = () => {
    if (!view.best) return false;
    addTacticToStage(store, view.best.kind, view.best.stage);
    return true;
  };
  // After a dialog whose opener is gone (a deleted row, the "Create" offer of an empty search).
  const focusFallback = () => (newButtonRef.current ?? searchRef.current)?.focus();
  const focusFirstItem = () =>
    listRef.current?.querySelector<HTMLElement>('.cvj-pitem__button')?.focus();
  const hitCount = view.custom.length + view.groups.reduce((n, g) => n + g.items.length, 0);

  return (
    <aside
      className={`cvj-palette${collapsed ? ' cvj-palette--rail' : ''}`}
      aria-label="Tactic library"
      onKeyDown={(e) => {
        // Enter and Space belong to the focused control here; the canvas's window-level
        // shortcuts (Enter opens the inspector) would otherwise cancel the button's click.
        if (e.key === 'Enter' || e.key === ' ') e.stopPropagation();
      }}
    >
      <div className="cvj-palette__header">
        {collapsed ? null : <h2 className="cvj-palette__title">Library</h2>}
        {/* One element in both states, so keyboard focus stays on it when it flips. */}
        <button
          type="button"
          className="cvj-picon-btn cvj-palette__toggle"
          aria-label={collapsed ? 'Show library' : 'Hide library'}
          title={collapsed ? 'Show library' : 'Hide library'}
          onClick={() => setCollapsed((c) => !c)}
        >
          <SvgIcon node={collapsed ? ShowIcon : HideIcon} size={20} />
          {collapsed ? (
            <span className="cvj-palette__rail-label" aria-hidden="true">
              Library
            </span>
          ) : null}
        </button>
      </div>
      {collapsed ? null : (
        <>
          <PaletteSearch
            inputRef={searchRef}
            value={query}
            onChange={setQuery}
            onEnter={addBest}
            onLeave={focusFirstItem}
          />
          <p className="cvj-palette__hint">
            {view.best
              ? 'Enter adds the highlighted tactic.'
              : 'Click to add to its stage, or drag onto a lane.'}
          </p>
          <p className="cvj-visually-hidden" role="status">
            {view.searching ? `${hitCount} ${hitCount === 1 ? 'tactic' : 'tactics'} found` : ''}
          </p>
          <div className="cvj-palette__list" ref={listRef}>
            {view.searching && view.custom.length === 0 ? null : (
              <CustomGroup
                items={view.custom}
                searching={view.searching}
                best={view.best}
                expanded={groups.isExpanded(CUSTOM_GROUP)}
                onToggle={() => groups.toggle(CUSTOM_GROUP)}
                onRequest={setDialog}
                newButtonRef={newButtonRef}
              />
            )}
            {view.groups.map(({ stage, items }) => (
              <PaletteGroup
                key={stage.id}
                title={stage.label}
                number={stage.number}
                color={stage.color}
                count={items.length}
                expanded={groups.isExpanded(stage.id)}
                onToggle={() => groups.toggle(stage.id)}
              >
                {items.map((tactic) => (
                  <PaletteItem key={tactic.kind} tactic={tactic} best={tactic === view.best} />
                ))}
              </PaletteGroup>
            ))}
            {view.searching && hitCount === 0 ? (
              <div className="cvj-palette__empty">
                <p>No tactic matches “{query.trim()}”.</p>
                <button
                  type="button"
                  className="cvj-palette__new"
                  onClick={() => setDialog({ type: 'create', name: query.trim(), stage: 'aware' })}
                >
                  <SvgIcon node={PlusIcon} size={18} /> Create “{query.trim()}”
                </button>
              </div>
            ) : null}
          </div>
        </>
      )}
      <CustomDialogs
        request={dialog}
        onDone={() => setDialog(null)}
        fallbackFocus={focusFallback}
      />
    </aside>
  );
}
