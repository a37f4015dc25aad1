import { useEffect, useMemo, useState } from 'react';
import { getStage } from '../../../shared/model/stages';
import { usePlatform } from '../platform/context';
import { useAppStore, useAppStoreApi } from '../store/context';
import { serializeDocument } from '../documents/serialize';
import { copyExport, saveExport } from './deliver';
import { isImageFormat, loadExportOptions, saveExportOptions, type ExportFormat, type ExportOptions } from './options';
import { useTheme } from '../theme/themeStore';
import { workingSet } from '../store/journeysSlice';
import { journeysInOrder } from '../../../shared/model/journeySet';
import {
  exportFileName,
  exportTheme,
  uniqueExportNames,
  loadFontCss,
  prepareExport,
  rasterise,
  withEmbeddedFonts,
  type ExportInput,
  type Prepared,
} from './render';

export type ExportStatus =
  | { kind: 'idle' }
  | { kind: 'busy'; label: string }
  | { kind: 'done'; message: string }
  | { kind: 'error'; message: string };

/** Thousands separated by commas, as the dialog writes pixel sizes. */
export const groupDigits = (n: number) => n.toLocaleString('en-US');

/** Lets React paint the "Rendering…" state before the browser is busy rasterising. */
const nextPaint = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * The export dialog's state: the remembered options, the export they give (prepared again on
 * every change, for the preview and the size), the preview image, and running an export or a
 * copy with its status line.
 */
