import type { ExportBackground } from './options';
import type { Prepared } from './render';
import { groupDigits } from './useExport';

/** The right column of the export dialog: the image as it will be exported, and its size. */
export function ExportPreview({
  prepared,
  previewUrl,
  background,
  document,
}: {
  prepared: Prepared;
  previewUrl: string | null;
  background: ExportBackground;
  /** A PDF report or a deck: the preview is its drawing of the open journey, not a file of pixels. */
  document?: 'pdf' | 'pptx';
}) {
  const sizeText = prepared.ok
    ? `${groupDigits(prepared.pixels.width)} × ${groupDigits(prepared.pixels.height)} px`
    : '—';
  return (
    <div className="cvj-export__preview-col">
      <div className="cvj-export__preview" data-background={background}>
        {previewUrl ? (
          <img src={previewUrl} alt="Preview of the exported image" data-testid="export-preview" />
        ) : (
          <p className="cvj-export__empty">{prepared.ok ? '' : prepared.message}</p>
        )}
      </div>
      {document ? (
        <p className="cvj-export__size">
          {document === 'pdf'
            ? 'The report’s drawing of this journey'
            : 'The deck’s overview of this journey'}
          {prepared.ok
            ? ` · ${prepared.svg.tactics} ${prepared.svg.tactics === 1 ? 'tactic' : 'tactics'}`
            : ''}
        </p>
      ) : (
        <p className="cvj-export__size">
          Output size: <strong data-testid="export-size">{sizeText}</strong>
          {prepared.ok ? (
            <span>
              {' '}
              · {prepared.svg.tactics} {prepared.svg.tactics === 1 ? 'tactic' : 'tactics'}
            </span>
          ) : null}
        </p>
      )}
    </div>
  );
}
