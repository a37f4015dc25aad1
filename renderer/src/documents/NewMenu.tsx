import { memo } from 'react';
import { SvgIcon } from '../canvas/Icon';
import { NewIcon } from '../ui/icons';
import { useDisclosure } from '../ui/useDisclosure';
import { isMacKeyboard } from '../platform/shortcuts';
import type { DocumentActions } from './documentActions';

interface NewMenuProps {
  actions: DocumentActions;
  /** Opens the template gallery (File > New from Template…). */
  onNewFromTemplate(): void;
  /** Shows the native menu's shortcuts (the desktop app; a browser keeps Ctrl+N for itself). */
  showShortcuts: boolean;
}

/**
 * The toolbar's New: a split button. "New" starts a blank journey at once (File > New); its
 * arrow opens a menu with Blank journey and New from Template… (the gallery).
 */
export const NewMenu = memo(function NewMenu({ actions, onNewFromTemplate, showShortcuts }: NewMenuProps) {
  const { open, setOpen, run, panelId, rootProps, triggerProps } = useDisclosure();
  const mod = isMacKeyboard() ? '⌘' : 'Ctrl+';
  const shift = isMacKeyboard() ? '⇧' : 'Shift+';
  return (
    <div className="cvj-filemenu cvj-splitbtn" {...rootProps}>
      <button
        type="button"
        className="cvj-splitbtn__main"
        onClick={() => void actions.newDocument()}
        aria-label="New"
        title="New blank journey"
      >
        <SvgIcon node={NewIcon} size={18} /> <span className="cvj-toolbar__wide">New</span>
      </button>
      <button
        type="button"
        className="cvj-splitbtn__arrow"
        {...triggerProps}
        aria-label="New: blank or from a template"
        title="New from Template…"
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <div id={panelId} className="cvj-filemenu__panel cvj-splitbtn__panel" role="group" aria-label="New journey">
          <button type="button" onClick={() => run(actions.newDocument)}>
            Blank journey
            {showShortcuts ? <kbd className="cvj-filemenu__key">{mod}N</kbd> : null}
          </button>
          <button type="button" onClick={() => run(onNewFromTemplate)}>
            New from Template…
            {showShortcuts ? <kbd className="cvj-filemenu__key">{`${mod}${shift}N`}</kbd> : null}
          </button>
        </div>
      ) : null}
    </div>
  );
});
