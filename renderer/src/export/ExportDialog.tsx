import { useEffect, useId, useMemo, useState } from 'react';
import { getStage, STAGES } from '../../../shared/model/stages';
import type { StageId } from '../../../shared/model/types';
import { ModalDialog } from '../panels/dialogs/ModalDialog';
import { usePlatform } from '../platform/context';
import { useAppStore, useAppStoreApi } from '../store/context';
import { serializeDocument } from '../documents/serialize';
import { copyExport, saveExport } from './deliver';
import { closeExportDialog, useExportDialogOpen } from './dialogState';
import {
  EXPORT_SCALES,
  loadExportOptions,
  saveExportOptions,
  type ExportBackground,
  type ExportOptions,
} from './options';
import {
  exportFileName,
  loadFontCss,
  prepareExport,
  rasterise,
  withEmbeddedFonts,
  type ExportInput,
} from './render';
import './export.css';

/** Mounted once (by the toolbar); shows the dialog while File > Export… has it open. */
export function ExportDialogHost() {
  const open = useExportDialogOpen();
  return open ? <ExportDialog onClose={closeExportDialog} /> : null;
}

const group = (n: number) => n.toLocaleString('en-US');

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; label: string }
  | { kind: 'done'; message: string }
  | { kind: 'error'; message: string };

/** Lets React paint the "Rendering…" state before the browser is busy rasterising. */
const nextPaint = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

