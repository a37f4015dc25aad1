import { STAGES } from '../model/stages';
import { colorMix, contrastRatio, onStageColor, stageColors, type Theme } from './tokens';

/**
 * Every pair of text and background colours the app and its exports put together, per theme,
 * and the WCAG AA check over them: 4.5:1, or 3:1 for large text (at least 24 px, or 18.66 px
 * bold). The pairs follow the stylesheets (renderer/src/**.css) and the exporter
 * (shared/export): a new kind of text on a new background adds a pair here.
 */
export interface TextPair {
  /** Where the pair is seen, for the failure message. */
  what: string;
  text: string;
  background: string;
  large?: boolean;
  /** An icon, not text: WCAG's 3:1 for graphics that carry meaning. */
  graphic?: boolean;
}

export interface ContrastProblem extends TextPair {
  ratio: number;
  needed: number;
}

export function textPairs(theme: Theme): TextPair[] {
  const c = theme.colors;
  const pairs: TextPair[] = [
    // Panels, dialogs, the canvas.
    { what: 'text on the app background', text: c.ink, background: c.canvas },
    { what: 'secondary text on the app background', text: c.inkSoft, background: c.canvas },
    { what: 'text on panels and cards', text: c.ink, background: c.surface },
    { what: 'secondary text on panels and cards', text: c.inkSoft, background: c.surface },
    { what: 'hints and placeholders on panels', text: c.inkMuted, background: c.surface },
    { what: 'text on hovered rows and chips', text: c.ink, background: c.surfaceMuted },
    { what: 'secondary text on chips (counts, badges)', text: c.inkSoft, background: c.surfaceMuted },
    { what: 'hints on muted surfaces', text: c.inkMuted, background: c.surfaceMuted },
    { what: 'links and accent text on panels', text: c.accent, background: c.surface },
    { what: 'accent text on accent tints', text: c.accentInk, background: c.accentSoft },
    { what: 'text on accent tints (selected rows)', text: c.ink, background: colorMix(c.accent, 10, c.surface) },
    { what: 'primary buttons', text: c.onAccent, background: c.accent },
    { what: 'primary buttons, hovered', text: c.onAccent, background: c.accentStrong },
    { what: 'danger buttons', text: c.onAccent, background: c.danger },
    { what: 'danger buttons, hovered', text: c.onAccent, background: c.dangerStrong },
    { what: 'error text on panels', text: c.danger, background: c.surface },
    { what: 'error text in an invalid field', text: c.danger, background: c.dangerSoft },
    { what: 'text typed in an invalid field', text: c.ink, background: c.dangerSoft },
    { what: 'placeholder in an invalid field', text: c.inkMuted, background: c.dangerSoft },
    { what: 'error dialog titles', text: c.dangerStrong, background: c.surface },
    { what: 'accent text on accent tints (New tactic, hovered)', text: c.accent, background: c.accentSoft },
    { what: 'pressed toolbar buttons (Health)', text: c.accentInk, background: c.accentSoft },
    { what: 'low stage scores on the lane headers', text: c.danger, background: c.dangerTint },
    { what: 'warning findings', text: c.warningInk, background: c.surface },
    { what: 'error chips', text: c.danger, background: c.dangerTint },
    { what: 'error boxes', text: c.dangerInk, background: c.dangerSoft },
    { what: 'warning text on warning tints', text: c.warningInk, background: c.warningSoft },
    { what: 'warning badges (unsaved, autosave)', text: c.warningInk, background: c.warningTint },
    // Cards and connections (canvas and exports).
    { what: 'status badge: live', text: c.successInk, background: c.successSoft },
    { what: 'status badge: planned', text: c.infoInk, background: c.infoSoft },
    { what: 'status badge: paused', text: c.warningInk, background: c.warningTint },
    { what: 'connection labels', text: c.ink, background: c.surface },
    { what: 'flagged connection labels', text: c.warningInk, background: c.warningSoft },
    // Workshop tools.
    { what: 'vote count on a vote dot', text: c.surface, background: c.vote },
    { what: 'vote tallies in the ranking', text: c.vote, background: c.surface },
  ];
  STAGES.forEach((stage, index) => {
    const sc = stageColors(theme, stage.color, index);
    pairs.push(
      { what: `${stage.label} header name`, text: c.ink, background: sc.headerFill },
      { what: `${stage.label} header description`, text: c.inkSoft, background: sc.headerFill },
      { what: `${stage.label} number disc`, text: onStageColor(stage.color), background: stage.color },
      { what: `${stage.label} card title on its lane`, text: c.ink, background: sc.laneFill },
      // Library rows (7 %, 13 % hovered); stage names on a tint (quick add 12 %, the
      // inspector's heading 9 %).
      { what: `${stage.label} library row, hovered`, text: c.ink, background: colorMix(stage.color, 13, c.surface) },
      ...[12, 9].map((tint) => ({
        what: `${stage.label} stage name on a ${tint} % tint`,
        text: colorMix(stage.color, theme.tints.chipText, c.ink),
        background: colorMix(stage.color, tint, c.surface),
      })),
      // Icons: on the card's tile, the inspector's tile (15 %), a library row (13 % hovered).
      ...[sc.iconFill, colorMix(stage.color, 15, c.surface), colorMix(stage.color, 13, c.surface)].map(
        (background) => ({ what: `${stage.label} icon on its tile`, text: sc.iconInk, background, graphic: true }),
      ),
    );
  });
  return pairs;
}

/** WCAG AA: 4.5:1 for text, 3:1 for large text and for icons. */
export function neededRatio(pair: TextPair): number {
  return pair.large || pair.graphic ? 3 : 4.5;
}

/** The pairs of a theme that miss WCAG AA (none, for a theme fit to ship). */
export function contrastProblems(theme: Theme): ContrastProblem[] {
  return textPairs(theme)
    .map((pair) => ({ ...pair, ratio: contrastRatio(pair.text, pair.background), needed: neededRatio(pair) }))
    .filter((p) => p.ratio < p.needed);
}
