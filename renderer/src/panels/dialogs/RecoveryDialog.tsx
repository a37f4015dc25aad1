import { useEffect, useId, useRef } from 'react';
import type { RecoveryEntry } from '../../../../shared/ipc/contract';
import { ModalDialog } from './ModalDialog';

interface RecoveryDialogProps {
  entries: RecoveryEntry[];
  /** "14:32" or "3 Mar 2026, 14:32", in the user's locale. */
  formatTime(iso: string): string;
  onRestore(id: string): void;
  onDiscard(entry: RecoveryEntry): void;
  /** Closes the offer and keeps every journey for the next start. */
  onLater(): void;
}

/**
 * After a crash or kill: the journeys that were autosaved but never saved, each with its title,
 * its file (or "Never saved") and when it was autosaved. Restore and Discard per journey;
 * Discard asks first. Escape and "Decide later" keep them all.
 */
export function RecoveryDialog({
  entries,
  formatTime,
  onRestore,
  onDiscard,
  onLater,
}: RecoveryDialogProps) {
  const titleId = useId();
  const messageId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const count = entries.length;

  // A row just went (restored, discarded): focus stays in the dialog, on the next Restore.
  const previousCount = useRef(count);
  useEffect(() => {
    if (count < previousCount.current)
      listRef.current?.querySelector<HTMLElement>('.cvj-pbtn--primary')?.focus();
    previousCount.current = count;
  }, [count]);

  return (
    <ModalDialog
      titleId={titleId}
      describedBy={messageId}
      onCancel={onLater}
      className="cvj-pdialog--recovery"
    >
      <div className="cvj-pdialog__form">
        <h2 id={titleId} className="cvj-pdialog__title">
          {count === 1 ? 'Restore your unsaved journey?' : `Restore ${count} unsaved journeys?`}
        </h2>
        <div id={messageId} className="cvj-pdialog__message">
          <p>
            CVJ Studio closed before {count === 1 ? 'this journey was' : 'these journeys were'}{' '}
            saved. Restore to keep working, or discard for good.
          </p>
        </div>
        <ul ref={listRef} className="cvj-recovery" aria-label="Recovered journeys">
          {entries.map((entry, i) => (
            <li key={entry.id} className="cvj-recovery__item">
              <div className="cvj-recovery__text">
                <span className="cvj-recovery__title">{entry.title}</span>
                <span className="cvj-recovery__meta">
                  {entry.originalName ?? 'Never saved'} · autosaved{' '}
                  <time dateTime={entry.savedAt}>{formatTime(entry.savedAt)}</time>
                </span>
              </div>
              <button
                type="button"
                className="cvj-btn cvj-pbtn"
                aria-label={`Discard ${entry.title}`}
                onClick={() => onDiscard(entry)}
              >
                Discard
              </button>
              <button
                type="button"
                className="cvj-btn cvj-pbtn cvj-pbtn--primary"
                data-autofocus={i === 0 ? '' : undefined}
                aria-label={`Restore ${entry.title}`}
                onClick={() => onRestore(entry.id)}
              >
                Restore
              </button>
            </li>
          ))}
        </ul>
        <div className="cvj-pdialog__actions">
          <button type="button" className="cvj-btn cvj-pbtn" onClick={onLater}>
            Decide later
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
