import { StickyNote } from 'lucide';
import { getIconNode } from '../model/icons';
import { tacticAppearance } from '../model/selectors';
import { getStage, STAGES, type Stage } from '../model/stages';
import type { Journey, Tactic } from '../model/types';
import {
  BADGE,
  CARD,
  CARD_BODY,
  CARD_CONTENT,
  cardBadges,
  cardBadgesKey,
  cardTitleBaseline,
  cardTitleLines,
  type CardBadge,
  type CardBadgeRow,
} from './card-layout';
import { HANDLE_BORDER, HANDLE_SIZE } from './connection-geometry';
import { icon, text } from './svg-primitives';
import { onStageColor, type Theme } from '../theme/tokens';
import { badgeColors, isHexColor, normalizeHex, stageColors } from './theme';
import { el, num, startTag, textEl } from './xml';

/**
 * One export's cards: what drawing them adds to the document besides the cards (clip paths for
 * overflowing rows), and the markup they share. Most of a card depends on a few of its fields
 * only (the frame on its stage, the title on its title, ...) and big journeys repeat those
 * values, so each distinct part is built once per export and reused.
 */
export interface CardContext {
  doc: Journey;
  theme: Theme;
  clipCount: number;
  defs: string[];
  /** Card frames by stage colour. */
  frames: Map<string, string>;
  /** Icon tiles by stage, custom colour and icon. */
  icons: Map<string, string>;
  /** Title text elements by title. */
  titles: Map<string, string>;
  /** Badge rows by `cardBadgesKey`. */
  badgeRows: Map<string, BadgeRowMarkup>;
  /** The handles on a card's left (incoming) and right (outgoing) edges, the same on every card. */
  handles: { in: string; out: string };
}

interface BadgeRowMarkup {
  row: CardBadgeRow;
  /** The badges, unclipped. */
  markup: string;
}

export function cardContext(doc: Journey, theme: Theme): CardContext {
  return {
    doc,
    theme,
    handles: { in: handle(theme, 0), out: handle(theme, CARD.width) },
    clipCount: 0,
    defs: [],
    frames: new Map(),
    icons: new Map(),
    titles: new Map(),
    badgeRows: new Map(),
  };
}

