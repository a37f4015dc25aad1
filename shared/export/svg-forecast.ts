import { LANE_WIDTH, laneLeft } from '../model/layout';
import { CARD_HEIGHT, CARD_WIDTH } from '../model/layout';
import {
  formatMoney,
  formatPeopleCompact,
  UNBOUNDED,
  UNKNOWN,
  type ForecastResult,
} from '../model/forecast';
import type { StageId, Tactic } from '../model/types';
import type { Theme } from '../theme/tokens';
import { text } from './svg-primitives';
import { layoutText } from './text-layout';
import { baselineOffset, normalLineHeight, type TextStyle } from './text-measure';
import { EDGE_WIDTH, edgeLabelColors } from './theme';
import { el } from './xml';

/**
 * The forecast's numbers in an export (option `forecast`): a pill on each card's lower edge
 * ("1,240 people · $8,680"), one at the foot of each lane with the stage's totals, and
 * connections as wide as the people they carry (a Sankey feel), as on the canvas.
 */

const STYLE: TextStyle = { fontSize: 13, fontWeight: 600 };
const PAD_X = 8;
const PAD_Y = 3;
const BORDER = 1.5;
/** The band added under the lanes for the stage totals. */
export const FORECAST_BAND = 40;
const MIN_WIDTH = EDGE_WIDTH;
const MAX_WIDTH = 12;

/** "1,240 people · $8,680"; "—" parts where unknown; the revenue only where there is one. */
export function forecastLine(
  result: ForecastResult,
  people: number | null,
  revenue: number | null,
  unbounded: boolean,
  locale?: string,
): string {
  if (unbounded) return UNBOUNDED;
  const who = `${formatPeopleCompact(people, locale)} people`;
  return revenue === null ? who : `${who} · ${formatMoney(revenue, result.currency, { locale, compact: true })}`;
}

function pill(theme: Theme, cx: number, cy: number, line: string, className: string): string {
  const laid = layoutText(line, { ...STYLE, maxWidth: CARD_WIDTH - 2 * PAD_X, whiteSpace: 'nowrap' });
  const textWidth = laid.widths[0] ?? 0;
  const lineHeight = normalLineHeight(STYLE.fontSize);
  const width = textWidth + 2 * (PAD_X + BORDER);
  const height = lineHeight + 2 * (PAD_Y + BORDER);
  const { fill, stroke, text: ink } = edgeLabelColors(theme, false);
  return el(
    'g',
    { class: className },
    el('rect', {
      x: cx - width / 2 + BORDER / 2,
      y: cy - height / 2 + BORDER / 2,
      width: width - BORDER,
      height: height - BORDER,
      rx: (height - BORDER) / 2,
      fill,
      stroke,
      'stroke-width': BORDER,
    }) +
      text(laid.lines[0] ?? UNKNOWN, cx - textWidth / 2, cy - lineHeight / 2 + baselineOffset(STYLE.fontSize), STYLE, ink),
  );
}

/** The card's numbers, centred on its lower edge. */
export function drawCardForecast(theme: Theme, tactic: Tactic, result: ForecastResult, locale?: string): string {
  const f = result.tactics.get(tactic.id);
  if (!f) return '';
  const line = forecastLine(result, f.people, f.revenue, f.unbounded, locale);
  return pill(theme, tactic.position.x + CARD_WIDTH / 2, tactic.position.y + CARD_HEIGHT, line, 'cvj-forecast cvj-forecast--card');
}

/** A stage's totals at the foot of its lane (`bottom`: the lane's bottom before the band). */
export function drawStageForecast(theme: Theme, stage: StageId, result: ForecastResult, bottom: number, locale?: string): string {
  const s = result.stages.find((x) => x.stage === stage);
  if (!s) return '';
  const line = forecastLine(result, s.people, s.revenue || null, false, locale);
  return pill(theme, laneLeft(stage) + LANE_WIDTH / 2, bottom + FORECAST_BAND / 2, line, 'cvj-forecast cvj-forecast--stage');
}

/** A connection's stroke width: from the usual width (nobody) up to 12 (the busiest path). */
export function flowWidth(flow: number | null | undefined, busiest: number): number {
  if (flow === null || flow === undefined || !(busiest > 0)) return MIN_WIDTH;
  return MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * Math.sqrt(Math.max(0, flow) / busiest);
}
