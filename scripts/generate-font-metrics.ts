/**
 * Ships the app's font and derives the text-layout table from it.
 *
 *   npx tsx scripts/generate-font-metrics.ts
 *
 * 1. Copies the Inter TTF files the canvas and the exports use, and their licence, from the
 *    `@expo-google-fonts/inter` npm package (a devDependency) into assets/fonts/, when that
 *    package is installed. The copies in assets/ are what ships: nothing is fetched at run time.
 * 2. Reads the advance widths of every code point in COVERED_RANGES from those TTF files and
 *    writes shared/export/font-metrics.ts (pure data, committed), which
 *    shared/export/text-layout.ts uses to break card titles identically on the canvas and in
 *    exported SVG/PNG.
 *
 * Re-run it after changing the font or the ranges, and commit both outputs.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readFont, type FontInfo } from './lib/ttf';

const repoRoot = join(import.meta.dirname, '..');
const fontsDir = join(repoRoot, 'assets/fonts');
const outFile = join(repoRoot, 'shared/export/font-metrics.ts');

const PACKAGE = '@expo-google-fonts/inter';

/** Face key -> file in assets/fonts and the file it is copied from in the package. */
const FACES = [
  { key: 'regular', file: 'Inter-Regular.ttf', from: '400Regular/Inter_400Regular.ttf' },
  { key: 'semibold', file: 'Inter-SemiBold.ttf', from: '600SemiBold/Inter_600SemiBold.ttf' },
  { key: 'bold', file: 'Inter-Bold.ttf', from: '700Bold/Inter_700Bold.ttf' },
  {
    key: 'mediumItalic',
    file: 'Inter-MediumItalic.ttf',
    from: '500Medium_Italic/Inter_500Medium_Italic.ttf',
  },
] as const;

/**
 * Latin (with Vietnamese), Greek, Cyrillic, punctuation, currency, letterlike symbols, arrows,
 * maths and the common dingbats. Code points of these ranges that Inter lacks, and everything
 * outside them, are measured with text-layout.ts's fallback widths.
 */
const COVERED_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0x24f],
  [0x370, 0x3ff],
  [0x400, 0x4ff],
  [0x1e00, 0x1eff],
  [0x2000, 0x206f],
  [0x20a0, 0x20c0],
  [0x2100, 0x215f],
  [0x2190, 0x21ff],
  [0x2200, 0x22ff],
  [0x25a0, 0x25ff],
  [0x2600, 0x27bf],
];

/** Characters whose mean advance stands in for a code point Inter cannot draw. */
const AVERAGE_SAMPLE = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

