import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FONT_FACES } from '../shared/export';

/**
 * The font files shipped in assets/fonts (Inter), found from this module's location so the CLI
 * works from the repository (cli/*.ts), from a bundle (out/cli/cvj.mjs) and from an installed
 * package alike. The rasteriser loads only these: no system font is ever used.
 */
export function shippedFontDir(): string {
  const wanted = Object.values(FONT_FACES).map((face) => face.file);
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'assets', 'fonts');
    if (wanted.every((file) => existsSync(join(candidate, file)))) return candidate;
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error('The shipped fonts (assets/fonts/Inter-*.ttf) were not found.');
    dir = parent;
  }
}

export function shippedFontFiles(): string[] {
  const dir = shippedFontDir();
  return Object.values(FONT_FACES).map((face) => join(dir, face.file));
}
