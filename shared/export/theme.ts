import type { Tactic } from '../model/types';
import type { Theme } from '../theme/tokens';

/**
 * What the exporter draws in which colour: the canvas's CSS (renderer/src/styles/: lanes.css,
 * cards.css, edges.css) applied to a theme's tokens (shared/theme/tokens.ts), as plain hex so the
 * export needs no CSS.
 */
export {
  colorMix,
  isHexColor,
  normalizeHex,
  stageColors,
  stageColorsById,
  type StageColors,
} from '../theme/tokens';

export const EDGE_WIDTH = 2.5;
export const EDGE_FLAGGED_DASH = '8 6';

/** `.cvj-edge-label` and its flagged form. */
export function edgeLabelColors(theme: Theme, flagged: boolean) {
  const c = theme.colors;
  return flagged
    ? { fill: c.warningSoft, stroke: c.edgeFlagged, text: c.warningInk }
    : { fill: c.surface, stroke: c.edgeLabelLine, text: c.ink };
}

export interface BadgeColors {
  fill: string;
  text: string;
}

/** `.cvj-badge` and its status forms (`.cvj-badge--live`, ...). */
export function badgeColors(theme: Theme, status?: Tactic['status']): BadgeColors {
  const c = theme.colors;
  switch (status) {
    case 'live':
      return { fill: c.successSoft, text: c.successInk };
    case 'planned':
      return { fill: c.infoSoft, text: c.infoInk };
    case 'paused':
      return { fill: c.warningTint, text: c.warningInk };
    default:
      return { fill: c.surfaceMuted, text: c.inkSoft };
  }
}