function memo<V>(cache: Map<string, V>, key: string, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/**
 * `box-shadow: 0 1px 2px rgb(15 23 42 / 8%), 0 2px 8px rgb(15 23 42 / 6%)` as three widening
 * translucent rounded rectangles: a stepped version of the blur's falloff. Not an SVG filter on
 * purpose: resvg renders a thousand filtered cards thirty times slower, office applications
 * drop or rasterise filters, and plain shapes look the same in every renderer.
 */
const SHADOW_STEPS = [
  { spread: 6, dy: 2, opacity: 0.012 },
  { spread: 3, dy: 2, opacity: 0.02 },
  { spread: 1, dy: 1, opacity: 0.04 },
] as const;

function cardShadow(shadow: string): string {
  return SHADOW_STEPS.map(({ spread, dy, opacity }) =>
    el('rect', {
      x: -spread,
      y: dy - spread,
      width: CARD.width + 2 * spread,
      height: CARD.height + 2 * spread,
      rx: CARD.radius + spread,
      fill: shadow,
      'fill-opacity': opacity,
    }),
  ).join('');
}

/**
 * The card's border box as CSS draws it: a rounded rectangle with a 7px stage-colour left border
 * and 1.5px grey borders elsewhere. Drawn as filled shapes (no strokes), so every renderer puts
 * the edges in the same place.
 */
function cardFrame(theme: Theme, accent: string): string {
  const w = CARD.width;
  const h = CARD.height;
  const r = CARD.radius;
  const b = CARD.border;
  const a = CARD.accentBorder;
  // Where the outer arc crosses x = a (the inside of the accent border).
  const dy = r - Math.sqrt(r * r - (r - a) * (r - a));
  const accentPath = `M${num(a)},${num(dy)} A${r},${r} 0 0 0 0,${r} V${h - r} A${r},${r} 0 0 0 ${num(a)},${num(h - dy)} Z`;
  // The padding box: outer radius minus border widths on each axis.
  const lx = r - a; // left corners: horizontal radius
  const ly = r - b; // vertical radius
  const rr = r - b; // right corners
  const inner =
    `M${num(a + lx)},${num(b)} H${num(w - b - rr)} A${num(rr)},${num(rr)} 0 0 1 ${num(w - b)},${num(b + rr)} ` +
    `V${num(h - b - rr)} A${num(rr)},${num(rr)} 0 0 1 ${num(w - b - rr)},${num(h - b)} ` +
    `H${num(a + lx)} A${num(lx)},${num(ly)} 0 0 1 ${num(a)},${num(h - b - ly)} ` +
    `V${num(b + ly)} A${num(lx)},${num(ly)} 0 0 1 ${num(a + lx)},${num(b)} Z`;
  return (
    cardShadow(theme.colors.shadow) +
    el('rect', { width: w, height: h, rx: r, fill: theme.colors.line }) +
    el('path', { d: accentPath, fill: accent }) +
    el('path', { d: inner, fill: theme.colors.surface })
  );
}

/** Appends the card's markup to `out` (joined once by the caller: no per-card copies). */
export function drawCard(
  ctx: CardContext,
  tactic: Tactic,
  handles: Set<'in' | 'out'> | undefined,
  out: string[],
): void {
  const stage = getStage(tactic.stage);
  const appearance = tacticAppearance(ctx.doc, tactic);
  const custom =
    appearance.color && isHexColor(appearance.color) ? normalizeHex(appearance.color) : undefined;
  out.push(
    startTag('g', {
      class: 'cvj-card',
      transform: `translate(${num(tactic.position.x)} ${num(tactic.position.y)})`,
    }),
  );
  out.push(
    memo(ctx.frames, stage.color, () => cardFrame(ctx.theme, stage.color)),
    memo(ctx.icons, `${stage.id}\u0000${custom ?? ''}\u0000${appearance.icon}`, () =>
      iconTile(ctx.theme, stage, custom, appearance.icon),
    ),
    memo(ctx.titles, tactic.title, () => cardTitle(ctx.theme, tactic.title)),
  );

  // Badges.
  const badgeRow = memo(ctx.badgeRows, cardBadgesKey(tactic, appearance), () => {
    const row = cardBadges(tactic, appearance);
    const markup = row.badges
      .map((badge) =>
        drawBadge(ctx.theme, badge, row.top, row.height, row.baseline, tactic.status),
      )
      .join('');
    return { row, markup };
  });
  const { row, markup: badges } = badgeRow;
  if (row.badges.length > 0) {
    if (row.overflows) {
      const id = `cvj-clip-${++ctx.clipCount}`;
      ctx.defs.push(
        el(
          'clipPath',
          { id },
          el('rect', { x: CARD_BODY.x, y: row.top, width: CARD_BODY.width, height: row.height }),
        ),
      );
      // The clip rectangle is in card coordinates, so the clipPath is applied inside the card.
      out.push(el('g', { 'clip-path': `url(#${id})` }, badges));
    } else {
      out.push(badges);
    }
  }

  // Connection handles, only where a connection attaches.
  if (handles?.has('in')) out.push(ctx.handles.in);
  if (handles?.has('out')) out.push(ctx.handles.out);
  out.push('</g>');
}

/** The icon tile: stage-tinted (or a custom tactic's colour) with the kind's icon. */
function iconTile(
  theme: Theme,
  stage: Stage,
  custom: string | undefined,
  iconName: string,
): string {
  const colors = stageColors(theme, stage.color, STAGES.indexOf(stage));
  const iconX = CARD_CONTENT.left;
  const iconY = CARD_CONTENT.top;
  const inset = (CARD.iconBox - CARD.iconSize) / 2;
  return (
    el('rect', {
      x: iconX,
      y: iconY,
      width: CARD.iconBox,
      height: CARD.iconBox,
      rx: CARD.iconBoxRadius,
      fill: custom ?? colors.iconFill,
    }) +
    icon(
      getIconNode(iconName),
      iconX + inset,
      iconY + inset,
      CARD.iconSize,
      custom ? onStageColor(custom) : colors.iconInk,
    )
  );
}

function cardTitle(theme: Theme, title: string): string {
  return el(
    'text',
    { 'font-size': 22, 'font-weight': 700, fill: theme.colors.ink },
    cardTitleLines(title)
      .lines.map((line, i) => textEl('tspan', { x: CARD_BODY.x, y: cardTitleBaseline(i) }, line))
      .join(''),
  );
}

/** A round connection handle centred on the card's edge at `cx`. */
function handle(theme: Theme, cx: number): string {
  return el('circle', {
    cx,
    cy: CARD.height / 2,
    r: (HANDLE_SIZE - HANDLE_BORDER) / 2,
    fill: theme.colors.handleFill,
    stroke: theme.colors.handleStroke,
    'stroke-width': HANDLE_BORDER,
  });
}

function drawBadge(
  theme: Theme,
  badge: CardBadge,
  top: number,
  height: number,
  baseline: number,
  status: Tactic['status'],
): string {
  const colors = badgeColors(theme, badge.kind === 'status' ? status : undefined);
  const parts: string[] = [];
  if (badge.kind === 'usual') {
    parts.push(
      el('rect', {
        x: badge.x + badge.border / 2,
        y: top + badge.border / 2,
        width: badge.width - badge.border,
        height: height - badge.border,
        rx: (height - badge.border) / 2,
        fill: 'none',
        stroke: theme.colors.lineStrong,
        'stroke-width': badge.border,
        'stroke-dasharray': '3 3',
      }),
    );
  } else {
    parts.push(
      el('rect', {
        x: badge.x,
        y: top,
        width: badge.width,
        height,
        rx: height / 2,
        fill: colors.fill,
      }),
    );
  }
  if (badge.iconX !== undefined) {
    parts.push(
      icon(
        StickyNote,
        badge.iconX,
        top + (height - BADGE.iconSize) / 2,
        BADGE.iconSize,
        colors.text,
      ),
    );
  }
  if (badge.text) parts.push(text(badge.text, badge.textX, baseline, badge.style, colors.text));
  return parts.join('');
}
