import { describe, expect, it } from 'vitest';
import { cardTitleLines, extractJourneyFromSvg, renderJourneySvg } from '../../../shared/export';
import { parseJourneyFile } from '../../../shared/file/parse';
import { serializeJourneyFile } from '../../../shared/file/serialize';
import type { Journey } from '../../../shared/model/types';
import { eightStageJourney } from './journeys';
import {
  cardOrigins,
  inLane,
  parseXml,
  readFixture,
  texts,
  walk,
  type XmlElement,
} from './helpers';
import { reconcileLayout } from '../../../shared/model/reconcile';
import { getTheme, stageColorsById } from '../../../shared/theme/tokens';

function load(path: string): Journey {
  const result = parseJourneyFile(readFixture(path));
  if (!result.ok) throw new Error(result.error.message);
  return result.journey;
}

const FIXTURES = {
  starter: () => load('test/fixtures/v1/starter.cvj'),
  full: () => load('test/fixtures/v1/full.cvj'),
  'eight-stages': () => load('test/fixtures/export/eight-stages.cvj'),
};

/** Every element and attribute the exporter may write; anything else is a bug or an injection. */
const ELEMENTS = new Set([
  'svg',
  'title',
  'desc',
  'metadata',
  'cvj:journey',
  'defs',
  'clipPath',
  'g',
  'rect',
  'circle',
  'path',
  'line',
  'polyline',
  'polygon',
  'ellipse',
  'text',
  'tspan',
]);
const ATTRIBUTES = new Set([
  'xmlns',
  'xmlns:cvj',
  'version',
  'width',
  'height',
  'viewBox',
  'font-family',
  'encoding',
  'id',
  'class',
  'transform',
  'x',
  'y',
  'rx',
  'ry',
  'cx',
  'cy',
  'r',
  'x1',
  'y1',
  'x2',
  'y2',
  'd',
  'points',
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'clip-path',
]);