function copyFonts(): void {
  const require = createRequire(import.meta.url);
  let packageDir: string;
  try {
    packageDir = dirname(require.resolve(`${PACKAGE}/package.json`));
  } catch {
    console.log(`${PACKAGE} is not installed: using the fonts already in assets/fonts.`);
    return;
  }
  const version = (
    JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  for (const face of FACES) copyFileSync(join(packageDir, face.from), join(fontsDir, face.file));
  copyFileSync(join(packageDir, 'LICENSE_FONT'), join(fontsDir, 'OFL.txt'));
  writeFileSync(
    join(fontsDir, 'SOURCE.md'),
    [
      '# Fonts',
      '',
      `Inter (Google Fonts build), copied from the npm package \`${PACKAGE}@${version}\` by`,
      '`scripts/generate-font-metrics.ts`. Licence: SIL Open Font License 1.1 (`OFL.txt`).',
      '',
      '| file | weight | style |',
      '| --- | --- | --- |',
      '| Inter-Regular.ttf | 400 | normal |',
      '| Inter-SemiBold.ttf | 600 | normal |',
      '| Inter-Bold.ttf | 700 | normal |',
      '| Inter-MediumItalic.ttf | 500 | italic |',
      '',
      'TTF rather than WOFF2 on purpose: resvg, rsvg-convert and Inkscape need TTF/OTF, and the',
      "canvas must load the very same files so that its text metrics equal the exports'.",
      '',
    ].join('\n'),
  );
  console.log(`Copied ${FACES.length} faces of Inter from ${PACKAGE}@${version}.`);
}

const BASE = 36;
const DIGITS = 3;

function encodeWidths(font: FontInfo, [start, end]: readonly [number, number]): string {
  let out = '';
  for (let cp = start; cp <= end; cp++) {
    const advance = font.advance(cp) ?? 0;
    if (advance >= BASE ** DIGITS)
      throw new Error(`Advance too wide to encode: U+${cp.toString(16)}`);
    out += advance.toString(BASE).padStart(DIGITS, '0');
  }
  return out;
}

function hex(n: number): string {
  return `0x${n.toString(16)}`;
}

function generate(): void {
  const fonts = FACES.map((face) => ({
    ...face,
    font: readFont(new Uint8Array(readFileSync(join(fontsDir, face.file)))),
  }));
  const first = fonts[0]!.font;
  for (const { file, font } of fonts) {
    if (
      font.unitsPerEm !== first.unitsPerEm ||
      font.ascender !== first.ascender ||
      font.descender !== first.descender ||
      font.lineGap !== first.lineGap
    ) {
      throw new Error(`${file}: vertical metrics differ from the other faces`);
    }
    // Browsers on some platforms use the OS/2 typo metrics, others hhea: they must agree.
    if (
      font.typoAscender !== font.ascender ||
      font.typoDescender !== font.descender ||
      font.typoLineGap !== font.lineGap
    ) {
      throw new Error(`${file}: hhea and OS/2 typo metrics differ`);
    }
  }

  const faces = fonts
    .map(({ key, file, font }) => {
      const sample = [...AVERAGE_SAMPLE].map((ch) => font.advance(ch.codePointAt(0)!) ?? 0);
      const average = Math.round(sample.reduce((a, b) => a + b, 0) / sample.length);
      const widths = COVERED_RANGES.map((range) => `      '${encodeWidths(font, range)}',`);
      return [
        `  ${key}: {`,
        `    file: '${file}',`,
        `    weight: ${font.weightClass},`,
        `    style: '${font.italic ? 'italic' : 'normal'}',`,
        `    average: ${average},`,
        '    widths: [',
        ...widths,
        '    ],',
        '  },',
      ].join('\n');
    })
    .join('\n');

  const text = `/**
 * Advance widths of the shipped font (Inter, assets/fonts), generated by
 * scripts/generate-font-metrics.ts from the TTF files themselves. Do not edit by hand.
 *
 * Units are font units (\`UNITS_PER_EM\` to the em). \`widths[i]\` covers \`COVERED_RANGES[i]\`:
 * ${DIGITS} base-${BASE} digits per code point, "000" where the font has no glyph. \`average\` is the mean
 * advance of [A-Za-z0-9], used for characters the font cannot draw.
 */
export const FONT_FAMILY = '${first.family}';
export const UNITS_PER_EM = ${first.unitsPerEm};
/** hhea (= OS/2 typo) ascender and descender, font units, both positive; line gap is ${first.lineGap}. */
export const ASCENDER = ${first.ascender};
export const DESCENDER = ${-first.descender};
export const WIDTH_DIGITS = ${DIGITS};
export const WIDTH_BASE = ${BASE};

export const COVERED_RANGES: readonly (readonly [number, number])[] = [
${COVERED_RANGES.map(([a, b]) => `  [${hex(a)}, ${hex(b)}],`).join('\n')}
];

export interface FaceMetrics {
  /** File name in assets/fonts. */
  file: string;
  weight: number;
  style: 'normal' | 'italic';
  average: number;
  widths: readonly string[];
}

export const FACES = {
${faces}
} as const satisfies Record<string, FaceMetrics>;

export type FaceName = keyof typeof FACES;
`;
  writeFileSync(outFile, text);
  console.log(`Wrote ${outFile} (${text.length} characters).`);
}

copyFonts();
generate();
