import type { ExportBackground } from './options';
import type { Prepared } from './render';
import { groupDigits } from './useExport';

/** The right column of the export dialog: the image as it will be exported, and its size. */
export function ExportPreview({
  prepared,
  previewUrl,
  background,
}: {
  prepared: Prepared;
  previewUrl: string | null;
  background: ExportBackground;
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
      <p className="cvj-export__size">
        Output size: <strong data-testid="export-size">{sizeText}</strong>
        {prepared.ok ? (
          <span>
            {' '}
            · {prepared.svg.tactics} {prepared.svg.tactics === 1 ? 'tactic' : 'tactics'}
          </span>
        ) : null}
      </p>
    </div>
  );
}
