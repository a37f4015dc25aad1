/**
 * Grapheme clusters (what a reader sees as one character) of a string, fast for Latin text: the
 * unit every width and line break of the text layout is counted in.
 */

type Segmenter = { segment(text: string): Iterable<{ segment: string }> };
let segmenter: Segmenter | null | undefined;

/**
 * Whether a UTF-16 code unit is a grapheme cluster on its own, with a cluster boundary between it
 * and any other such unit: printable ASCII, Latin-1 and Latin Extended-A/B letters and symbols
 * (not the soft hyphen, a format character) and the dashes and quotes of General Punctuation.
 * None of them is a combining mark, joiner, prepended mark, regional indicator or Hangul jamo,
 * the only things that glue characters together (UAX #29).
 */
function isSimple(unit: number): boolean {
  return (
    (unit >= 0x20 && unit <= 0x7e) ||
    (unit >= 0xa0 && unit <= 0x24f && unit !== 0xad) ||
    (unit >= 0x2010 && unit <= 0x2027)
  );
}

/** The grapheme clusters of `text`, in order, lazily. */
export function* graphemes(text: string): Generator<string> {
  if (segmenter === undefined) {
    const Ctor = (Intl as unknown as { Segmenter?: new (l?: string, o?: object) => Segmenter })
      .Segmenter;
    segmenter = Ctor ? new Ctor('en', { granularity: 'grapheme' }) : null;
  }
  if (!segmenter) {
    yield* text;
    return;
  }
  // Between two simple units there is always a boundary, so a simple unit followed by another
  // (or ending the text) is a grapheme by itself: most text never reaches the segmenter, which
  // costs far more per character. The rest goes to the segmenter in spans that end at such a
  // boundary, which also keeps each span short: V8's segment iterator slows down quadratically
  // on long strings (100,000 characters take seconds).
  const length = text.length;
  let start = 0;
  while (start < length) {
    if (isSimple(text.charCodeAt(start))) {
      if (start + 1 === length || isSimple(text.charCodeAt(start + 1))) {
        yield text[start]!;
        start++;
        continue;
      }
    }
    let end = start + 1;
    while (end < length && !(isSimple(text.charCodeAt(end - 1)) && isSimple(text.charCodeAt(end))))
      end++;
    for (const s of segmenter.segment(text.slice(start, end))) yield s.segment;
    start = end;
  }
}
