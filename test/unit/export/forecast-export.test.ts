import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJourneyFile } from '../../../shared/file/parse';
import { renderJourneySvg } from '../../../shared/export';
import { THEME_NAMES } from '../../../shared/theme/tokens';
import { parseXml, repoRoot, texts as textsIn, walk } from './helpers';

function worked() {
  const parsed = parseJourneyFile(readFileSync(`${repoRoot}/test/fixtures/forecast/worked-example.cvj`, 'utf8'));
  if (!parsed.ok) throw new Error('fixture');
  return parsed.journey;
}

describe('export with the forecast numbers', () => {
  it.each(THEME_NAMES)('draws people and revenue on each card, stage totals, and flow widths (%s)', (theme) => {
    const doc = worked();
    const { svg, height } = renderJourneySvg(doc, { forecast: true, locale: 'en-US', theme });
    const plain = renderJourneySvg(doc, { locale: 'en-US', theme });
    const root = parseXml(svg);
    const texts = (cls: string) => [...walk(root)].filter((n) => n.attributes.class === cls).map((n) => textsIn(n).join(''));
    expect(texts('cvj-forecast cvj-forecast--card')).toContain('20 people · $9,946');
    expect(texts('cvj-forecast cvj-forecast--card')).toHaveLength(doc.tactics.length);
    expect(texts('cvj-forecast cvj-forecast--stage')).toEqual([
      '10K people', '2,001 people', '500 people', '50 people · $350', '40 people', '20 people · $9,946', '10 people', '5 people',
    ]);
    // Room for the stage totals under the lanes; nothing of it without the option.
    expect(height).toBeGreaterThan(plain.height);
    expect(plain.svg).not.toContain('cvj-forecast');
    // The busiest path (10,000 ad visitors × 20 %) is the widest; all are at least the usual width.
    const widths = [...walk(root)]
      .filter((n) => n.attributes.class?.startsWith('cvj-connection') && n.name === 'g')
      .map((g) => Number([...walk(g)].find((x) => x.name === 'path')!.attributes['stroke-width']));
    expect(Math.max(...widths)).toBe(12);
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(2.5);
  });
});
