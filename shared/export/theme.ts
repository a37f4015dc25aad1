import type { StageId } from '../model/types';
import { getStage } from '../model/stages';
import { isHexColor } from '../model/names';

/**
 * The canvas's colours (renderer/src/styles/: base.css, lanes.css, cards.css, edges.css), as plain
 * hex so the export needs no CSS.
 * `color-mix(in srgb, A p%, B)` is computed here with the same arithmetic the browser uses.
 */
export const INK = '#0f172a';
export const INK_SOFT = '#475569';
export const LINE = '#cbd5e1';
export const CANVAS = '#f8fafc';
export const WHITE = '#ffffff';
const SLATE_200 = '#e2e8f0';

export const EDGE_COLOR = '#475569';
export const EDGE_FLAGGED_COLOR = '#b45309';
export const EDGE_WIDTH = 2.5;
export const EDGE_FLAGGED_DASH = '8 6';

export const HANDLE_FILL = WHITE;
export const HANDLE_STROKE = '#64748b';

export const EDGE_LABEL = {
  fill: WHITE,
  stroke: '#94a3b8',
  text: INK,
  flaggedFill: '#fffbeb',
  flaggedStroke: '#b45309',
  flaggedText: '#92400e',
} as const;

export interface BadgeColors {
  fill: string;
  text: string;
}
export const BADGE_DEFAULT: BadgeColors = { fill: '#f1f5f9', text: INK_SOFT };
export const BADGE_STATUS: Readonly<Record<string, BadgeColors>> = {
  live: { fill: '#dcfce7', text: '#166534' },
  planned: { fill: '#dbeafe', text: '#1e40af' },
  paused: { fill: '#fef3c7', text: '#92400e' },
};
export const BADGE_USUAL_BORDER = '#94a3b8';

export { isHexColor };

/** `#abc` or `#aabbcc` (any case) -> lower-case `#aabbcc`; throws on anything else. */
export function normalizeHex(value: string): string {
  if (!isHexColor(value)) throw new RangeError(`Not a hex colour: ${JSON.stringify(value)}`);
  const hex = value.slice(1).toLowerCase();
  return `#${hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex}`;
}

/** CSS `color-mix(in srgb, a percent%, b)` for opaque hex colours. */
export function colorMix(a: string, percent: number, b: string): string {
  const ca = channels(a);
  const cb = channels(b);
  const p = percent / 100;
  return `#${ca
    .map((v, i) => Math.round(v * p + cb[i]! * (1 - p)))
    .map((v) => v.toString(16).padStart(2, '0'))
    .join('')}`;
}

function channels(hex: string): number[] {
  const h = normalizeHex(hex);
  return [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
}

export interface StageColors {
  accent: string;
  laneFill: string;
  laneBorder: string;
  headerFill: string;
  headerRule: string;
  iconFill: string;
}

/** `.cvj-lane`, `.cvj-lane--odd`, `.cvj-header` and `.cvj-card__icon` of a stage. */
export function stageColors(stage: StageId, index: number): StageColors {
  const accent = getStage(stage).color;
  return {
    accent,
    laneFill: index % 2 ? colorMix(accent, 7, CANVAS) : colorMix(accent, 4, WHITE),
    laneBorder: colorMix(accent, 18, SLATE_200),
    headerFill: colorMix(accent, 10, WHITE),
    headerRule: colorMix(accent, 25, SLATE_200),
    iconFill: colorMix(accent, 12, WHITE),
  };
}
