import { useEffect, useRef } from 'react';
import { useAppStore } from '../store/context';
import { SHORTCUT_GROUPS } from './shortcuts';
import './shortcuts-sheet.css';

const IS_MAC = /Mac|iPhone|iPad/.test(navigator.platform);

function keyLabel(key: string): string {
  if (key === 'Mod') return IS_MAC ? '⌘' : 'Ctrl';
  if (key === 'Shift' && IS_MAC) return '⇧';
  return key;
}

/** The keyboard shortcuts sheet (?, or Help > Keyboard Shortcuts). A native modal dialog. */
export function ShortcutsSheet() {
  const open = useAppStore((s) => s.shortcutsOpen);
  const setOpen = useAppStore((s) => s.setShortcutsOpen);
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="cvj-modal cvj-sheet"
      aria-labelledby="cvj-sheet-title"
      onClose={() => setOpen(false)}
      onClick={(e) => {
        // A click on the backdrop (the dialog element itself) closes it.
        if (e.target === e.currentTarget) setOpen(false);
      }}
    >
      <div className="cvj-sheet__inner">
        <header className="cvj-sheet__header">
          <h2 id="cvj-sheet-title">Keyboard shortcuts</h2>
          <button type="button" className="cvj-sheet__close" onClick={() => setOpen(false)} autoFocus>
            Close
          </button>
        </header>
        <div className="cvj-sheet__groups">
          {SHORTCUT_GROUPS.map((group) => (
            <section key={group.title} className="cvj-sheet__group">
              <h3>{group.title}</h3>
              <dl>
                {group.items.map((item) => (
                  <div key={item.action} className="cvj-sheet__row">
                    <dt>
                      {item.keys.map((k, i) => (
                        <kbd key={i}>{keyLabel(k)}</kbd>
                      ))}
                    </dt>
                    <dd>{item.action}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
      </div>
    </dialog>
  );
}
