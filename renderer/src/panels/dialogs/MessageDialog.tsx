import { useId } from 'react';
import { ModalDialog } from './ModalDialog';

interface MessageDialogProps {
  title: string;
  /** The sentence to show as is (it names the file and says what happened). */
  message: string;
  /** Where in a broken file the first problem is, e.g. "journey.tactics[2].stage". */
  jsonPath?: string;
  /** Every problem found, behind a "Details" disclosure. */
  details?: string[];
  tone: 'error' | 'info';
  onClose(): void;
}

/**
 * A message the user acknowledges: an alertdialog (announced at once with its sentence), large
 * enough to read on a projector, with where-in-the-file and the full list of problems for
 * whoever fixes the file.
 */
export function MessageDialog({
  title,
  message,
  jsonPath,
  details,
  tone,
  onClose,
}: MessageDialogProps) {
  const titleId = useId();
  const messageId = useId();
  return (
    <ModalDialog
      titleId={titleId}
      describedBy={messageId}
      role={tone === 'error' ? 'alertdialog' : 'dialog'}
      onCancel={onClose}
      className={`cvj-pdialog--message cvj-pdialog--${tone}`}
    >
      <div className="cvj-pdialog__form">
        <h2 id={titleId} className="cvj-pdialog__title">
          {title}
        </h2>
        <div id={messageId} className="cvj-pdialog__message">
          <p className="cvj-pdialog__sentence">{message}</p>
          {jsonPath ? (
            <p className="cvj-pdialog__where">
              Where in the file: <code className="cvj-pdialog__code">{jsonPath}</code>
            </p>
          ) : null}
        </div>
        {details && details.length > 0 ? (
          <details className="cvj-pdialog__details">
            <summary>
              Details ({details.length} {details.length === 1 ? 'problem' : 'problems'})
            </summary>
            <ul>
              {details.map((detail, i) => (
                <li key={i}>
                  <code className="cvj-pdialog__code">{detail}</code>
                </li>
              ))}
            </ul>
          </details>
        ) : null}
        <div className="cvj-pdialog__actions">
          <button
            type="button"
            className="cvj-btn cvj-pbtn cvj-pbtn--primary"
            data-autofocus
            onClick={onClose}
          >
            OK
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
