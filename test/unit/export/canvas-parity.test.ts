import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BADGE, CARD, CARD_FAR_TITLE, CARD_TITLE, HEADER } from '../../../shared/export';
import { badgeColors, edgeLabelColors } from '../../../shared/export/theme';
import { getTheme, stageColors, THEME_NAMES, themeCss } from '../../../shared/theme/tokens';
import { STAGES } from '../../../shared/model/stages';
import { launchChromium, repoRoot } from './helpers';

/**
 * The exporter draws cards, headers and edges from numbers transcribed from the canvas's CSS and
 * React Flow options. These tests fail when one side changes without the other.
 */
const css = ['lanes.css', 'cards.css', 'edges.css']
  .map((file) => readFileSync(join(repoRoot, 'renderer/src/styles', file), 'utf8'))
  .join('\n');

function rule(selector: string): Record<string, string> {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(?:^|\\n)${escaped}\\s*\\{([^}]*)\\}`).exec(css);
  if (!match) throw new Error(`No rule for ${selector} in the canvas's stylesheets`);
  return Object.fromEntries(
    match[1]!
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const colon = d.indexOf(':');
        return [d.slice(0, colon).trim(), d.slice(colon + 1).trim()];
      }),
  );
}

describe('export geometry matches the canvas CSS (renderer/src/styles)', () => {
  it('cards', () => {
    expect(rule('.cvj-card')).toMatchObject({
      gap: `${CARD.gap}px`,
      padding: `${CARD.padding.top}px ${CARD.padding.right}px ${CARD.padding.bottom}px ${CARD.padding.left}px`,
      border: `${CARD.border}px solid var(--cvj-line)`,
      'border-left': `${CARD.accentBorder}px solid var(--stage-color)`,
      'border-radius': `${CARD.radius}px`,
      background: 'var(--cvj-surface)',
    });
    expect(rule('.cvj-card__icon')).toMatchObject({
      width: `${CARD.iconBox}px`,
      height: `${CARD.iconBox}px`,
      'border-radius': `${CARD.iconBoxRadius}px`,
      background: 'color-mix(in srgb, var(--stage-color) var(--cvj-tint-icon), var(--cvj-surface))',
    });
    expect(rule('.cvj-card__title')).toMatchObject({
      'font-size': `${CARD_TITLE.fontSize}px`,
      'font-weight': String(CARD_TITLE.fontWeight),
      'line-height': '1.18',
      // The canvas draws the lines cardTitleLines computes (at most CARD_TITLE.maxLines), with
      // kerning off as the metrics assume: the same breaks as the export.
      'font-kerning': 'none',
    });
    // Seen from afar: the lines cardFarTitleLines computes, at its size.
    expect(rule('.cvj-card__title--far')).toMatchObject({
      'font-size': `${CARD_FAR_TITLE.fontSize}px`,
      'line-height': String(CARD_FAR_TITLE.lineHeight / CARD_FAR_TITLE.fontSize),
    });
    expect(rule('.cvj-card__line')).toMatchObject({ display: 'block', 'white-space': 'pre' });
    expect(rule('.cvj-card__badges')).toMatchObject({ gap: `${BADGE.gap}px` });
    expect(rule('.cvj-badge')).toMatchObject({
      padding: `${BADGE.paddingY}px ${BADGE.paddingX}px`,
      'font-size': `${BADGE.fontSize}px`,
      'font-weight': String(BADGE.fontWeight),
      background: 'var(--cvj-surface-muted)',
    });
    expect(rule('.cvj-badge--owner')).toMatchObject({ 'max-width': `${BADGE.ownerMaxWidth}px` });
    expect(rule('.cvj-handle.react-flow__handle')).toMatchObject({ width: '12px' });
  });

  it('lanes and headers', () => {
    expect(rule('.cvj-header')).toMatchObject({
      padding: `${HEADER.padding.top}px ${HEADER.padding.x}px ${HEADER.padding.bottom}px`,
      'border-top': `${HEADER.bar}px solid var(--stage-color)`,
    });
    expect(rule('.cvj-header__number')).toMatchObject({
      width: `${HEADER.disc}px`,
      'font-size': `${HEADER.discFontSize}px`,
    });
    expect(rule('.cvj-header__description')).toMatchObject({
      'font-size': `${HEADER.descriptionSize}px`,
      'line-height': '1.25',
      margin: `${HEADER.descriptionMarginTop}px 0 0`,
    });
  });

  it('connections and their labels', () => {
    expect(rule('.cvj-edge-label')).toMatchObject({
      padding: '3px 8px',
      'font-size': '14px',
      'font-weight': '600',
      'max-width': '260px',
    });
    const flow = readFileSync(join(repoRoot, 'renderer/src/canvas/flowMapping.ts'), 'utf8');
    // Stroke, width and dash come from the definitions the exporter draws with (theme.ts).
    expect(flow).toContain('flagged ? colors.edgeFlagged : colors.edge');
    expect(flow).toContain(
      'strokeWidth: EDGE_WIDTH, strokeDasharray: flagged ? EDGE_FLAGGED_DASH : undefined',
    );
    expect(flow).toContain('MarkerType.ArrowClosed, color, width: 18, height: 18');
  });
});

