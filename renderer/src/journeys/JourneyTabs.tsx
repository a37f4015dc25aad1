import { memo, useEffect, useRef, useState, type DragEvent, type KeyboardEvent, type ReactNode } from 'react';
import { SvgIcon } from '../canvas/Icon';
import { personaIcon } from '../../../shared/model/icons';
import type { Journey } from '../../../shared/model/types';
import { useAppStore, useAppStoreApi } from '../store/context';
import { useDisclosure } from '../ui/useDisclosure';
import { isMacKeyboard } from '../platform/shortcuts';
import {
  addBlankJourney,
  deleteJourney,
  duplicateJourney,
  renameOpenJourney,
  shiftJourney,
} from '../commands/journeyActions';
import './journeys.css';

const TAB_MIME = 'application/x-cvj-journey-tab';

/**
 * The file's journeys as tabs above the canvas: one per journey (personas, segments, scenarios),
 * named by its title, with its persona's colour and icon. Click (or arrows, then Enter) opens a
 * journey; double-click or F2 renames it in place; drag a tab to reorder; "+" adds one; the open
 * tab's "⋯" menu holds the rest. Hidden while presenting.
 */
export function JourneyTabs() {
  const store = useAppStoreApi();
  const order = useAppStore((s) => s.journeySet.order);
  const journeys = useAppStore((s) => s.journeySet.journeys);
  const open = useAppStore((s) => s.doc);
  const presenting = useAppStore((s) => s.presenting !== null);
  const renaming = useAppStore((s) => s.renamingJourney);
  const setRenaming = (id: string | null) => store.getState().setRenamingJourney(id);
  const [dragOver, setDragOver] = useState<number | null>(null);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  if (presenting) return null;
  const list = order.map((id) => (id === open.id ? open : journeys[id]!));

  const onKeyDown = (e: KeyboardEvent, index: number) => {
    const focusTab = (i: number) => tabs.current[(i + list.length) % list.length]?.focus();
    if (e.key === 'ArrowRight') focusTab(index + 1);
    else if (e.key === 'ArrowLeft') focusTab(index - 1);
    else if (e.key === 'Home') focusTab(0);
    else if (e.key === 'End') focusTab(list.length - 1);
    else if (e.key === 'F2') {
      store.getState().switchJourney(list[index]!.id);
      setRenaming(list[index]!.id);
    } else if (e.key === 'Delete' && list.length > 1) deleteJourney(store, list[index]!.id);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  const onDrop = (e: DragEvent, index: number) => {
    const id = e.dataTransfer.getData(TAB_MIME);
    setDragOver(null);
    if (!id) return;
    e.preventDefault();
    e.stopPropagation();
    store.getState().moveJourney(id, index);
  };

  return (
    <div className="cvj-tabs" data-testid="journey-tabs">
      <div className="cvj-tabs__list" role="tablist" aria-label="Journeys in this file">
        {list.map((journey, index) =>
          renaming === journey.id ? (
            <RenameField
              key={journey.id}
              journey={journey}
              done={(title) => {
                if (title !== null) renameOpenJourney(store, title);
                setRenaming(null);
                requestAnimationFrame(() => tabs.current[index]?.focus());
              }}
            />
          ) : (
            <button
              key={journey.id}
              ref={(el) => {
                tabs.current[index] = el;
              }}
              type="button"
              role="tab"
              className={`cvj-tab${dragOver === index ? ' cvj-tab--drop' : ''}`}
              aria-selected={journey.id === open.id}
              tabIndex={journey.id === open.id ? 0 : -1}
              data-journey={journey.id}
              title={tabTitle(journey)}
              draggable
              onClick={() => store.getState().switchJourney(journey.id)}
              onDoubleClick={() => {
                store.getState().switchJourney(journey.id);
                setRenaming(journey.id);
              }}
              onKeyDown={(e) => onKeyDown(e, index)}
              onDragStart={(e) => {
                e.dataTransfer.setData(TAB_MIME, journey.id);
                e.dataTransfer.effectAllowed = 'move';
              }}
              onDragOver={(e) => {
                if (!e.dataTransfer.types.includes(TAB_MIME)) return;
                e.preventDefault();
                e.stopPropagation();
                setDragOver(index);
              }}
              onDragLeave={() => setDragOver((at) => (at === index ? null : at))}
              onDrop={(e) => onDrop(e, index)}
            >
              <PersonaMark journey={journey} />
              <span className="cvj-tab__title">{journey.title}</span>
            </button>
          ),
        )}
      </div>
      <TabMenu count={list.length} index={order.indexOf(open.id)} onRename={() => setRenaming(open.id)} />
      <AddJourneyMenu />
    </div>
  );
}

function tabTitle(journey: Journey): string {
  const persona = journey.persona;
  if (!persona) return journey.title;
  return `${journey.title}\nPersona: ${persona.name}${persona.description ? ` — ${persona.description}` : ''}`;
}

/** The persona's colour and icon before a tab's title (nothing without a persona). */
export const PersonaMark = memo(function PersonaMark({ journey }: { journey: Journey }) {
  if (!journey.persona) return null;
  return (
    <span
      className="cvj-tab__persona"
      style={journey.persona.color ? { ['--persona' as string]: journey.persona.color } : undefined}
      aria-label={`persona ${journey.persona.name}:`}
      role="img"
    >
      <SvgIcon node={personaIcon(journey.persona.icon)} size={16} />
    </span>
  );
});

function RenameField({ journey, done }: { journey: Journey; done(title: string | null): void }) {
  const [value, setValue] = useState(journey.title);
  const input = useRef<HTMLInputElement>(null);
  const finished = useRef(false);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  const finish = (title: string | null) => {
    if (finished.current) return;
    finished.current = true;
    done(title);
  };
  return (
    <input
      ref={input}
      className="cvj-tab cvj-tab__rename"
      aria-label="Journey title"
      value={value}
      maxLength={500}
      onChange={(e) => setValue(e.target.value)}
      onBlur={() => finish(value)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') finish(value);
        else if (e.key === 'Escape') finish(null);
      }}
    />
  );
}

