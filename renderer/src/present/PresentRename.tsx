import { useLayoutEffect, useRef, useState } from 'react';
import { updateTactic } from '../../../shared/model/commands';
import { getTactic } from '../../../shared/model/selectors';
import { useAppStore, useAppStoreApi } from '../store/context';

/**
 * Present mode's rename in place: a field over the card's title, as large as the title the room
 * reads. Enter (or leaving the field) keeps the new title, one undo step; Esc keeps the old one.
 */
export function PresentRename() {
  const id = useAppStore((s) => s.renaming);
  const title = useAppStore((s) => (s.renaming ? getTactic(s.doc, s.renaming)?.title : undefined));
  if (!id || title === undefined) return null;
  return <RenameField key={id} id={id} initial={title} />;
}

function RenameField({ id, initial }: { id: string; initial: string }) {
  const store = useAppStoreApi();
  const [value, setValue] = useState(initial);
  // Measured once, as the field opens: the view does not move while it is open.
  const [place] = useState(() => measure(id));
  const input = useRef<HTMLInputElement>(null);
  const done = useRef(false);

  useLayoutEffect(() => {
    if (!place) store.getState().setRenaming(null);
  }, [place, store]);

  useLayoutEffect(() => {
    if (!place) return;
    input.current?.focus();
    input.current?.select();
  }, [place]);

  const finish = (keep: boolean) => {
    if (done.current) return;
    done.current = true;
    const state = store.getState();
    if (keep && value.trim() !== '' && value !== initial)
      state.apply(updateTactic, { id, changes: { title: value } });
    state.setRenaming(null);
  };

  if (!place) return null;
  return (
    <input
      ref={input}
      className="cvj-present__rename"
      aria-label="Card title"
      value={value}
      style={{
        left: place.left,
        top: place.top,
        width: place.width,
        height: place.height,
        fontSize: place.font,
      }}
      onChange={(e) => setValue(e.target.value)}
      onBlur={() => finish(true)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') finish(true);
        else if (e.key === 'Escape') finish(false);
      }}
    />
  );
}

/** Where the card is on screen, and its title's size there (CSS size × the canvas zoom). */
function measure(
  id: string,
): { left: number; top: number; width: number; height: number; font: number } | null {
  const card = document.querySelector<HTMLElement>(
    `.react-flow__node[data-id="${CSS.escape(id)}"]`,
  );
  const title = card?.querySelector<HTMLElement>('.cvj-card__title');
  if (!card || !title || card.offsetWidth === 0) return null;
  const box = card.getBoundingClientRect();
  const font = (parseFloat(getComputedStyle(title).fontSize) * box.width) / card.offsetWidth;
  return { left: box.left, top: box.top, width: box.width, height: box.height, font };
}