describe('colours match the browser, in every theme', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  /**
   * The canvas's stylesheets with a theme's tokens, as Chromium computes them, against the
   * colours the exporter draws with: a token or rule changed on one side only fails here.
   */
  it.each(THEME_NAMES)('%s: lanes, headers, cards, badges, handles and labels', async (name) => {
    const theme = getTheme(name);
    const page = await browser.newPage({ viewport: { width: 64, height: 64 } });
    try {
      const stages = STAGES.map(
        (s, i) => `
        <div class="cvj-lane${i % 2 ? ' cvj-lane--odd' : ''}" data-i="${i}" style="--stage-color:${s.color}"></div>
        <div class="cvj-header" data-i="${i}" style="--stage-color:${s.color}">
          <span class="cvj-header__label">x</span><span class="cvj-header__description">x</span>
        </div>
        <div class="cvj-card" data-i="${i}" style="--stage-color:${s.color}">
          <div class="cvj-card__icon"></div><div class="cvj-card__title">x</div>
        </div>`,
      ).join('');
      await page.setContent(
        `<html data-theme="${name}"><head><style>${themeCss()}\n${css}</style></head><body>
        ${stages}
        <span class="cvj-badge" id="badge">x</span>
        <span class="cvj-badge cvj-badge--live" id="live">x</span>
        <span class="cvj-badge cvj-badge--planned" id="planned">x</span>
        <span class="cvj-badge cvj-badge--paused" id="paused">x</span>
        <span class="cvj-badge cvj-badge--usual" id="usual">x</span>
        <div class="cvj-handle react-flow__handle" id="handle"></div>
        <div class="cvj-edge-label" id="label">x</div>
        <div class="cvj-edge-label cvj-edge-label--flagged" id="flagged">x</div>
        </body></html>`,
      );
      const computed = await page.evaluate(() => {
        const pick = (el: Element) => {
          const cs = getComputedStyle(el);
          return {
            background: cs.backgroundColor,
            color: cs.color,
            borderTop: cs.borderTopColor,
            borderRight: cs.borderRightColor,
          };
        };
        const all = (selector: string) => [...document.querySelectorAll(selector)].map(pick);
        const one = (id: string) => pick(document.getElementById(id)!);
        return {
          lanes: all('.cvj-lane'),
          headers: all('.cvj-header'),
          labels: all('.cvj-header__label'),
          descriptions: all('.cvj-header__description'),
          cards: all('.cvj-card'),
          icons: all('.cvj-card__icon'),
          titles: all('.cvj-card__title'),
          badge: one('badge'),
          live: one('live'),
          planned: one('planned'),
          paused: one('paused'),
          usual: one('usual'),
          handle: one('handle'),
          label: one('label'),
          flagged: one('flagged'),
        };
      });
      const same = (css: string, hex: string, what: string) => {
        const ours = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
        const theirs = cssRgb(css);
        ours.forEach((v, i) =>
          expect(Math.abs(v - theirs[i]!), `${name} ${what}: ${css} vs ${hex}`).toBeLessThanOrEqual(1),
        );
      };
      const c = theme.colors;
      STAGES.forEach((s, i) => {
        const sc = stageColors(theme, s.color, i);
        same(computed.lanes[i]!.background, sc.laneFill, `${s.id} lane`);
        same(computed.lanes[i]!.borderRight, sc.laneBorder, `${s.id} lane border`);
        same(computed.headers[i]!.background, sc.headerFill, `${s.id} header`);
        same(computed.headers[i]!.borderTop, sc.accent, `${s.id} header bar`);
        same(computed.labels[i]!.color, c.ink, `${s.id} header label`);
        same(computed.descriptions[i]!.color, c.inkSoft, `${s.id} header description`);
        same(computed.cards[i]!.background, c.surface, `${s.id} card`);
        same(computed.cards[i]!.borderTop, c.line, `${s.id} card border`);
        same(computed.icons[i]!.background, sc.iconFill, `${s.id} icon tile`);
        same(computed.icons[i]!.color, sc.iconInk, `${s.id} icon`);
        same(computed.titles[i]!.color, c.ink, `${s.id} card title`);
      });
      for (const status of ['live', 'planned', 'paused'] as const) {
        const b = badgeColors(theme, status);
        same(computed[status].background, b.fill, `${status} badge`);
        same(computed[status].color, b.text, `${status} badge text`);
      }
      same(computed.badge.background, badgeColors(theme).fill, 'badge');
      same(computed.badge.color, badgeColors(theme).text, 'badge text');
      same(computed.usual.borderTop, c.lineStrong, 'usual-stage badge border');
      same(computed.handle.background, c.handleFill, 'handle');
      same(computed.handle.borderTop, c.handleStroke, 'handle border');
      for (const [key, flagged] of [['label', false], ['flagged', true]] as const) {
        const l = edgeLabelColors(theme, flagged);
        same(computed[key].background, l.fill, `${key} fill`);
        same(computed[key].borderTop, l.stroke, `${key} border`);
        same(computed[key].color, l.text, `${key} text`);
      }
    } finally {
      await page.close();
    }
  }, 60_000);
});

/** `rgb(r, g, b)` or `color(srgb r g b)` (how Chromium gives a color-mix back) as 0-255 channels. */
function cssRgb(value: string): number[] {
  const rgb = /^rgba?\((\d+), (\d+), (\d+)/.exec(value);
  if (rgb) return rgb.slice(1, 4).map(Number);
  const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)/.exec(value);
  if (srgb) return srgb.slice(1, 4).map((v) => Math.round(Number(v) * 255));
  throw new Error(`Unexpected colour from the browser: ${value}`);
}
