import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CARD_BODY,
  ELLIPSIS,
  cardTitleLines,
  layoutText,
  measureText,
  normalizeText,
} from '../../../shared/export';
import { COVERED_RANGES, FACES, UNITS_PER_EM } from '../../../shared/export/font-metrics';
import { TACTIC_LIBRARY } from '../../../shared/model/library';
import { readFont } from '../../../scripts/lib/ttf';
import { fontsDir } from './helpers';

const bold22 = { fontSize: 22, fontWeight: 700 } as const;

describe('font metrics table', () => {
  it('holds the advance of every covered code point of every shipped face, as the TTF says', () => {
    for (const [name, face] of Object.entries(FACES)) {
      const font = readFont(new Uint8Array(readFileSync(join(fontsDir, face.file))));
      expect(font.unitsPerEm, name).toBe(UNITS_PER_EM);
      const style = { fontSize: UNITS_PER_EM, fontWeight: face.weight, fontStyle: face.style };
      for (const [start, end] of COVERED_RANGES) {
        for (let cp = start; cp <= end; cp++) {
          const advance = font.advance(cp);
          if (advance === undefined || advance === 0) continue;
          const char = String.fromCodePoint(cp);
          if (/[\p{M}\p{Cf}]/u.test(char)) continue;
          expect(measureText(char, style), `${name} U+${cp.toString(16)}`).toBe(advance);
        }
      }
    }
  });
});

describe('measureText', () => {
  it('sums advances without kerning', () => {
    const a = measureText('A', bold22);
    const v = measureText('V', bold22);
    expect(measureText('AV', bold22)).toBeCloseTo(a + v, 10);
    expect(a).toBeCloseTo((1529 * 22) / 2048, 10);
  });

  it('picks the face by weight and style', () => {
    const text = 'Customer value';
    const regular = measureText(text, { fontSize: 14 });
    const semibold = measureText(text, { fontSize: 14, fontWeight: 600 });
    const bold = measureText(text, { fontSize: 14, fontWeight: 700 });
    expect(regular).toBeLessThan(semibold);
    expect(semibold).toBeLessThan(bold);
    expect(measureText(text, { fontSize: 14, fontWeight: 500 })).toBe(regular);
  });

  it('measures text the font cannot draw with fallback widths, one per grapheme', () => {
    expect(measureText('漢字', bold22)).toBeCloseTo(44, 10);
    // A family emoji is one grapheme (several code points joined by ZWJ): one emoji wide.
    expect(measureText('👨‍👩‍👧', bold22)).toBeCloseTo(measureText('🎉', bold22), 10);
    expect(measureText('e\u0301', bold22)).toBeCloseTo(measureText('e', bold22), 10);
  });
});

describe('layoutText', () => {
  const wrap = (text: string, maxWidth: number, maxLines?: number) =>
    layoutText(text, { ...bold22, maxWidth, ...(maxLines ? { maxLines } : {}) });

  it('keeps text that fits on one line', () => {
    expect(wrap('Blog posts', 200)).toEqual({
      lines: ['Blog posts'],
      widths: [measureText('Blog posts', bold22)],
      truncated: false,
    });
  });

  it('breaks greedily at spaces, every line within the width', () => {
    const { lines, widths } = wrap('Brewing guides, one per bean origin, with tasting notes', 200);
    expect(lines).toEqual(['Brewing guides,', 'one per bean', 'origin, with', 'tasting notes']);
    for (const w of widths) expect(w).toBeLessThanOrEqual(200);
    // Greedy: the next word would not have fitted on any line.
    lines.slice(0, -1).forEach((line, i) => {
      const nextWord = lines[i + 1]!.split(' ')[0]!;
      expect(measureText(`${line} ${nextWord}`, bold22)).toBeGreaterThan(200);
    });
  });

  it('collapses whitespace like CSS and trims the ends', () => {
    expect(normalizeText('  a \t\n b  ')).toBe('a b');
    expect(wrap('  Live   chat \n', 200).lines).toEqual(['Live chat']);
    expect(wrap(' \n\t ', 200)).toEqual({ lines: [], widths: [], truncated: false });
  });

  it('breaks after hyphens and dashes, not before digits', () => {
    expect(wrap('Pay-per-click advertising', 125).lines).toEqual([
      'Pay-per-',
      'click',
      'advertising',
    ]);
    const width = measureText('ab 12-', bold22) + 1;
    expect(wrap('ab 12-15', width).lines).toEqual(['ab', '12-15']);
  });

  it('breaks a word wider than the line between graphemes', () => {
    const { lines, widths } = wrap('Supercalifragilisticexpialidocious', 150);
    expect(lines.join('')).toBe('Supercalifragilisticexpialidocious');
    expect(lines.length).toBeGreaterThan(1);
    for (const w of widths) expect(w).toBeLessThanOrEqual(150);
  });

  it('never splits a grapheme (emoji sequences, combining marks, flags)', () => {
    const text = '👨‍👩‍👧🇫🇷e\u0301'.repeat(6);
    const { lines } = wrap(text, 60);
    const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
    const all = [...segmenter.segment(text)].map((s) => s.segment);
    expect(lines.flatMap((l) => [...segmenter.segment(l)].map((s) => s.segment))).toEqual(all);
  });

  it('clamps to maxLines with an ellipsis that fits', () => {
    const result = wrap('Brewing guides, one per bean origin, with tasting notes', 200, 2);
    expect(result.truncated).toBe(true);
    expect(result.lines).toEqual(['Brewing guides,', `one per bean${ELLIPSIS}`]);
    expect(result.widths[1]).toBeLessThanOrEqual(200);
  });

  it('cuts a nowrap line with an ellipsis (text-overflow)', () => {
    const result = layoutText('Maximilian Featherstonehaugh', {
      fontSize: 13,
      fontWeight: 600,
      maxWidth: 96,
      whiteSpace: 'nowrap',
    });
    expect(result.truncated).toBe(true);
    expect(result.lines).toHaveLength(1);
    expect(result.lines[0]!.endsWith(ELLIPSIS)).toBe(true);
    expect(result.widths[0]).toBeLessThanOrEqual(96);
  });

  it('breaks CJK text between characters', () => {
    const { lines } = wrap('顧客価値のジャーニーを地図にする', 100);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('顧客価値のジャーニーを地図にする');
  });

  it('drops control characters and characters XML cannot hold', () => {
    expect(wrap('A\u0000B\u0007C\uffffD\ud800E', 500).lines).toEqual(['ABCDE']);
  });

  it('is fast enough for a 100,000-character title', () => {
    const started = performance.now();
    const result = wrap('word '.repeat(20_000), 200, 2);
    expect(result.lines).toHaveLength(2);
    expect(performance.now() - started).toBeLessThan(1_000);
    const all = wrap('word '.repeat(20_000), 200);
    expect(all.lines).toHaveLength(6667);
  });
});

