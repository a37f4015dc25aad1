import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import {
  MAX_PNG_SIDE,
  maxRasterScale,
  rasterSizeProblem,
  renderJourneySvg,
} from '../../../shared/export';
import { RasterSizeError, rasteriseSvg } from '../../../cli/rasterise';
import { eightStageJourney } from './journeys';

const decode = (bytes: Uint8Array) => PNG.sync.read(Buffer.from(bytes));

describe('rasteriseSvg', () => {
  const { svg, width, height } = renderJourneySvg(eightStageJourney());

  it('renders at the chosen scale', () => {
    expect([decode(rasteriseSvg(svg)).width, decode(rasteriseSvg(svg)).height]).toEqual([
      width,
      height,
    ]);
    const half = decode(rasteriseSvg(svg, { scale: 0.5 }));
    expect([half.width, half.height]).toEqual([Math.ceil(width / 2), Math.ceil(height / 2)]);
  });

  it('keeps a transparent background transparent', () => {
    const png = decode(
      rasteriseSvg(renderJourneySvg(eightStageJourney(), { background: 'transparent' }).svg),
    );
    expect(png.data[3]).toBe(0); // top-left pixel, in the title band
  });

  it('uses only the shipped font, never a system font', () => {
    const text = (family: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="40"><text x="4" y="30" font-size="24" font-family="${family}">Quartz glyph 123</text></svg>`;
    const inter = decode(rasteriseSvg(text('Inter')));
    // DejaVu Sans is installed on the test machines, but the rasteriser must not see it.
    const dejavu = decode(rasteriseSvg(text('DejaVu Sans')));
    expect(Buffer.compare(inter.data, dejavu.data)).toBe(0);
    expect(inter.data.some((v, i) => i % 4 === 3 && v > 0)).toBe(true);
  });

  it('refuses an image beyond the limit with the largest scale that fits', () => {
    const huge = `<svg xmlns="http://www.w3.org/2000/svg" width="20000" height="20000"><rect width="10" height="10"/></svg>`;
    expect(() => rasteriseSvg(huge)).toThrow(RasterSizeError);
    try {
      rasteriseSvg(huge);
    } catch (error) {
      expect(error).toBeInstanceOf(RasterSizeError);
      const { maxScale, message } = error as RasterSizeError;
      expect(maxScale).toBe(0.81);
      expect(message).toContain('At scale 1 this PNG would be 20,000 × 20,000 pixels');
      expect(message).toContain('Export at scale 0.81 or smaller');
      expect(rasterSizeProblem(20000, 20000, maxScale)).toBeUndefined();
    }
  });

  it('computes the largest scale within both limits', () => {
    expect(maxRasterScale(MAX_PNG_SIDE, 10)).toBe(1);
    expect(maxRasterScale(2560, 100_000)).toBe(0.32);
    expect(rasterSizeProblem(2560, 17_000, 1)).toBeUndefined();
    expect(rasterSizeProblem(2560, 17_000, 2)?.maxScale).toBe(1.92);
  });
});