export function ExportDialog({ onClose }: { onClose(): void }) {
  const titleId = useId();
  const platform = usePlatform();
  const store = useAppStoreApi();
  const doc = useAppStore((s) => s.doc);
  const selection = useAppStore((s) => s.selection);
  const [options, setOptions] = useState<ExportOptions>(loadExportOptions);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [fontCss, setFontCss] = useState<string | null>(null);

  // Tactic ids only (the selection may hold connection ids too).
  const selectedTactics = useMemo(() => {
    const ids = new Set(doc.tactics.map((t) => t.id));
    return selection.filter((id) => ids.has(id));
  }, [doc, selection]);

  const input: ExportInput = useMemo(
    () => ({ doc, text: serializeDocument(store.getState(), doc), selection: selectedTactics }),
    [doc, selectedTactics, store],
  );
  const prepared = useMemo(() => prepareExport(input, options), [input, options]);

  useEffect(() => {
    let live = true;
    loadFontCss().then(
      (css) => live && setFontCss(css),
      () => live && setFontCss(''),
    );
    return () => {
      live = false;
    };
  }, []);

  // The preview is the export itself (with the fonts the PNG gets), shown as an image.
  const previewUrl = useMemo(() => {
    if (!prepared.ok) return null;
    const svg = fontCss ? withEmbeddedFonts(prepared.svg.svg, fontCss) : prepared.svg.svg;
    return URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  }, [prepared, fontCss]);
  useEffect(() => () => (previewUrl ? URL.revokeObjectURL(previewUrl) : undefined), [previewUrl]);

  const update = (patch: Partial<ExportOptions>) => {
    const next = { ...options, ...patch };
    setOptions(next);
    saveExportOptions(next);
    if (status.kind !== 'busy') setStatus({ kind: 'idle' });
  };

  const busy = status.kind === 'busy';
  const png = options.format === 'png';
  const problem = prepared.ok && png ? prepared.problem : undefined;
  const stageSuffix = options.scope === 'stage' ? getStage(options.stage).label : undefined;

  /** The bytes for `format` with the current options; null (and a message) when impossible. */
  async function makeBytes(format: 'png' | 'svg'): Promise<Uint8Array | null> {
    const current =
      format === options.format ? prepared : prepareExport(input, { ...options, format });
    if (!current.ok) {
      setStatus({ kind: 'error', message: current.message });
      return null;
    }
    if (format === 'svg') return new TextEncoder().encode(current.svg.svg);
    if (current.problem) {
      setStatus({ kind: 'error', message: current.problem.message });
      return null;
    }
    const { width, height } = current.pixels;
    setStatus({ kind: 'busy', label: `Rendering ${group(width)} × ${group(height)} px PNG…` });
    await nextPaint();
    return rasterise(current, options, input.text);
  }

  async function run(action: 'export' | 'copy', format: 'png' | 'svg') {
    if (busy) return;
    try {
      const bytes = await makeBytes(format);
      if (!bytes) return;
      if (action === 'copy') {
        setStatus({ kind: 'busy', label: 'Copying…' });
        await copyExport(platform, format, bytes);
        setStatus({ kind: 'done', message: `Copied as ${format.toUpperCase()}.` });
        return;
      }
      setStatus({ kind: 'busy', label: 'Saving…' });
      const outcome = await saveExport(platform, {
        format,
        bytes,
        suggestedName: exportFileName(doc.title, format, stageSuffix),
      });
      if (outcome.status === 'saved') {
        setStatus({ kind: 'done', message: `Exported “${outcome.name}”.` });
        onClose();
      } else if (outcome.status === 'cancelled') setStatus({ kind: 'idle' });
      else setStatus({ kind: 'error', message: outcome.error.message });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setStatus({
        kind: 'error',
        message:
          action === 'copy'
            ? `Couldn’t copy the image: ${reason}.`
            : `Couldn’t export the image: ${reason}. Nothing was saved.`,
      });
    }
  }

  const sizeText = prepared.ok
    ? `${group(prepared.pixels.width)} × ${group(prepared.pixels.height)} px`
    : '—';

  return (
    <ModalDialog
      titleId={titleId}
      onCancel={() => {
        if (!busy) onClose();
      }}
      className="cvj-pdialog--export"
    >
      <form
        className="cvj-pdialog__form cvj-export"
        aria-busy={busy}
        onSubmit={(e) => {
          e.preventDefault();
          void run('export', options.format);
        }}
      >
        <h2 id={titleId} className="cvj-pdialog__title">
          Export journey
        </h2>
        <div className="cvj-export__body">
          <div className="cvj-export__options">
            <fieldset className="cvj-export__group">
              <legend>Format</legend>
              <Radio
                name="format"
                value="png"
                checked={png}
                onChange={() => update({ format: 'png' })}
              >
                PNG image
              </Radio>
              <Radio
                name="format"
                value="svg"
                checked={!png}
                onChange={() => update({ format: 'svg' })}
              >
                SVG (vector)
              </Radio>
            </fieldset>

            <fieldset className="cvj-export__group">
              <legend>What to export</legend>
              <Radio
                name="scope"
                value="all"
                checked={options.scope === 'all'}
                onChange={() => update({ scope: 'all' })}
              >
                Whole journey
              </Radio>
              <Radio
                name="scope"
                value="selection"
                checked={options.scope === 'selection'}
                onChange={() => update({ scope: 'selection' })}
              >
                Selection ({selectedTactics.length}{' '}
                {selectedTactics.length === 1 ? 'tactic' : 'tactics'})
              </Radio>
              <div className="cvj-export__row">
                <Radio
                  name="scope"
                  value="stage"
                  checked={options.scope === 'stage'}
                  onChange={() => update({ scope: 'stage' })}
                >
                  One stage
                </Radio>
                <select
                  aria-label="Stage"
                  value={options.stage}
                  onChange={(e) => update({ scope: 'stage', stage: e.target.value as StageId })}
                >
                  {STAGES.map((stage, i) => (
                    <option key={stage.id} value={stage.id}>
                      {i + 1}. {stage.label}
                    </option>
                  ))}
                </select>
              </div>
            </fieldset>

            {png ? (
              <fieldset className="cvj-export__group cvj-export__group--inline">
                <legend>Scale</legend>
                {[
                  ...EXPORT_SCALES,
                  ...(EXPORT_SCALES.includes(options.scale as 1) ? [] : [options.scale]),
                ].map((scale) => (
                  <Radio
                    key={scale}
                    name="scale"
                    value={String(scale)}
                    checked={options.scale === scale}
                    onChange={() => update({ scale })}
                  >
                    {scale}x
                  </Radio>
                ))}
              </fieldset>
            ) : null}

            <label className="cvj-export__field">
              Background
              <select
                value={options.background}
                onChange={(e) => update({ background: e.target.value as ExportBackground })}
              >
                <option value="theme">Canvas colour</option>
                <option value="white">White</option>
                <option value="transparent">Transparent</option>
              </select>
            </label>

            <div className="cvj-export__checks">
              <Check checked={options.includeTitle} onChange={(v) => update({ includeTitle: v })}>
                Include title
              </Check>
              <Check
                checked={options.includeHeaders}
                onChange={(v) => update({ includeHeaders: v })}
              >
                Include stage headers
              </Check>
              <Check checked={options.embed} onChange={(v) => update({ embed: v })}>
                Embed the journey so File › Open can edit it again
                <span className="cvj-export__hint">Turn off for confidential slides.</span>
              </Check>
            </div>
          </div>

          <div className="cvj-export__preview-col">
            <div className="cvj-export__preview" data-background={options.background}>
              {previewUrl ? (
                <img
                  src={previewUrl}
                  alt="Preview of the exported image"
                  data-testid="export-preview"
                />
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
        </div>

        {problem ? (
          <div className="cvj-export__problem" role="alert">
            <p>{problem.message}</p>
            <button
              type="button"
              className="cvj-pbtn"
              onClick={() => update({ scale: problem.maxScale })}
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
          {status.kind === 'busy' ? (
            <span className="cvj-export__spinner" aria-hidden="true" />
          ) : null}
          {status.kind === 'busy' ? status.label : status.kind === 'idle' ? '' : status.message}
        </p>

        <div className="cvj-pdialog__actions cvj-export__actions">
          <button
            type="button"
            className="cvj-pbtn"
            disabled={busy}
            onClick={() => void run('copy', 'png')}
          >
            Copy as PNG
          </button>
          <button
            type="button"
            className="cvj-pbtn"
            disabled={busy}
            onClick={() => void run('copy', 'svg')}
          >
            Copy as SVG
          </button>
          <span className="cvj-export__spacer" />
          <button type="button" className="cvj-pbtn" disabled={busy} onClick={onClose}>
            Cancel
          </button>
          <button
            type="submit"
            className="cvj-pbtn cvj-pbtn--primary"
            disabled={busy || !prepared.ok || problem !== undefined}
            data-autofocus
          >
            Export {png ? 'PNG' : 'SVG'}…
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

function Radio(props: {
  name: string;
  value: string;
  checked: boolean;
  onChange(): void;
  children: React.ReactNode;
}) {
  return (
    <label className="cvj-export__choice">
      <input
        type="radio"
        name={props.name}
        value={props.value}
        checked={props.checked}
        onChange={props.onChange}
      />
      <span>{props.children}</span>
    </label>
  );
}

function Check(props: {
  checked: boolean;
  onChange(value: boolean): void;
  children: React.ReactNode;
}) {
  return (
    <label className="cvj-export__choice">
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <span>{props.children}</span>
    </label>
  );
}
