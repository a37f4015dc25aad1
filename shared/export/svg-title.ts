import { layoutText } from './text-layout';
import { baselineOffset, type TextStyle } from './text-measure';

import { el, textEl } from './xml';

/** The band above the lanes holding the journey's title. */
export const TITLE_BAND = {
  height: 64,
  paddingX: 24,
  fontSize: 26,
  lineHeight: 32,
  maxLines: 2,
} as const;

/** The title's lines: one line across a wide export, up to two in a narrow one (a single lane). */
export function titleLines(title: string, width: number): string[] {
  return layoutText(title, {
    fontSize: TITLE_BAND.fontSize,
    fontWeight: 700,
    maxWidth: Math.max(0, width - 2 * TITLE_BAND.paddingX),
    maxLines: TITLE_BAND.maxLines,
  }).lines;
}

export function titleBandHeight(lines: readonly string[]): number {
  return TITLE_BAND.height + Math.max(0, lines.length - 1) * TITLE_BAND.lineHeight;
}

/** The title band's lines in `ink` (readable on the export's background: see inkOn). */
export function drawTitle(lines: readonly string[], ink: string): string {
  if (lines.length === 0) return '';
  const style: TextStyle = { fontSize: TITLE_BAND.fontSize, fontWeight: 700 };
  const block = lines.length * TITLE_BAND.lineHeight;
  const top = (titleBandHeight(lines) - block) / 2;
  const offset = baselineOffset(style.fontSize, TITLE_BAND.lineHeight);
  return el(
    'g',
    { id: 'cvj-title' },
    el(
      'text',
      { 'font-size': style.fontSize, 'font-weight': 700, fill: ink },
      lines
        .map((line, i) =>
          textEl(
            'tspan',
            { x: TITLE_BAND.paddingX, y: top + i * TITLE_BAND.lineHeight + offset },
            line,
          ),
        )
        .join(''),
    ),
  );
}