export function useExport(onClose: () => void) {
  const platform = usePlatform();
  const store = useAppStoreApi();
  const doc = useAppStore((s) => s.doc);
  const selection = useAppStore((s) => s.selection);
  const journeyCount = useAppStore((s) => s.journeySet.order.length);
  const [options, setOptions] = useState<ExportOptions>(loadExportOptions);
  const [status, setStatus] = useState<ExportStatus>({ kind: 'idle' });

  // Tactic ids only (the selection may hold connection ids too).
  const selectedTactics = useMemo(() => {
    const ids = new Set(doc.tactics.map((t) => t.id));
    return selection.filter((id) => ids.has(id));
  }, [doc, selection]);

  const appTheme = useTheme().name;
  const forecastOn = useAppStore((s) => s.forecastOn);
  const input: ExportInput = useMemo(
    () => ({
      doc,
      text: serializeDocument(store.getState(), doc),
      selection: selectedTactics,
      appTheme,
      forecastOn,
    }),
    [doc, selectedTactics, store, appTheme, forecastOn],
  );
  // The preview (and Copy) is the picture of the open journey, whatever the format.
  const pictureOptions = useMemo(() => (isImageFormat(options.format) ? options : { ...options, format: 'svg' as const }), [options]);
  const prepared = useMemo(() => prepareExport(input, pictureOptions), [input, pictureOptions]);
  const previewUrl = usePreviewUrl(prepared);

  const update = (patch: Partial<ExportOptions>) => {
    const next = { ...options, ...patch };
    setOptions(next);
    saveExportOptions(next);
    if (status.kind !== 'busy') setStatus({ kind: 'idle' });
  };

  const busy = status.kind === 'busy';
  const allJourneys = journeyCount > 1 && options.journeys === 'all';
  const problem = prepared.ok && options.format === 'png' ? prepared.problem : undefined;
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
    setStatus({
      kind: 'busy',
      label: `Rendering ${groupDigits(width)} × ${groupDigits(height)} px PNG…`,
    });
    await nextPaint();
    return rasterise(current, options, input.text);
  }

  async function run(action: 'export' | 'copy', format: ExportFormat) {
    if (busy) return;
    if (!isImageFormat(format)) {
      await exportDocument(format);
      return;
    }
    try {
      const bytes = await makeBytes(format);
      if (!bytes) return;
      if (action === 'copy') {
        setStatus({ kind: 'busy', label: 'Copying…' });
        await copyExport(platform, format, bytes);
        setStatus({ kind: 'done', message: `Copied as ${format.toUpperCase()}.` });
        return;
      }
      if (allJourneys) {
        await exportAll(format, bytes);
        return;
      }
      await saveFile({ format, bytes, suggestedName: exportFileName(doc.title, format, stageSuffix) });
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

  /** Hands one finished file to the platform (a Save dialog, or a download) and says how it went. */
  async function saveFile(request: Parameters<typeof saveExport>[1]) {
    setStatus({ kind: 'busy', label: 'Saving…' });
    const outcome = await saveExport(platform, request);
    if (outcome.status === 'saved') {
      setStatus({ kind: 'done', message: `Exported “${outcome.name}”.` });
      onClose();
    } else if (outcome.status === 'cancelled') setStatus({ kind: 'idle' });
    else setStatus({ kind: 'error', message: outcome.error.message });
  }

  /**
   * The PDF report or the PowerPoint deck: this journey, or every journey of the file in one
   * document; made by a module loaded on first use.
   */
  async function exportDocument(format: 'pdf' | 'pptx') {
    const label = format === 'pdf' ? 'PDF report' : 'PowerPoint deck';
    try {
      setStatus({ kind: 'busy', label: `Making the ${label}…` });
      await nextPaint();
      const { makeReportPdf, makeDeckPptx } = await import('./deliverables');
      const state = store.getState();
      const request = {
        set: workingSet(state),
        ...(allJourneys ? {} : { journeys: [doc.id] }),
        theme: exportTheme(options, appTheme),
        includeTitle: options.includeTitle,
        ...(options.embed ? { embedText: input.text } : {}),
        locale: navigator.language || 'en-US',
      };
      const bytes = format === 'pdf' ? await makeReportPdf(request) : await makeDeckPptx(request);
      const title = allJourneys ? state.journeySet.title : doc.title;
      await saveFile({ format, bytes, suggestedName: exportFileName(title, format) });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setStatus({ kind: 'error', message: `Couldn’t make the ${label}: ${reason}. Nothing was saved.` });
    }
  }

  /**
   * Export › All journeys: the open journey's image (already made) and one for each other
   * journey with the same options, each named after its journey, handed over together.
   */
  async function exportAll(format: 'png' | 'svg', openBytes: Uint8Array) {
    const state = store.getState();
    const journeys = journeysInOrder(workingSet(state));
    const files: { bytes: Uint8Array; suggestedName: string }[] = [];
    for (const [i, journey] of journeys.entries()) {
      setStatus({ kind: 'busy', label: `Rendering journey ${i + 1} of ${journeys.length}…` });
      await nextPaint();
      let bytes = openBytes;
      if (journey.id !== doc.id) {
        // The selection belongs to the open journey: the others are exported whole (or the stage).
        const scope = options.scope === 'selection' ? 'all' : options.scope;
        const other = prepareExport({ ...input, doc: journey, selection: [] }, { ...options, format, scope });
        if (!other.ok || (format === 'png' && other.problem)) {
          const reason = !other.ok ? other.message : other.problem!.message;
          setStatus({ kind: 'error', message: `“${journey.title}”: ${reason}` });
          return;
        }
        bytes = format === 'svg' ? new TextEncoder().encode(other.svg.svg) : await rasterise(other, options, input.text);
      }
      files.push({ bytes, suggestedName: exportFileName(journey.title, format, stageSuffix) });
    }
    const names = uniqueExportNames(files.map((f) => f.suggestedName));
    setStatus({ kind: 'busy', label: 'Saving…' });
    const outcome = await platform.exportFiles({ format, files: files.map((f, i) => ({ ...f, suggestedName: names[i]! })) });
    if (outcome.status === 'saved') {
      setStatus({ kind: 'done', message: `Exported ${outcome.names.length} files to “${outcome.folder}”.` });
      onClose();
    } else if (outcome.status === 'cancelled') setStatus({ kind: 'idle' });
    else {
      const written = outcome.names.length > 0 ? ` ${outcome.names.length} were written: ${outcome.names.join(', ')}.` : ' Nothing was written.';
      setStatus({ kind: 'error', message: `${outcome.error.message}${written}` });
    }
  }

  return {
    title: doc.title,
    journeyCount,
    allJourneys,
    options,
    update,
    selectedCount: selectedTactics.length,
    prepared,
    previewUrl,
    problem,
    status,
    busy,
    run,
  };
}

/** The preview is the export itself (with the fonts the PNG gets), shown as an image. */
function usePreviewUrl(prepared: Prepared): string | null {
  const [fontCss, setFontCss] = useState<string | null>(null);
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

  const previewUrl = useMemo(() => {
    if (!prepared.ok) return null;
    const svg = fontCss ? withEmbeddedFonts(prepared.svg.svg, fontCss) : prepared.svg.svg;
    return URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  }, [prepared, fontCss]);
  useEffect(() => () => (previewUrl ? URL.revokeObjectURL(previewUrl) : undefined), [previewUrl]);
  return previewUrl;
}
