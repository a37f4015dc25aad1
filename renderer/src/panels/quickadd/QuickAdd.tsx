import {
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { getStage } from '../../../../shared/model/stages';
import { addTacticAt } from '../../commands/actions';
import type { QuickAddRequest } from '../../store/uiSlice';
import { useAppStore, useAppStoreApi } from '../../store/context';
import { quickAddSections, type QuickAddOption } from './quickAddOptions';
import { QuickAddList } from './QuickAddList';
import { usePopoverPlacement } from './usePopoverPlacement';
import './quickadd.css';
import { stageVars } from '../../ui/stageStyle';

/** Quick-add: a searchable popover that drops a tactic where the user asked (n, or a double-click in a lane). */
export function QuickAdd() {
  const request = useAppStore((s) => s.quickAdd);
  if (!request) return null;
  // A new request is a fresh popover: its query (usually empty), first option active.
  return (
    <QuickAddPopover
      key={`${request.stage}:${request.flow.x}:${request.flow.y}`}
      request={request}
    />
  );
}

function QuickAddPopover({ request }: { request: QuickAddRequest }) {
  const store = useAppStoreApi();
  const customTactics = useAppStore((s) => s.doc.customTactics);
  const [query, setQuery] = useState(request.query ?? '');
  const [active, setActive] = useState(0);
  const { sections, options } = useMemo(
    () => quickAddSections(query, request.stage, customTactics),
    [query, request.stage, customTactics],
  );
  const root = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const listId = useId();
  const optionId = (index: number) => `${listId}-o${index}`;
  const stage = getStage(request.stage);
  const current = Math.min(active, options.length - 1);
  const placement = usePopoverPlacement(request.screen);

  const close = () => store.getState().closeQuickAdd();
  const choose = (option: QuickAddOption | undefined) => {
    if (!option) return;
    // request.flow is the card's centre, which is what addTacticAt takes.
    if (option.type === 'tactic') addTacticAt(store, option.tactic.kind, request.flow);
    else addTacticAt(store, 'custom', request.flow, option.text);
    close();
  };

  // Focus moves into the popover, and back to wherever it was when the popover goes.
  useLayoutEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    input.current?.focus();
    return () => {
      if (previous?.isConnected) previous.focus();
    };
  }, []);

  // A press anywhere else closes it, as with any popover; that press still does its own job.
  useEffect(() => {
    const onPointerDown = (e: PointerEvent) => {
      if (e.target instanceof Node && !root.current?.contains(e.target))
        store.getState().closeQuickAdd();
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [store]);

  useEffect(() => {
    if (current >= 0)
      document.getElementById(optionId(current))?.scrollIntoView({ block: 'nearest' });
  });

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing) return;
    const last = options.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: current >= last ? 0 : current + 1,
      ArrowUp: current <= 0 ? last : current - 1,
      PageDown: Math.min(last, current + 5),
      PageUp: Math.max(0, current - 5),
    };
    if (e.key in moves) {
      e.preventDefault();
      setActive(Math.max(0, moves[e.key] ?? 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(options[Math.max(0, current)]);
    } else if (e.key === 'Escape' || e.key === 'Tab') {
      // Tab too: the popover has a single tab stop, and leaving it should not leave it open.
      e.preventDefault();
      close();
    }
  };

  return (
    <>
      {/* Where the card will land (its centre), so the room can see it before it appears. */}
      <div
        className="cvj-qa__target"
        style={{
          left: request.screen.x,
          top: request.screen.y,
          ['--stage-color' as string]: stage.color,
        }}
        aria-hidden="true"
      />
      <div
        ref={root}
        role="dialog"
        aria-labelledby={titleId}
        className="cvj-qa"
        style={{ ...placement, ...stageVars(stage.color) }}
        // The canvas listens for keys on window (Delete, n, arrows); none may act behind this.
        onKeyDown={(e) => e.stopPropagation()}
        // Clicking an option must not take focus from the input (options are not focusable).
        onMouseDown={(e) => {
          if (e.target !== input.current) e.preventDefault();
        }}
      >
        <h2 id={titleId} className="cvj-qa__title">
          <span className="cvj-stage-number cvj-qa__number" aria-hidden="true">
            {stage.number}
          </span>
          Add to {stage.label}
        </h2>
        <input
          ref={input}
          className="cvj-input cvj-qa__input"
          role="combobox"
          aria-labelledby={titleId}
          aria-expanded={options.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={current >= 0 ? optionId(current) : undefined}
          placeholder="Search, or type a new tactic"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          autoComplete="off"
          spellCheck={false}
        />
        <QuickAddList
          id={listId}
          stage={request.stage}
          sections={sections}
          active={current}
          optionId={optionId}
          onHover={setActive}
          onChoose={choose}
        />
        {options.length === 0 ? (
          <p className="cvj-qa__empty">Type a name to add a tactic of your own.</p>
        ) : null}
      </div>
    </>
  );
}
