/**
 * How big a PNG export may get. Browsers cap canvases at 32,767 px a side and 268,435,456
 * pixels (Chromium; Excalidraw's large exports come out blank past these), and an image that
 * large already needs a gigabyte of memory to encode. The app and the CLI both refuse a larger
 * PNG with `rasterSizeProblem`'s message instead of producing a blank or broken file.
 */
export const MAX_PNG_SIDE = 32_767;
export const MAX_PNG_PIXELS = 268_435_456;

/** Pixel size of an image `width` x `height` user units rendered at `scale`. */
export function rasterSize(width: number, height: number, scale: number) {
  return { width: Math.ceil(width * scale), height: Math.ceil(height * scale) };
}

/** The largest scale (two decimals, rounded down) at which the image fits the limits. */
export function maxRasterScale(width: number, height: number): number {
  const byWidth = MAX_PNG_SIDE / width;
  const byHeight = MAX_PNG_SIDE / height;
  const byArea = Math.sqrt(MAX_PNG_PIXELS / (width * height));
  let scale = Math.floor(Math.min(byWidth, byHeight, byArea) * 100) / 100;
  while (scale > 0.01 && !fits(rasterSize(width, height, scale))) scale -= 0.01;
  return Math.max(0.01, Math.round(scale * 100) / 100);
}

function fits(size: { width: number; height: number }): boolean {
  return (
    size.width <= MAX_PNG_SIDE &&
    size.height <= MAX_PNG_SIDE &&
    size.width * size.height <= MAX_PNG_PIXELS
  );
}

const group = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * Undefined when a PNG of this size can be made; otherwise the message to show and the largest
 * scale that would work.
 */
export function rasterSizeProblem(
  width: number,
  height: number,
  scale: number,
): { message: string; maxScale: number } | undefined {
  const size = rasterSize(width, height, scale);
  if (fits(size)) return undefined;
  const maxScale = maxRasterScale(width, height);
  return {
    maxScale,
    message:
      `At scale ${scale} this PNG would be ${group(size.width)} × ${group(size.height)} pixels, ` +
      `more than a PNG export can hold (${group(MAX_PNG_SIDE)} pixels a side and ` +
      `${group(MAX_PNG_PIXELS)} pixels in all). Export at scale ${maxScale} or smaller, export ` +
      `one stage at a time, or export SVG, which has no size limit.`,
  };
}
