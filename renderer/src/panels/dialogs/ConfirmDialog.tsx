import { useId, type ReactNode } from 'react';
import { ModalDialog } from './ModalDialog';

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
  fallbackFocus?: () => void;
}

/**
 * "Are you sure?" in the app's own dialog style (window.confirm would look foreign on the
 * projector and block the renderer). Cancel comes first, so it is what Enter hits by default.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  onConfirm,
  onCancel,
  fallbackFocus,
}: ConfirmDialogProps) {
  const titleId = useId();
  return (
    <ModalDialog
      titleId={titleId}
      onCancel={onCancel}
      fallbackFocus={fallbackFocus}
      className="cvj-pdialog--confirm"
    >
      <div className="cvj-pdialog__form">
        <h2 id={titleId} className="cvj-pdialog__title">
          {title}
        </h2>
        <div className="cvj-pdialog__message">{children}</div>
        <div className="cvj-pdialog__actions">
          <button type="button" className="cvj-btn cvj-pbtn" onClick={onCancel}>
            Cancel
          </button>
          <button type="button" className="cvj-btn cvj-pbtn cvj-pbtn--danger" onClick={onConfirm}>
            {confirmLabel}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
