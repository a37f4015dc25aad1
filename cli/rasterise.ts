import { Resvg } from '@resvg/resvg-js';
import { rasterSize, rasterSizeProblem } from '../shared/export';
import { FONT_FAMILY } from '../shared/export';
import { shippedFontFiles } from './fonts';

export interface RasteriseOptions {
  /** Pixels per SVG user unit. Default 1. */
  scale?: number;
  /** Font files to load; default the shipped Inter faces. System fonts are never loaded. */
  fontFiles?: string[];
}

/** Thrown when the PNG would exceed the size limit; `maxScale` is the largest scale that fits. */
export class RasterSizeError extends Error {
  constructor(
    message: string,
    readonly maxScale: number,
  ) {
    super(message);
    this.name = 'RasterSizeError';
  }
}

/**
 * Renders an SVG to PNG bytes with resvg, using only the given font files, so the result is the
 * same on every machine. Refuses (RasterSizeError) instead of producing a PNG beyond the limits
 * in shared/export/raster-limits.ts.
 */
export function rasteriseSvg(svg: string, options: RasteriseOptions = {}): Uint8Array {
  const scale = options.scale ?? 1;
  const fontFiles = options.fontFiles ?? shippedFontFiles();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: {
      loadSystemFonts: false,
      fontFiles,
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'off',
  });
  const problem = rasterSizeProblem(resvg.width, resvg.height, scale);
  if (problem) throw new RasterSizeError(problem.message, problem.maxScale);
  const image = resvg.render();
  const expected = rasterSize(resvg.width, resvg.height, scale);
  if (Math.abs(image.width - expected.width) > 1 || Math.abs(image.height - expected.height) > 1) {
    throw new Error(
      `The renderer made a ${image.width} × ${image.height} image instead of ${expected.width} × ${expected.height}.`,
    );
  }
  const png = image.asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
