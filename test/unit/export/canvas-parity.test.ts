import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BADGE, CARD, CARD_FAR_TITLE, CARD_TITLE, HEADER } from '../../../shared/export';
import { colorMix } from '../../../shared/export/theme';
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
      background: '#fff',
    });
    expect(rule('.cvj-card__icon')).toMatchObject({
      width: `${CARD.iconBox}px`,
      height: `${CARD.iconBox}px`,
      'border-radius': `${CARD.iconBoxRadius}px`,
      background: 'color-mix(in srgb, var(--stage-color) 12%, #fff)',
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
      background: '#f1f5f9',
    });
    expect(rule('.cvj-badge--owner')).toMatchObject({ 'max-width': `${BADGE.ownerMaxWidth}px` });
    expect(rule('.cvj-badge--live')).toMatchObject({ background: '#dcfce7', color: '#166534' });
    expect(rule('.cvj-badge--planned')).toMatchObject({ background: '#dbeafe', color: '#1e40af' });
    expect(rule('.cvj-badge--paused')).toMatchObject({ background: '#fef3c7', color: '#92400e' });
    expect(rule('.cvj-handle.react-flow__handle')).toMatchObject({
      width: '12px',
      border: '2.5px solid #64748b',
    });
  });

  it('lanes and headers', () => {
    expect(rule('.cvj-lane')).toMatchObject({
      background: 'color-mix(in srgb, var(--stage-color) 4%, #fff)',
      'border-right': '2px solid color-mix(in srgb, var(--stage-color) 18%, #e2e8f0)',
    });
    expect(rule('.cvj-lane--odd')).toMatchObject({
      background: 'color-mix(in srgb, var(--stage-color) 7%, #f8fafc)',
    });
    expect(rule('.cvj-header')).toMatchObject({
      padding: `${HEADER.padding.top}px ${HEADER.padding.x}px ${HEADER.padding.bottom}px`,
      'border-top': `${HEADER.bar}px solid var(--stage-color)`,
      background: 'color-mix(in srgb, var(--stage-color) 10%, #fff)',
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
      border: '1.5px solid #94a3b8',
      'font-size': '14px',
      'font-weight': '600',
      'max-width': '260px',
    });
    const flow = readFileSync(join(repoRoot, 'renderer/src/canvas/flowMapping.ts'), 'utf8');
    // Stroke, width and dash come from the definitions the exporter draws with (theme.ts).
    expect(flow).toContain('flagged ? EDGE_FLAGGED_COLOR : EDGE_COLOR');
    expect(flow).toContain(
      'strokeWidth: EDGE_WIDTH, strokeDasharray: flagged ? EDGE_FLAGGED_DASH : undefined',
    );
    expect(flow).toContain('MarkerType.ArrowClosed, color, width: 18, height: 18');
  });
});

describe('colours match the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('computes color-mix() as Chromium paints it', async () => {
    const page = await browser.newPage({ viewport: { width: 64, height: 8 } });
    try {
      const cases = STAGES.flatMap((s) =>
        [
          [4, '#ffffff'],
          [7, '#f8fafc'],
          [10, '#ffffff'],
          [12, '#ffffff'],
          [18, '#e2e8f0'],
          [25, '#e2e8f0'],
        ].map(([p, base]) => ({ accent: s.color, p: p as number, base: base as string })),
      );
      for (const { accent, p, base } of cases) {
        await page.setContent(
          `<body style="margin:0"><div style="width:64px;height:8px;background:color-mix(in srgb, ${accent} ${p}%, ${base})"></div></body>`,
        );
        const shot = await page.screenshot({ clip: { x: 0, y: 0, width: 1, height: 1 } });
        const { PNG } = await import('pngjs');
        const px = PNG.sync.read(shot).data;
        const ours = colorMix(accent, p, base);
        const rgb = [1, 3, 5].map((i) => parseInt(ours.slice(i, i + 2), 16));
        rgb.forEach((v, i) =>
          expect(Math.abs(v - px[i]!), `${accent} ${p}% ${base}`).toBeLessThanOrEqual(1),
        );
      }
    } finally {
      await page.close();
    }
  }, 60_000);
});
