import { useId, useLayoutEffect, useRef } from 'react';
import './open-link-dialog.css';

interface OpenLinkDialogProps {
  /** The exact URL that will be handed to the OS. */
  url: string;
  onOpen(): void;
  onCancel(): void;
}

/**
 * "Open https://… in your browser?" A link in a journey file is text someone else may have
 * written, so the user sees the full address (normalised, so a look-alike host shows as
 * punycode) before the OS gets it. Native modal <dialog>: focus trap, inert background and
 * Escape come from the browser; it is open exactly while mounted.
 */
export function OpenLinkDialog({ url, onOpen, onCancel }: OpenLinkDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const where = url.startsWith('mailto:') ? 'your mail app' : 'your browser';

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      opener?.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className="cvj-modal cvj-link-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        // React closes it by unmounting, so it never closes behind React's back.
        e.preventDefault();
        onCancel();
      }}
      onMouseDown={(e) => {
        // A press on the backdrop lands on the <dialog> itself.
        if (e.target === e.currentTarget) onCancel();
      }}
      // The canvas and the inspector listen for keys (Escape, Delete, arrows): none may act
      // behind a modal.
      onKeyDown={(e) => e.stopPropagation()}
    >
      <h2 id={titleId} className="cvj-link-dialog__title">
        Open link?
      </h2>
      <p className="cvj-link-dialog__message">
        Open <span className="cvj-link-dialog__url">{url}</span> in {where}?
      </p>
      <p className="cvj-link-dialog__note">
        A link in a journey can come from anyone: check the address before you open it.
      </p>
      <div className="cvj-link-dialog__actions">
        {/* Cancel first and focused: Enter on a surprise dialog must not open anything. */}
        <button
          type="button"
          className="cvj-btn cvj-inspector__button"
          onClick={onCancel}
          autoFocus
        >
          Cancel
        </button>
        <button
          type="button"
          className="cvj-btn cvj-inspector__button cvj-inspector__button--primary"
          onClick={onOpen}
        >
          Open
        </button>
      </div>
    </dialog>
  );
}
