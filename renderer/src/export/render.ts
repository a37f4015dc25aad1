// The modules themselves, not shared/export's index: that also brings the file reader (and
// zod), which the editor's first paint does without.
import { embedJourneyInPng } from '../../../shared/export/embed';
import { rasterSize, rasterSizeProblem } from '../../../shared/export/raster-limits';
import { renderJourneySvg, type ExportScope, type SvgExport } from '../../../shared/export/svg';
import type { Journey } from '../../../shared/model/types';
import { UNTITLED_JOURNEY } from '../../../shared/model/names';
import type { ThemeName } from '../../../shared/theme/tokens';
import type { ExportOptions } from './options';

/**
 * Turning the journey into export bytes in the renderer. The SVG comes from the same pure
 * renderer as the CLI's (shared/export); PNG is that SVG rasterised by the browser at the
 * chosen scale, then the journey is embedded as a PNG iTXt chunk.
 */

export interface ExportInput {
  doc: Journey;
  /** The .cvj text to embed (serializeDocument: keeps the file's unknown keys). */
  text: string;
  /** The canvas selection (tactic ids), for scope "selection". */
  selection: readonly string[];
  /** The theme the app shows: the export's colours when the options say `app`. */
  appTheme: ThemeName;
  /** The forecast is on in the app: its numbers go in unless the options say otherwise. */
  forecastOn: boolean;
}

export type Prepared =
  | {
      ok: true;
      svg: SvgExport;
      /** Pixel size of the output: the SVG's width/height, times the scale for PNG. */
      pixels: { width: number; height: number };
      /** Set when a PNG this large cannot be made (the message offers a smaller scale). */
      problem?: { message: string; maxScale: number };
    }
  | { ok: false; message: string };

export function exportScope(options: ExportOptions, selection: readonly string[]): ExportScope {
  if (options.scope === 'stage') return { stage: options.stage };
  if (options.scope === 'selection') return { ids: selection };
  return 'all';
}

export function exportTheme(options: ExportOptions, appTheme: ThemeName): ThemeName {
  return options.theme === 'app' ? appTheme : options.theme;
}

/** The SVG (at scale 1) and the output size for these options. Never throws. */
export function prepareExport(input: ExportInput, options: ExportOptions): Prepared {
  if (options.scope === 'selection' && input.selection.length === 0) {
    return {
      ok: false,
      message: 'Nothing is selected. Select some tactics, or export the whole journey.',
    };
  }
  let svg: SvgExport;
  try {
    svg = renderJourneySvg(input.doc, {
      scope: exportScope(options, input.selection),
      theme: exportTheme(options, input.appTheme),
      background: options.background,
      includeTitle: options.includeTitle,
      includeHeaders: options.includeHeaders,
      embed: options.embed,
      embedText: input.text,
      forecast: options.forecast ?? input.forecastOn,
      locale: typeof navigator === 'undefined' ? undefined : navigator.language,
    });
  } catch (error) {
    return { ok: false, message: `The image could not be made: ${errorText(error)}` };
  }
  if (options.format === 'svg') {
    return {
      ok: true,
      svg,
      pixels: { width: Math.ceil(svg.width), height: Math.ceil(svg.height) },
    };
  }
  const problem = rasterSizeProblem(svg.width, svg.height, options.scale);
  return {
    ok: true,
    svg,
    pixels: rasterSize(svg.width, svg.height, options.scale),
    ...(problem ? { problem } : {}),
  };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// ─── Fonts for rasterising ──────────────────────────────────────────────────────────────────
//
// An SVG drawn through an <img> is a separate document that cannot use the page's fonts, so the
// copy we rasterise carries Inter as data: URIs in an @font-face (CSP: font-src allows data:).
// The exported SVG file never does (docs/export.md: viewers mishandle it; it adds ~1.4 MB).

let fontCss: Promise<string> | null = null;

export function loadFontCss(): Promise<string> {
  fontCss ??= Promise.all([
    import('../../../assets/fonts/Inter-Regular.ttf?inline'),
    import('../../../assets/fonts/Inter-SemiBold.ttf?inline'),
    import('../../../assets/fonts/Inter-Bold.ttf?inline'),
    import('../../../assets/fonts/Inter-MediumItalic.ttf?inline'),
  ]).then(([regular, semibold, bold, italic]) =>
    [
      face(regular.default, 400, 'normal'),
      face(semibold.default, 600, 'normal'),
      face(bold.default, 700, 'normal'),
      face(italic.default, 500, 'italic'),
    ].join('\n'),
  );
  return fontCss;
}

function face(url: string, weight: number, style: string): string {
  // Vite gives a data: URI for ?inline assets; name the format so no sniffing is needed.
  return `@font-face{font-family:Inter;font-weight:${weight};font-style:${style};src:url("${url}") format("truetype");}`;
}

/** `svg` with the @font-face rules right after its opening tag. */
export function withEmbeddedFonts(svg: string, css: string): string {
  const end = svg.indexOf('>', svg.indexOf('<svg'));
  if (end < 0) return svg;
  return `${svg.slice(0, end + 1)}<defs><style>${css}</style></defs>${svg.slice(end + 1)}`;
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.decoding = 'async';
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the browser could not draw the image'));
    image.src = url;
  });
}

/**
 * PNG bytes of `svg` (rendered at scale 1, `width` × `height` user units) at `scale`. Throws
 * with a readable message when the browser cannot make it (out of memory, canvas refused).
 */
export async function rasterise(
  prepared: { svg: SvgExport; pixels: { width: number; height: number } },
  options: Pick<ExportOptions, 'embed'>,
  text: string,
): Promise<Uint8Array> {
  const css = await loadFontCss();
  const source = withEmbeddedFonts(prepared.svg.svg, css);
  const url = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml' }));
  try {
    const image = await loadImage(url);
    // Give the browser a moment to apply the embedded fonts before drawing (decode() waits
    // for the image document, fonts included, in Chromium).
    await image.decode().catch(() => undefined);
    const { width, height } = prepared.pixels;
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('the browser has no memory left for an image this large');
    context.drawImage(image, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    // Free the pixels now rather than whenever the garbage collector gets to them.
    canvas.width = 0;
    canvas.height = 0;
    if (!blob || blob.size === 0) {
      throw new Error('the browser could not encode an image this large; try a smaller scale');
    }
    const png = new Uint8Array(await blob.arrayBuffer());
    return options.embed ? embedJourneyInPng(png, text) : png;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A file name for the export: the journey's title (plus the stage), safe on every system. */
export function exportFileName(title: string, format: 'png' | 'svg' | 'csv' | 'pdf' | 'pptx', suffix?: string): string {
  const stem =
    `${title}${suffix ? ` - ${suffix}` : ''}`
      .replace(/[\\/:*?"<>|]/gu, ' ')
      .replace(/\p{Cc}/gu, ' ')
      .replace(/\s+/gu, ' ')
      .trim()
      .replace(/^[. ]+|[. ]+$/gu, '')
      .slice(0, 120)
      .trim() || UNTITLED_JOURNEY;
  return `${stem}.${format}`;
}

/**
 * One name per exported journey, none alike whatever the disk's case rules: a second "Today.png"
 * becomes "Today (2).png".
 */
export function uniqueExportNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const dot = name.lastIndexOf('.');
    const [stem, ext] = [name.slice(0, dot), name.slice(dot)];
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${ext}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
