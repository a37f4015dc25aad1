import { describe, expect, it } from 'vitest';
import { setConnectionShare, setForecastSettings, updateTactic } from '../../../../shared/model/commands';
import { parseJourneyFile } from '../../../../shared/file/parse';
import { serializeJourneyFile } from '../../../../shared/file/serialize';
import { journey } from '../health/build';

/** The forecast's assumptions in the file and through the commands (issue 15). */
describe('forecast assumptions', () => {
  const base = () => {
    const doc = journey({ aware: [{ title: 'Ads' }], engage: [{ title: 'Blog' }] });
    doc.connections = [{ id: 'c', source: 'aware-1', target: 'engage-1' }];
    return doc;
  };

  it('round-trip through a file in canonical key order; old files open unchanged', () => {
    let doc = updateTactic(base(), { id: 'aware-1', changes: { reach: 1000, conversionRate: 20, value: 7, costPerPerson: 0.5, cost: 100 } });
    doc = setConnectionShare(doc, { id: 'c', share: 30 });
    doc = setForecastSettings(doc, { currency: 'eur', period: 'quarter' });
    const text = serializeJourneyFile(doc);
    const parsed = parseJourneyFile(text);
    expect(parsed.ok && parsed.journey).toEqual(doc);
    expect(text.indexOf('"conversionRate"')).toBeLessThan(text.indexOf('"reach"'));
    expect(text.indexOf('"reach"')).toBeLessThan(text.indexOf('"value"'));
    expect(text.indexOf('"value"')).toBeLessThan(text.indexOf('"costPerPerson"'));
    expect(text).toContain('"forecast": {\n        "currency": "EUR",\n        "period": "quarter"\n      }');
    // A journey without assumptions is written without any of these keys.
    expect(serializeJourneyFile(base())).not.toMatch(/reach|share|forecast/);
  });

  it('refuses impossible values with a path', () => {
    const text = serializeJourneyFile(base());
    const broken = (patch: (j: Record<string, unknown>) => void) => {
      const file = JSON.parse(text) as { journeys: Record<string, unknown>[] };
      patch(file.journeys[0]!);
      return parseJourneyFile(JSON.stringify(file));
    };
    const share = broken((j) => ((j.connections as Record<string, unknown>[])[0]!.share = 120));
    expect(share.ok || share.error.path).toBe('journeys[0].connections[0].share');
    const reach = broken((j) => ((j.tactics as Record<string, unknown>[])[0]!.reach = -1));
    expect(reach.ok || reach.error.path).toBe('journeys[0].tactics[0].reach');
    const currency = broken((j) => (j.forecast = { currency: 'dollars' }));
    expect(currency.ok || currency.error.message).toMatch(/"dollars" is not a currency code like "USD" or "EUR"/);
    const period = broken((j) => (j.forecast = { period: 'daily' }));
    expect(period.ok || period.error.message).toMatch(/is not one of the periods \(week, month, quarter, year\)/);
  });

  it('share and settings commands: undefined goes back to the default; invalid changes nothing', () => {
    const doc = setConnectionShare(base(), { id: 'c', share: 40 });
    expect(setConnectionShare(doc, { id: 'c', share: 140 })).toBe(doc);
    expect(setConnectionShare(doc, { id: 'c', share: undefined }).connections[0]).toEqual({ id: 'c', source: 'aware-1', target: 'engage-1' });
    const set = setForecastSettings(base(), { period: 'week' });
    expect(set.forecast).toEqual({ period: 'week' });
    expect(setForecastSettings(set, { currency: 'EURO' })).toBe(set);
    expect(setForecastSettings(set, { period: undefined }).forecast).toBeUndefined();
  });
});
