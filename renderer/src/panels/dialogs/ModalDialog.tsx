import { useLayoutEffect, useRef, type ReactNode } from 'react';
import './dialogs.css';

interface ModalDialogProps {
  titleId: string;
  /** The element holding the main sentence, read out with the title when the dialog opens. */
  describedBy?: string;
  /**
   * 'alertdialog' for messages that interrupt (an error, a question about unsaved work):
   * screen readers announce them at once, with their description.
   */
  role?: 'dialog' | 'alertdialog';
  /** Escape, the backdrop, or the browser closing the dialog. */
  onCancel(): void;
  /** Moves focus somewhere sensible when the element that opened the dialog is gone (its row was deleted). */
  fallbackFocus?: () => void;
  className?: string;
  children: ReactNode;
}

/**
 * A native modal <dialog>, open for as long as it is mounted: the browser supplies the focus
 * trap, the inert background and Escape. Focus goes back to whatever opened it. Used by every
 * dialog of the app (palette forms, confirmations, file messages): one behaviour, one look.
 * Initial focus: the element marked `data-autofocus`, else the browser's pick (the first
 * focusable element).
 */
export function ModalDialog({
  titleId,
  onCancel,
  fallbackFocus,
  describedBy,
  role,
  className,
  children,
}: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      if (dialog.open) dialog.close();
      // After the commit: the opener may be a row this very update removes.
      queueMicrotask(() => {
        if (opener?.isConnected) opener.focus();
        else fallbackFocus?.();
      });
    };
    // Opening is tied to mounting, not to the props of the render that opened it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <dialog
      ref={ref}
      className={`cvj-modal cvj-pdialog${className ? ` ${className}` : ''}`}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      onCancel={(e) => {
        // Closing is React's job (unmounting), so the dialog never closes behind its back.
        e.preventDefault();
        onCancel();
      }}
      onClose={() => {
        // The browser may close it without a cancel event (Escape pressed twice quickly). A
        // close we queued ourselves arrives when the dialog is open again (StrictMode remount).
        if (!ref.current?.open) onCancel();
      }}
      onMouseDown={(e) => {
        // A press on the backdrop lands on the <dialog> itself, never on its content.
        if (e.target === e.currentTarget) onCancel();
      }}
      // The canvas listens for keys on window (Delete, n, arrows): none may act behind a modal.
      onKeyDown={(e) => e.stopPropagation()}
    >
      {children}
    </dialog>
  );
}