/** A button of the tab strip ("⋯", "+") opening a small menu of actions; each closes it. */
function StripMenu({
  label,
  title,
  symbol,
  panelLabel,
  children,
}: {
  label: string;
  title: string;
  symbol: string;
  panelLabel: string;
  children(run: (action: () => void) => void): ReactNode;
}) {
  const { open, setOpen, run, panelId, rootProps, triggerProps } = useDisclosure();
  return (
    <div className="cvj-filemenu cvj-tabs__menu" {...rootProps}>
      <button type="button" className="cvj-tabs__button" {...triggerProps} aria-label={label} title={title} onClick={() => setOpen(!open)}>
        <span aria-hidden="true">{symbol}</span>
      </button>
      {open ? (
        <div id={panelId} className="cvj-filemenu__panel cvj-tabs__panel" role="group" aria-label={panelLabel}>
          {children(run)}
        </div>
      ) : null}
    </div>
  );
}

/** The open journey's menu: rename, persona, duplicate, move, compare, delete. */
function TabMenu({ count, index, onRename }: { count: number; index: number; onRename(): void }) {
  const store = useAppStoreApi();
  const [left, right] = isMacKeyboard() ? ['⌘⌥⇧←', '⌘⌥⇧→'] : ['Ctrl+Shift+PgUp', 'Ctrl+Shift+PgDn'];
  return (
    <StripMenu label="Journey menu" title="This journey: rename, persona, duplicate, move, compare, delete" symbol="⋯" panelLabel="This journey">
      {(run) => (
        <>
          <button type="button" onClick={() => run(onRename)}>
            Rename
            <kbd className="cvj-filemenu__key">F2</kbd>
          </button>
          <button type="button" onClick={() => run(() => store.getState().setPersonaOpen(true))}>
            Persona…
          </button>
          <button type="button" onClick={() => run(() => duplicateJourney(store))}>
            Duplicate
          </button>
          <button type="button" disabled={index <= 0} onClick={() => run(() => shiftJourney(store, -1))}>
            Move left
            <kbd className="cvj-filemenu__key">{left}</kbd>
          </button>
          <button type="button" disabled={index >= count - 1} onClick={() => run(() => shiftJourney(store, 1))}>
            Move right
            <kbd className="cvj-filemenu__key">{right}</kbd>
          </button>
          <button type="button" disabled={count < 2} onClick={() => run(() => store.getState().setCompareOpen(true))}>
            Compare with…
          </button>
          <button
            type="button"
            className="cvj-tabs__danger"
            disabled={count < 2}
            onClick={() => run(() => deleteJourney(store, store.getState().doc.id))}
          >
            Delete journey
          </button>
        </>
      )}
    </StripMenu>
  );
}

/** "+": a blank journey, one from a template, or a copy of this one. */
function AddJourneyMenu() {
  const store = useAppStoreApi();
  return (
    <StripMenu label="Add journey" title="Add a journey to this file (a persona, a segment, a scenario)" symbol="+" panelLabel="Add a journey">
      {(run) => (
        <>
          <button type="button" onClick={() => run(() => addBlankJourney(store))}>
            Blank journey
          </button>
          <button type="button" onClick={() => run(() => store.getState().setTemplateGalleryOpen(true, 'journey'))}>
            From a template…
          </button>
          <button type="button" onClick={() => run(() => duplicateJourney(store))}>
            Duplicate this journey
          </button>
        </>
      )}
    </StripMenu>
  );
}
