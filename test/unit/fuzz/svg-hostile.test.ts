import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { extractJourneyFromSvg, renderJourneySvg } from '../../../shared/export';
import { parseJourneyFile } from '../../../shared/file/parse';
import { LIMITS } from '../../../shared/file/schema';
import { laneLeft } from '../../../shared/model/layout';
import type { Journey } from '../../../shared/model/types';
import { STAGE_IDS } from '../../../shared/model/types';
import { anyString } from './arbitraries';
import { HOSTILE_STRINGS } from './hostile-strings';

/**
 * Hostile text in an exported SVG: every string of the catalogue (and random text) in every
 * field the export draws or embeds. The SVG must be well-formed XML (a strict parser reads it),
 * hold no element or attribute beyond those the same journey with plain text produces, nothing
 * that runs (event attributes, script, javascript: or data: links, foreignObject), and give the
 * journey back exactly from its embedded copy.
 */

interface Shape {
  elements: Set<string>;
  attributes: Set<string>;
  problems: string[];
}

const LINK_ATTRIBUTES = new Set(['href', 'xlink:href', 'src']);

function shapeOf(svg: string): Shape {
  const shape: Shape = { elements: new Set(), attributes: new Set(), problems: [] };
  const parser = new SaxesParser({ xmlns: true });
  let error: Error | undefined;
  parser.on('error', (e) => {
    error ??= e;
  });
  parser.on('doctype', () => shape.problems.push('a DOCTYPE'));
  parser.on('processinginstruction', (pi) =>
    shape.problems.push(`processing instruction ${pi.target}`),
  );
  parser.on('opentag', (tag) => {
    shape.elements.add(tag.name);
    // Never drawn by the exporter; anything else new shows up against the plain render below.
    if (['script', 'foreignObject', 'iframe', 'a', 'handler', 'listener'].includes(tag.local)) {
      shape.problems.push(`<${tag.name}>`);
    }
    for (const [name, attribute] of Object.entries(tag.attributes)) {
      shape.attributes.add(`${tag.name}@${name}`);
      if (/^on/i.test(attribute.local)) shape.problems.push(`${tag.name}@${name}`);
      if (LINK_ATTRIBUTES.has(name) && /^\s*(javascript|data|https?):/i.test(attribute.value)) {
        shape.problems.push(`${tag.name}@${name}=${attribute.value.slice(0, 30)}`);
      }
      if (name === 'style' && /url\(|expression\(/i.test(attribute.value)) {
        shape.problems.push(`${tag.name}@style=${attribute.value.slice(0, 30)}`);
      }
    }
  });
  parser.write(svg).close();
  if (error) throw error;
  return shape;
}

/** One card per string, each field holding it (cut to the field's limit), chained by labels. */
function journeyOf(strings: readonly string[], plain: boolean): Journey {
  const text = (value: string, limit: number, i: number) =>
    plain ? `Plain text ${i}` : value.slice(0, limit);
  const tactics = strings.map((value, i) => {
    const stage = STAGE_IDS[i % STAGE_IDS.length] ?? 'aware';
    return {
      id: `t${i}`,
      stage,
      kind: i % 2 === 0 ? 'custom.x' : 'aware.seo',
      title: text(value, LIMITS.titleLength, i),
      notes: text(value, LIMITS.notesLength, i),
      position: { x: laneLeft(stage) + 20, y: 240 + 132 * Math.floor(i / STAGE_IDS.length) },
      owner: text(value, LIMITS.shortTextLength, i),
      status: 'live' as const,
      cost: 100,
      link: text(value, LIMITS.linkLength, i),
    };
  });
  return {
    id: 'svg',
    title: text(strings[0] ?? '', LIMITS.titleLength, 0),
    tactics,
    connections: tactics.slice(1).map((tactic, i) => ({
      id: `c${i}`,
      source: `t${i}`,
      target: tactic.id,
      label: text(strings[i] ?? '', LIMITS.titleLength, i),
    })),
    customTactics: [
      {
        id: 'custom.x',
        name: text(strings[1] ?? 'x', LIMITS.titleLength, 1) || 'x',
        stage: 'aware',
        icon: text(strings[2] ?? 'x', LIMITS.shortTextLength, 2) || 'x',
        color: '#2563eb',
        description: text(strings[3] ?? '', LIMITS.descriptionLength, 3),
      },
    ],
    meta: { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' },
  };
}

function checkExport(strings: readonly string[]): void {
  const hostile = journeyOf(strings, false);
  const { svg } = renderJourneySvg(hostile);
  const shape = shapeOf(svg);
  const plain = shapeOf(renderJourneySvg(journeyOf(strings, true)).svg);
  expect(shape.problems).toEqual([]);
  expect([...shape.elements].filter((name) => !plain.elements.has(name))).toEqual([]);
  expect([...shape.attributes].filter((name) => !plain.attributes.has(name))).toEqual([]);
  const embedded = extractJourneyFromSvg(svg);
  expect(embedded.ok).toBe(true);
  const reopened = embedded.ok ? parseJourneyFile(embedded.text) : null;
  expect(reopened?.ok && reopened.journey).toEqual(hostile);
}

describe('exported SVG with hostile text', () => {
  it(`escapes all ${HOSTILE_STRINGS.length} catalogue strings in every field`, () => {
    checkExport(HOSTILE_STRINGS.map((entry) => entry.text));
  });

  it('escapes random text in every field (200 journeys)', () => {
    fc.assert(
      fc.property(
        fc.array(
          anyString.filter((s) => s.length > 0),
          { minLength: 4, maxLength: 10 },
        ),
        (strings) => {
          checkExport(strings);
        },
      ),
      { numRuns: 200 },
    );
  });
});
