/**
 * A minimal TrueType/OpenType reader for build scripts: just enough of `head`, `hhea`, `OS/2`,
 * `hmtx`, `cmap` (formats 4 and 12) and `name` to compute advance widths and vertical metrics.
 * No shaping and no kerning: the text layout that uses these numbers is kerning-free on purpose
 * (see shared/export/text-layout.ts).
 */
export interface FontInfo {
  family: string;
  subfamily: string;
  unitsPerEm: number;
  /** hhea ascender / descender (descender negative) / lineGap, in font units. */
  ascender: number;
  descender: number;
  lineGap: number;
  typoAscender: number;
  typoDescender: number;
  typoLineGap: number;
  useTypoMetrics: boolean;
  weightClass: number;
  italic: boolean;
  /** Advance width (font units) of the glyph a code point maps to; undefined when unmapped. */
  advance(codePoint: number): number | undefined;
}

export function readFont(bytes: Uint8Array): FontInfo {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const numTables = view.getUint16(4);
  const tables = new Map<string, number>();
  for (let i = 0; i < numTables; i++) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(...bytes.subarray(record, record + 4));
    tables.set(tag, view.getUint32(record + 8));
  }
  const table = (tag: string): number => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`Font has no ${tag} table`);
    return offset;
  };

  const head = table('head');
  const unitsPerEm = view.getUint16(head + 18);

  const hhea = table('hhea');
  const ascender = view.getInt16(hhea + 4);
  const descender = view.getInt16(hhea + 6);
  const lineGap = view.getInt16(hhea + 8);
  const numberOfHMetrics = view.getUint16(hhea + 34);

  const os2 = table('OS/2');
  const weightClass = view.getUint16(os2 + 4);
  const fsSelection = view.getUint16(os2 + 62);
  const typoAscender = view.getInt16(os2 + 68);
  const typoDescender = view.getInt16(os2 + 70);
  const typoLineGap = view.getInt16(os2 + 72);

  const hmtx = table('hmtx');
  const advanceOfGlyph = (glyph: number): number =>
    view.getUint16(hmtx + 4 * Math.min(glyph, numberOfHMetrics - 1));

  const glyphOf = readCmap(view, table('cmap'));
  const names = readNames(view, table('name'));

  return {
    family: names.get(16) ?? names.get(1) ?? '',
    subfamily: names.get(17) ?? names.get(2) ?? '',
    unitsPerEm,
    ascender,
    descender,
    lineGap,
    typoAscender,
    typoDescender,
    typoLineGap,
    useTypoMetrics: (fsSelection & (1 << 7)) !== 0,
    weightClass,
    italic: (fsSelection & 1) !== 0,
    advance(codePoint) {
      const glyph = glyphOf(codePoint);
      return glyph === 0 ? undefined : advanceOfGlyph(glyph);
    },
  };
}

function readCmap(view: DataView, cmap: number): (codePoint: number) => number {
  const count = view.getUint16(cmap + 2);
  let best: { format: number; offset: number } | undefined;
  for (let i = 0; i < count; i++) {
    const platform = view.getUint16(cmap + 4 + i * 8);
    const encoding = view.getUint16(cmap + 6 + i * 8);
    const offset = cmap + view.getUint32(cmap + 8 + i * 8);
    const format = view.getUint16(offset);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    if (format === 12 && best?.format !== 12) best = { format, offset };
    else if (format === 4 && best === undefined) best = { format, offset };
  }
  if (!best) throw new Error('Font has no Unicode cmap (format 4 or 12)');
  const { format, offset } = best;

  if (format === 12) {
    const groups = view.getUint32(offset + 12);
    return (cp) => {
      for (let g = 0; g < groups; g++) {
        const base = offset + 16 + g * 12;
        const start = view.getUint32(base);
        const end = view.getUint32(base + 4);
        if (cp >= start && cp <= end) return view.getUint32(base + 8) + (cp - start);
      }
      return 0;
    };
  }

  const segX2 = view.getUint16(offset + 6);
  const ends = offset + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const rangeOffsets = deltas + segX2;
  return (cp) => {
    if (cp > 0xffff) return 0;
    for (let s = 0; s < segX2; s += 2) {
      const end = view.getUint16(ends + s);
      if (cp > end) continue;
      const start = view.getUint16(starts + s);
      if (cp < start) return 0;
      const delta = view.getInt16(deltas + s);
      const rangeOffset = view.getUint16(rangeOffsets + s);
      if (rangeOffset === 0) return (cp + delta) & 0xffff;
      const glyphAddress = rangeOffsets + s + rangeOffset + 2 * (cp - start);
      const glyph = view.getUint16(glyphAddress);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

function readNames(view: DataView, name: number): Map<number, string> {
  const count = view.getUint16(name + 2);
  const strings = name + view.getUint16(name + 4);
  const found = new Map<number, string>();
  for (let i = 0; i < count; i++) {
    const record = name + 6 + i * 12;
    const platform = view.getUint16(record);
    const language = view.getUint16(record + 4);
    const id = view.getUint16(record + 6);
    const length = view.getUint16(record + 8);
    const offset = strings + view.getUint16(record + 10);
    // Windows, Unicode BMP, US English: UTF-16BE.
    if (platform !== 3 || language !== 0x409 || found.has(id)) continue;
    let text = '';
    for (let j = 0; j < length; j += 2) text += String.fromCharCode(view.getUint16(offset + j));
    found.set(id, text);
  }
  return found;
}
