import type { ExportStatus } from './useExport';

/**
 * The bottom of the export dialog: a PNG too large to make (with the scale that fits), the
 * status line, and the buttons.
 */
export function ExportFooter({
  format,
  files = 1,
  problem,
  status,
  canExport,
  onScale,
  onCopy,
  onClose,
}: {
  format: 'png' | 'svg' | 'pdf' | 'pptx';
  /** How many files the export writes (one per journey with "All journeys"). */
  files?: number;
  problem: { message: string; maxScale: number } | undefined;
  status: ExportStatus;
  canExport: boolean;
  onScale(scale: number): void;
  onCopy(format: 'png' | 'svg'): void;
  onClose(): void;
}) {
  const busy = status.kind === 'busy';
  return (
    <>
      {problem ? (
        <div className="cvj-export__problem" role="alert">
          <p>{problem.message}</p>
          <button
            type="button"
            className="cvj-btn cvj-pbtn"
            onClick={() => onScale(problem.maxScale)}
          >
            Use scale {problem.maxScale}x
          </button>
        </div>
      ) : null}
      <p
        className={`cvj-export__status cvj-export__status--${status.kind}`}
        role={status.kind === 'error' ? 'alert' : 'status'}
        data-testid="export-status"
      >
        {busy ? <span className="cvj-export__spinner" aria-hidden="true" /> : null}
        {status.kind === 'busy' ? status.label : status.kind === 'idle' ? '' : status.message}
      </p>

      <div className="cvj-pdialog__actions cvj-export__actions">
        {(['png', 'svg'] as const).map((copied) => (
          <button
            key={copied}
            type="button"
            className="cvj-btn cvj-pbtn"
            disabled={busy}
            onClick={() => onCopy(copied)}
          >
            {`Copy as ${copied.toUpperCase()}`}
          </button>
        ))}
        <span className="cvj-export__spacer" />
        <button type="button" className="cvj-btn cvj-pbtn" disabled={busy} onClick={onClose}>
          Cancel
        </button>
        <button
          type="submit"
          className="cvj-btn cvj-pbtn cvj-pbtn--primary"
          disabled={busy || !canExport}
          data-autofocus
        >
          {format === 'pdf' || format === 'pptx' || files <= 1 ? `Export ${format.toUpperCase()}…` : `Export ${files} ${format.toUpperCase()} Files…`}
        </button>
      </div>
    </>
  );
}