function checkStructure(root: XmlElement): void {
  expect(root.name).toBe('svg');
  expect(root.attributes.xmlns).toBe('http://www.w3.org/2000/svg');
  expect(root.attributes.version).toBe('1.1');
  expect(root.attributes.viewBox).toMatch(/^0 0 \d+ \d+$/);
  for (const el of walk(root)) {
    expect(ELEMENTS, `element <${el.name}>`).toContain(el.name);
    for (const [name, value] of Object.entries(el.attributes)) {
      expect(ATTRIBUTES, `attribute ${name} on <${el.name}>`).toContain(name);
      // Only internal references: url(#id) for clip paths, nothing that loads anything.
      if (/url\(/i.test(value)) expect(value).toMatch(/^url\(#cvj-clip-\d+\)$/);
      if (name === 'fill' || name === 'stroke') expect(value).toMatch(/^(#[0-9a-f]{6}|none)$/);
    }
  }
}

describe('renderJourneySvg in the dark and projector themes', () => {
  for (const theme of ['dark', 'projector'] as const) {
    it(`${theme}: well-formed SVG 1.1 with only our elements, no foreignObject or external reference`, () => {
      const { svg } = renderJourneySvg(FIXTURES.full!(), { theme });
      checkStructure(parseXml(svg));
      expect(svg).not.toMatch(/foreignObject|<script|<image|<use|href|@import|url\((?!#)/i);
      // Drawn in the theme's colours: its canvas behind, its surface on the cards.
      const colors = getTheme(theme).colors;
      expect(svg).toContain(`fill="${colors.canvas}"/>`);
      expect(svg).toContain(`fill="${colors.surface}"/>`);
      // Deterministic, like the light one.
      expect(renderJourneySvg(FIXTURES.full!(), { theme }).svg).toBe(svg);
    });
  }

  it('writes the title in an ink that reads on the background chosen', () => {
    const title = (svg: string) => /<g id="cvj-title"><text [^>]*fill="(#[0-9a-f]{6})"/.exec(svg)?.[1];
    const dark = getTheme('dark').colors;
    const light = getTheme('light').colors;
    expect(title(renderJourneySvg(FIXTURES.full!(), { theme: 'dark' }).svg)).toBe(dark.ink);
    // The dark theme's light ink on a white background would be 1.1:1: the dark ink instead.
    expect(title(renderJourneySvg(FIXTURES.full!(), { theme: 'dark', background: 'white' }).svg)).toBe(light.ink);
    expect(title(renderJourneySvg(FIXTURES.full!(), { theme: 'light', background: '#111111' }).svg)).toBe(dark.ink);
  });

  it('projector: its own edges, lane edges and header tints, not the light theme’s', () => {
    const { svg } = renderJourneySvg(FIXTURES.full!(), { theme: 'projector' });
    const p = getTheme('projector');
    expect(svg).toContain(`stroke="${p.colors.edge}"`);
    expect(svg).not.toContain(`stroke="${getTheme('light').colors.edge}"`);
    expect(svg).toContain(`fill="${stageColorsById(p, 'aware').headerFill}"/>`);
    expect(svg).not.toContain(`fill="${stageColorsById(getTheme('light'), 'aware').headerFill}"/>`);
  });

  it('refuses an unknown theme', () => {
    expect(() => renderJourneySvg(FIXTURES.full!(), { theme: 'sepia' as never })).toThrow(
      /theme must be "light", "dark" or "projector"/,
    );
  });
});

describe('renderJourneySvg', () => {
  for (const [name, make] of Object.entries(FIXTURES)) {
    describe(name, () => {
      const doc = make();
      const { svg, width, height } = renderJourneySvg(doc);

      it('is a well-formed SVG 1.1 document with only the elements and attributes we write', () => {
        const root = parseXml(svg);
        checkStructure(root);
        expect(root.attributes.width).toBe(String(width));
        expect(root.attributes.height).toBe(String(height));
      });

      it('has no foreignObject, script, image or external reference', () => {
        expect(svg).not.toMatch(/foreignObject|<script|<image|<use|href|@import|url\((?!#)/i);
        expect(svg).not.toMatch(/<style/);
      });

      it('draws every card title as real text, in the lines cardTitleLines gives', () => {
        const lines = new Set(
          [...walk(parseXml(svg))].filter((e) => e.name === 'tspan').map((e) => e.text),
        );
        for (const tactic of doc.tactics) {
          for (const line of cardTitleLines(tactic.title).lines) expect(lines).toContain(line);
        }
      });

      it('embeds the journey so that it opens again', () => {
        const extracted = extractJourneyFromSvg(svg);
        if (!extracted.ok) throw new Error(extracted.reason);
        expect(extracted.text).toBe(serializeJourneyFile(doc));
        const reparsed = parseJourneyFile(extracted.text);
        expect(reparsed.ok && reparsed.journey).toEqual(doc);
      });

      it('is deterministic and matches the reviewed snapshot', async () => {
        expect(renderJourneySvg(make()).svg).toBe(svg);
        await expect(svg).toMatchFileSnapshot(`../../fixtures/export/${name}.svg`);
      });
    });
  }

  it('draws the cards of a file from older geometry in their stage’s lane, as the app shows them', () => {
    const doc = FIXTURES.full();
    expect(doc.tactics.filter((t) => !inLane(t.position, t.stage))).not.toEqual([]);
    const { svg } = renderJourneySvg(doc);
    const origins = cardOrigins(svg);
    expect(origins).toEqual(
      reconcileLayout(doc)
        .journey.tactics.map((t) => t.position)
        .map(({ x, y }) => ({ x, y })),
    );
    doc.tactics.forEach((t, i) => expect(inLane(origins[i]!, t.stage), t.title).toBe(true));
  });

  it('exports one stage: its lane, header, cards and the connections inside it', async () => {
    const doc = eightStageJourney();
    const { svg, width, tactics, connections } = renderJourneySvg(doc, {
      scope: { stage: 'ascend' },
    });
    // The lane, plus the few pixels a same-lane connection's arc reaches beyond it.
    expect(width).toBeGreaterThanOrEqual(320);
    expect(width).toBeLessThan(340);
    expect(tactics).toBe(2);
    expect(connections).toBe(1);
    const root = parseXml(svg);
    checkStructure(root);
    expect(
      [...walk(root)]
        .filter((e) => e.attributes.id?.startsWith('cvj-lane-'))
        .map((e) => e.attributes.id),
    ).toEqual(['cvj-lane-ascend']);
    await expect(svg).toMatchFileSnapshot('../../fixtures/export/eight-stages-ascend.svg');
  });

  it('exports chosen tactics with the connections among them', () => {
    const doc = eightStageJourney();
    const out = renderJourneySvg(doc, { scope: { ids: ['t_magnet', 't_tripwire', 't_flight'] } });
    expect(out.tactics).toBe(3);
    expect(out.connections).toBe(1);
    checkStructure(parseXml(out.svg));
    expect(() => renderJourneySvg(doc, { scope: { ids: ['nope'] } })).toThrow(RangeError);
  });

  it('honours background, title, headers, handles, embed and scale options', () => {
    const doc = eightStageJourney();
    const plain = renderJourneySvg(doc);
    expect(plain.svg).toContain('<rect width="2560" height="964" fill="#f8fafc"/>');
    expect(renderJourneySvg(doc, { background: 'white' }).svg).toContain('fill="#ffffff"/>');
    expect(renderJourneySvg(doc, { background: '#ABC' }).svg).toContain(
      'height="964" fill="#aabbcc"/>',
    );
    const transparent = renderJourneySvg(doc, { background: 'transparent' }).svg;
    expect(transparent).not.toContain('height="964" fill=');
    const bare = renderJourneySvg(doc, {
      includeTitle: false,
      includeHeaders: false,
      embed: false,
    });
    expect(bare.height).toBe(900);
    expect(bare.svg).not.toMatch(/cvj-title|cvj-header-|<metadata/);
    const scaled = renderJourneySvg(doc, { scale: 2 });
    expect([scaled.width, scaled.height]).toEqual([5120, 1928]);
    expect(scaled.svg).toContain('viewBox="0 0 2560 964"');
    const count = (svg: string) => svg.match(/stroke="#64748b"/g)?.length ?? 0;
    expect(count(renderJourneySvg(doc, { handles: 'all' }).svg)).toBe(2 * doc.tactics.length);
    expect(count(renderJourneySvg(doc, { handles: 'none' }).svg)).toBe(0);
    expect(count(plain.svg)).toBeGreaterThan(0);
  });

  it('refuses option values that could carry markup', () => {
    const doc = eightStageJourney();
    expect(() => renderJourneySvg(doc, { background: 'red"/><script>' })).toThrow(RangeError);
    expect(() => renderJourneySvg(doc, { background: 'url(http://x/y)' })).toThrow(RangeError);
    expect(() => renderJourneySvg(doc, { fontFamily: 'Inter"><script>' })).toThrow(RangeError);
    expect(() => renderJourneySvg(doc, { scope: { stage: 'nope' as never } })).toThrow(RangeError);
  });
});

describe('hostile text', () => {
  const HOSTILE = [
    '<script>alert(1)</script>',
    ']]><!-- --><![CDATA[x]]>',
    '"><svg onload=alert(1)>',
    "' onmouseover='alert(1)",
    '&amp; &lt; &#x3c; &nbsp;',
    'שלום עולם — مرحبا بالعالم',
    '🎉👨‍👩‍👧 Launch 🇫🇷',
    'Tab\there\u0000null\u0007bell\u001bescape\uffff\ud800',
    '<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>',
    'url(http://evil.example/x) xlink:href="http://evil.example"',
  ];

  function hostileJourney(): Journey {
    const doc = eightStageJourney();
    return {
      ...doc,
      title: HOSTILE.join(' '),
      tactics: doc.tactics.map((t, i) => ({
        ...t,
        id: `${HOSTILE[i % HOSTILE.length]}-${i}`,
        title: HOSTILE[i % HOSTILE.length]!,
        owner: HOSTILE[(i + 3) % HOSTILE.length]!,
      })),
      connections: doc.connections.map((c) => {
        const si = doc.tactics.findIndex((t) => t.id === c.source);
        const ti = doc.tactics.findIndex((t) => t.id === c.target);
        return {
          ...c,
          id: `${HOSTILE[1]}${c.id}`,
          source: `${HOSTILE[si % HOSTILE.length]}-${si}`,
          target: `${HOSTILE[ti % HOSTILE.length]}-${ti}`,
          label: HOSTILE[si % HOSTILE.length]!,
        };
      }),
      customTactics: doc.customTactics.map((c) => ({
        ...c,
        name: HOSTILE[0]!,
        color: 'red" onload="x',
      })),
    };
  }

  it('stays well-formed, with exactly the elements a plain journey has, all text as text', () => {
    const doc = hostileJourney();
    const { svg } = renderJourneySvg(doc);
    const root = parseXml(svg);
    checkStructure(root);
    const names = (r: XmlElement) => new Set([...walk(r)].map((e) => e.name));
    expect(names(root)).toEqual(names(parseXml(renderJourneySvg(eightStageJourney()).svg)));
    // Markup-looking text only ever appears escaped; attributes were checked above.
    expect(svg).not.toMatch(/<script|<foreignObject|<svg onload|href="/i);
    const all = texts(root).join('\n');
    expect(all).toContain('<script>alert(1)</script>');
    expect(all).toContain('"><svg onload=alert(1)>');
    expect(all).toContain('&amp; &lt; &#x3c; &nbsp;');
    expect(all).toContain('שלום עולם');
    expect(all).toContain('🎉👨‍👩‍👧');
    expect(all).toContain('Tab herenullbellescape');
  });

  it('keeps the hostile journey intact in the embedded copy', () => {
    const doc = hostileJourney();
    const extracted = extractJourneyFromSvg(renderJourneySvg(doc).svg);
    expect(extracted.ok && JSON.parse(extracted.text).journeys[0].title).toBe(doc.title);
  });

  it('handles a 100,000-character title quickly, clamped to the card', () => {
    const doc = eightStageJourney();
    const long = 'Very long title '.repeat(6_250);
    const started = performance.now();
    const { svg } = renderJourneySvg({
      ...doc,
      title: long,
      tactics: doc.tactics.map((t) => ({ ...t, title: long })),
    });
    expect(performance.now() - started).toBeLessThan(3_000);
    const root = parseXml(svg);
    checkStructure(root);
    const title = [...walk(root)].find((e) => e.name === 'title')!;
    expect(title.text.length).toBeLessThanOrEqual(1_000);
    expect(
      texts(root)
        .filter((t) => t.startsWith('Very long title'))
        .every((t) => t.length < 500),
    ).toBe(true);
  });
});
