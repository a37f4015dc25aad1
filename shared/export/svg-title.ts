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

/** The persona's line under the title: smaller, one line (who the journey is about). */
export const PERSONA_LINE = { fontSize: 18, lineHeight: 26, dot: 7 } as const;

export interface PersonaLine {
  text: string;
  /** The persona's colour, drawn as a dot before the text (none without a colour). */
  color?: string;
}

/** "Persona: name — description", cut to one line of the export's width. */
export function personaLine(persona: { name: string; description?: string; color?: string } | undefined, width: number): PersonaLine | null {
  if (!persona || !persona.name.trim()) return null;
  const words = `Persona: ${persona.name.trim()}${persona.description?.trim() ? ` — ${persona.description.trim()}` : ''}`;
  const [line] = layoutText(words, {
    fontSize: PERSONA_LINE.fontSize,
    fontWeight: 400,
    maxWidth: Math.max(0, width - 2 * TITLE_BAND.paddingX - 3 * PERSONA_LINE.dot),
    maxLines: 1,
  }).lines;
  return line ? { text: line, ...(persona.color ? { color: persona.color } : {}) } : null;
}

export function titleBandHeight(lines: readonly string[], persona: PersonaLine | null = null): number {
  return TITLE_BAND.height + Math.max(0, lines.length - 1) * TITLE_BAND.lineHeight + (persona ? PERSONA_LINE.lineHeight : 0);
}

/** The title band's lines in `ink` (readable on the export's background: see inkOn). */
export function drawTitle(lines: readonly string[], ink: string, persona: PersonaLine | null = null): string {
  if (lines.length === 0) return '';
  const style: TextStyle = { fontSize: TITLE_BAND.fontSize, fontWeight: 700 };
  const block = lines.length * TITLE_BAND.lineHeight + (persona ? PERSONA_LINE.lineHeight : 0);
  const top = (titleBandHeight(lines, persona) - block) / 2;
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
    ) + drawPersona(persona, ink, top + lines.length * TITLE_BAND.lineHeight),
  );
}

function drawPersona(persona: PersonaLine | null, ink: string, top: number): string {
  if (!persona) return '';
  const { fontSize, lineHeight, dot } = PERSONA_LINE;
  const x = TITLE_BAND.paddingX + (persona.color ? 3 * dot : 0);
  const y = top + baselineOffset(fontSize, lineHeight);
  return el(
    'g',
    { id: 'cvj-persona' },
    (persona.color ? el('circle', { cx: TITLE_BAND.paddingX + dot, cy: top + lineHeight / 2, r: dot, fill: persona.color }) : '') +
      el('text', { 'font-size': fontSize, fill: ink }, textEl('tspan', { x, y }, persona.text)),
  );
}
