import { CARD_HEIGHT, CARD_WIDTH } from '../model/layout';
import { getStage } from '../model/stages';
import type { TacticAppearance } from '../model/selectors';
import type { Tactic } from '../model/types';
import { UNTITLED_TACTIC } from '../model/names';
import { layoutText, type TextLayout } from './text-layout';
import { baselineOffset, measureText, normalLineHeight, type TextStyle } from './text-measure';
import { normalizeText } from './text-normalize';

/**
 * The geometry of a tactic card, transcribed from `.cvj-card*` and `.cvj-badge*` in
 * renderer/src/styles/cards.css (box-sizing: border-box). The exporter draws from these numbers;
 * the canvas's CSS and these constants must change together.
 */
export const CARD = {
  width: CARD_WIDTH,
  height: CARD_HEIGHT,
  radius: 12,
  border: 1.5,
  /** `border-left: 7px solid var(--stage-color)`. */
  accentBorder: 7,
  padding: { top: 10, right: 12, bottom: 8, left: 10 },
  gap: 10,
  iconBox: 40,
  iconBoxRadius: 9,
  iconSize: 26,
} as const;

/** The card's content box (inside border and padding), in card coordinates. */
export const CARD_CONTENT = {
  left: CARD.accentBorder + CARD.padding.left,
  top: CARD.border + CARD.padding.top,
  right: CARD.width - CARD.border - CARD.padding.right,
  bottom: CARD.height - CARD.border - CARD.padding.bottom,
} as const;

/** `.cvj-card__body`: the column right of the icon holding the title and the badges. */
export const CARD_BODY = {
  x: CARD_CONTENT.left + CARD.iconBox + CARD.gap,
  width: CARD_CONTENT.right - (CARD_CONTENT.left + CARD.iconBox + CARD.gap),
} as const;

/** `.cvj-card__title`: 22px bold, line-height 1.18, at most two lines. */
export const CARD_TITLE = {
  fontSize: 22,
  fontWeight: 700,
  lineHeight: 22 * 1.18,
  maxLines: 2,
} as const;

export { UNTITLED_TACTIC } from '../model/names';

/**
 * The lines of a card's title, exactly as the card shows them, on the canvas and in exports.
 * Render each line on its own (`white-space: pre`, no wrapping) in the shipped font at
 * `CARD_TITLE`'s size and weight; the last line of a clamped title already ends in "…".
 */
export function cardTitleLines(title: string): TextLayout {
  return titleLayout(title, { ...CARD_TITLE, width: CARD_BODY.width });
}

function titleLayout(
  title: string,
  style: { fontSize: number; fontWeight: number; maxLines: number; width: number },
): TextLayout {
  const text = normalizeText(title) === '' ? UNTITLED_TACTIC : title;
  return layoutText(text, {
    fontSize: style.fontSize,
    fontWeight: style.fontWeight,
    maxWidth: style.width,
    maxLines: style.maxLines,
  });
}

/**
 * A card seen from afar (the canvas zoomed out below its detail level, the overview, a room
 * reading a projector): the title alone across the whole card, large enough to read where the
 * normal title is a few pixels high. Two lines of it fill the content box.
 */
export const CARD_FAR_TITLE = {
  fontSize: 35,
  fontWeight: 700,
  lineHeight: 35 * 1.18,
  maxLines: 2,
  width: CARD_CONTENT.right - CARD_CONTENT.left,
} as const;

/** The lines of a card's title as a card seen from afar shows them (see CARD_FAR_TITLE). */
export function cardFarTitleLines(title: string): TextLayout {
  return titleLayout(title, CARD_FAR_TITLE);
}

/** Baseline of title line `index` in card coordinates. */
export function cardTitleBaseline(index: number): number {
  return (
    CARD_CONTENT.top +
    index * CARD_TITLE.lineHeight +
    baselineOffset(CARD_TITLE.fontSize, CARD_TITLE.lineHeight)
  );
}

// ---------------------------------------------------------------------------------------------
// Badges

export const BADGE = {
  fontSize: 13,
  fontWeight: 600,
  paddingX: 7,
  paddingY: 1,
  gap: 6,
  iconSize: 13,
  iconGap: 3,
  ownerMaxWidth: 110,
} as const;

export type BadgeKind = 'status' | 'owner' | 'notes' | 'usual';

export interface CardBadge {
  kind: BadgeKind;
  /** Text as drawn (capitalised, ellipsised). */
  text: string;
  style: TextStyle;
  /** Border box, card coordinates. */
  x: number;
  width: number;
  /** 1 for the dashed "usually …" badge, else 0. */
  border: number;
  /** Where the text starts (after padding and an icon). */
  textX: number;
  /** The notes badge's icon position, if any. */
  iconX?: number;
}

export interface CardBadgeRow {
  badges: CardBadge[];
  top: number;
  height: number;
  /** Text baseline of every badge in the row. */
  baseline: number;
  /** The row is wider than the body: clip it at the body's right edge, as the canvas does. */
  overflows: boolean;
}