describe('cardTitleLines', () => {
  it('gives at most two lines within the card body for every library tactic name', () => {
    for (const { name } of TACTIC_LIBRARY) {
      const { lines, widths } = cardTitleLines(name);
      expect(lines.length, name).toBeGreaterThan(0);
      expect(lines.length, name).toBeLessThanOrEqual(2);
      for (const w of widths) expect(w, name).toBeLessThanOrEqual(CARD_BODY.width);
    }
  });

  it('shows "Untitled tactic" for an empty or blank title', () => {
    expect(cardTitleLines('').lines).toEqual(['Untitled tactic']);
    expect(cardTitleLines('  \n ').lines).toEqual(['Untitled tactic']);
  });

  it('breaks known titles where the card does', () => {
    expect(cardTitleLines('SEO for "best espresso beans"').lines).toEqual([
      'SEO for "best',
      'espresso beans"',
    ]);
    expect(cardTitleLines('Handwritten note + grinder-cleaning kit')).toEqual(
      expect.objectContaining({
        lines: ['Handwritten note', `+ grinder-${ELLIPSIS}`],
        truncated: true,
      }),
    );
  });
});

describe('plain ASCII fast path', () => {
  // Words, hyphens and dashes (before letters, digits and spaces), long unbroken runs, runs of
  // spaces, accents and quotes, and the characters just outside the fast path (© ®, the soft
  // hyphen): every rule of the line breaker, in the text most titles are.
  const piece = fc.oneof(
    fc.constantFrom(' ', '  ', '-', ' - ', '--', '-1', 'a-b', 'e-mail', '2-for-1', 'X', ' – ', '–', '—', 'a—b', '‐x', '‒9', '\u00a0', 'é', 'Ünïcødé', '‘q’', '“Q”', '…', '½', 'ǅ', '©', '®', '\u00ad'),
    fc.stringMatching(/^[A-Za-z0-9]{1,6}$/),
    fc.stringMatching(/^[!-~]{8,40}$/),
    fc.stringMatching(/^[!-~\u00a0-\u024f\u2010-\u2027]{6,30}$/),
  );
  const text = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''));
  const options = fc.record({
    fontSize: fc.constantFrom(12, 22, 35),
    fontWeight: fc.constantFrom(400, 700),
    maxWidth: fc.integer({ min: 0, max: 400 }),
    maxLines: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
  });

  it('breaks, clamps and measures exactly as the general layout', async () => {
    const { layoutTextGeneral } = await import('../../../shared/export/text-layout');
    fc.assert(
      fc.property(text, options, (t, o) => {
        expect(layoutText(t, o)).toEqual(layoutTextGeneral(t, o));
      }),
      { numRuns: 3000 },
    );
  });

  it('lays out the library names on cards as the general layout', async () => {
    const { layoutTextGeneral } = await import('../../../shared/export/text-layout');
    const style = { ...bold22, maxWidth: CARD_BODY.width, maxLines: 2 };
    for (const entry of TACTIC_LIBRARY) {
      for (const title of [entry.name, `${entry.name} - spring`, `${entry.name} – spring`, `${entry.name} for the spring launch of our new course`]) {
        expect(layoutText(title, style), title).toEqual(layoutTextGeneral(title, style));
      }
    }
  });
});