const BADGE_STYLE: TextStyle = { fontSize: BADGE.fontSize, fontWeight: BADGE.fontWeight };
const USUAL_STYLE: TextStyle = { fontSize: BADGE.fontSize, fontWeight: 500, fontStyle: 'italic' };

/** CSS `text-transform: capitalize` for the simple words badges hold. */
function capitalize(text: string): string {
  return text.replace(
    /(^|\s)(\p{Ll})/gu,
    (_, space: string, letter: string) => space + letter.toUpperCase(),
  );
}

/**
 * Everything `cardBadges` (and the drawing of its badges) reads, as a string: cards with the
 * same key have the same badge row. Keep in step with `cardBadges`.
 */
export function cardBadgesKey(tactic: Tactic, appearance: TacticAppearance): string {
  return JSON.stringify([
    tactic.status ?? null,
    tactic.owner ?? null,
    Boolean(tactic.notes && tactic.notes.length > 0),
    appearance.usualStage ?? null,
  ]);
}

/**
 * The badge row at the bottom of a card (`.cvj-card__badges`): status, owner, notes, "usually
 * …", left to right with a 6px gap, stretched to the tallest badge. When the row is too wide the
 * owner badge (overflow: hidden, so it may shrink) gives way first; what still does not fit is
 * clipped.
 */
export function cardBadges(tactic: Tactic, appearance: TacticAppearance): CardBadgeRow {
  interface Draft {
    kind: BadgeKind;
    text: string;
    style: TextStyle;
    width: number;
    border: number;
    icon: boolean;
  }
  const drafts: Draft[] = [];
  const pad = 2 * BADGE.paddingX;
  if (tactic.status) {
    const text = capitalize(tactic.status);
    drafts.push({
      kind: 'status',
      text,
      style: BADGE_STYLE,
      width: pad + measureText(text, BADGE_STYLE),
      border: 0,
      icon: false,
    });
  }
  const owner = tactic.owner ? normalizeText(tactic.owner) : '';
  if (owner) {
    drafts.push({
      kind: 'owner',
      text: owner,
      style: BADGE_STYLE,
      width: Math.min(BADGE.ownerMaxWidth, pad + measureText(owner, BADGE_STYLE)),
      border: 0,
      icon: false,
    });
  }
  if (tactic.notes && tactic.notes.length > 0) {
    const text = 'Notes';
    drafts.push({
      kind: 'notes',
      text,
      style: BADGE_STYLE,
      width: pad + BADGE.iconSize + BADGE.iconGap + measureText(text, BADGE_STYLE),
      border: 0,
      icon: true,
    });
  }
  if (appearance.usualStage) {
    const text = `usually ${getStage(appearance.usualStage).label}`;
    drafts.push({
      kind: 'usual',
      text,
      style: USUAL_STYLE,
      width: 2 + pad + measureText(text, USUAL_STYLE),
      border: 1,
      icon: false,
    });
  }

  const lineHeight = normalLineHeight(BADGE.fontSize);
  const height = Math.max(0, ...drafts.map((d) => lineHeight + 2 * BADGE.paddingY + 2 * d.border));
  const top = CARD_CONTENT.bottom - height;
  const baseline = top + (height - lineHeight) / 2 + baselineOffset(BADGE.fontSize);

  // Flex shrinking: only the owner badge can shrink (down to its padding).
  const ownerDraft = drafts.find((d) => d.kind === 'owner');
  if (ownerDraft && rowWidth(drafts) > CARD_BODY.width) {
    ownerDraft.width = Math.max(pad, ownerDraft.width - (rowWidth(drafts) - CARD_BODY.width));
  }

  let x = CARD_BODY.x;
  const badges = drafts.map((d): CardBadge => {
    const inner = d.width - pad - 2 * d.border;
    let text = d.text;
    if (d.kind === 'owner' && measureText(text, d.style) > inner + 1e-6) {
      text = layoutText(text, { ...d.style, maxWidth: inner, whiteSpace: 'nowrap' }).lines[0] ?? '';
    }
    const contentX = x + d.border + BADGE.paddingX;
    const badge: CardBadge = {
      kind: d.kind,
      text,
      style: d.style,
      x,
      width: d.width,
      border: d.border,
      textX: d.icon ? contentX + BADGE.iconSize + BADGE.iconGap : contentX,
      ...(d.icon ? { iconX: contentX } : {}),
    };
    x += d.width + BADGE.gap;
    return badge;
  });
  return { badges, top, height, baseline, overflows: rowWidth(drafts) > CARD_BODY.width + 1e-6 };
}

/** Width of a row of badges with the gaps between them. */
function rowWidth(badges: readonly { width: number }[]): number {
  return badges.reduce((sum, d) => sum + d.width, 0) + BADGE.gap * Math.max(0, badges.length - 1);
}
