import { describe, expect, it } from 'vitest';
import { parseJourneyFile, serializeJourneyFile, serializeJourneySet } from '../../../shared/file';
import { STAGE_IDS } from '../../../shared/model/types';
import { fixtureNames, readFixture, withCurrentAppVersion } from './fixtures';

function parseOk(text: string) {
  const result = parseJourneyFile(text);
  if (!result.ok) throw new Error(`expected the file to parse: ${result.error.message}`);
  return result;
}

describe('v1 fixtures', () => {
  it('are all present (they are kept forever)', () => {
    expect(fixtureNames('v1')).toEqual(['full.cvj', 'starter.cvj']);
  });

  it.each(fixtureNames('v1'))('%s parses without warnings', (name) => {
    const result = parseOk(readFixture(`v1/${name}`));
    expect(result.warnings).toEqual([]);
    expect(result.journey.tactics.length).toBeGreaterThan(0);
  });

  it.each(fixtureNames('v1'))('%s is saved as format version 2 holding the same journey, in the same key order', (name) => {
    const text = readFixture(`v1/${name}`);
    const { journey, file } = parseOk(text);
    const saved = serializeJourneyFile(journey, { extra: file });
    // The journey's own lines are the version 1 file's, one level deeper (inside "journeys").
    const v1Journey = JSON.stringify(JSON.parse(text).journey, null, 2);
    expect(saved).toContain(v1Journey.split('\n').map((line) => `    ${line}`).join('\n').trimStart());
    expect(parseOk(saved).journey).toEqual(journey);
  });

  it('full.cvj covers every stage, every optional field and a custom tactic', () => {
    const { journey } = parseOk(readFixture('v1/full.cvj'));
    expect(new Set(journey.tactics.map((tactic) => tactic.stage))).toEqual(new Set(STAGE_IDS));
    const complete = journey.tactics.filter(
      (t) =>
        t.owner && t.status && t.cost !== undefined && t.conversionRate !== undefined && t.link,
    );
    expect(complete.length).toBeGreaterThanOrEqual(5);
    expect(journey.connections.some((connection) => connection.label)).toBe(true);
    expect(journey.customTactics).toHaveLength(1);
    expect(journey.tactics.some((tactic) => tactic.kind === journey.customTactics[0]?.id)).toBe(
      true,
    );
  });
});

describe('unknown fields', () => {
  const text = readFixture('v1/full.cvj');
  const v2Text = readFixture('v2/full.cvj');

  it('are kept on the parsed objects at every level', () => {
    const { journey, file } = parseOk(text);
    const loose = (value: object) => value as Record<string, unknown>;
    expect(loose(file)['x-future']).toEqual({ layers: [{ id: 'l1', visible: true }], zoom: 1.25 });
    expect(loose(file.app)['x-build']).toBe('nightly');
    expect(loose(journey)['x-theme']).toEqual({ accent: '#7c3aed', density: 'compact' });
    expect(loose(journey.meta)['x-editedBy']).toBe('Maya');
    expect(loose(journey.tactics[0]!)['x-priority']).toBe('high');
    expect(loose(journey.tactics[0]!.position)['x-snap']).toBe(false);
    expect(loose(journey.connections[4]!)['x-weight']).toBe(2);
    expect(loose(journey.customTactics[0]!)['x-origin']).toBe('workshop');
  });

  it('survive an edit made with spread, the way commands copy objects', () => {
    const { journey, file } = parseOk(text);
    const [first, ...rest] = journey.tactics;
    const edited = {
      ...journey,
      title: 'Renamed',
      tactics: [{ ...first!, title: 'SEO' }, ...rest],
    };
    const again = parseOk(serializeJourneyFile(edited, { extra: file }));
    expect(again.journey.title).toBe('Renamed');
    expect((again.journey.tactics[0] as unknown as Record<string, unknown>)['x-priority']).toBe(
      'high',
    );
    expect((again.journey as unknown as Record<string, unknown>)['x-theme']).toBeDefined();
    expect((again.file as Record<string, unknown>)['x-future']).toBeDefined();
  });

  it('change exactly one line when one field is edited', () => {
    const { journey, file } = parseOk(v2Text);
    const tactics = journey.tactics.map((t, i) =>
      i === 3 ? { ...t, title: 'Barista case studies' } : t,
    );
    const { set } = parseOk(v2Text);
    const edited = { ...set, journeys: { ...set.journeys, [journey.id]: { ...journey, tactics } } };
    const after = serializeJourneySet(edited, { extra: file }).split('\n');
    const before = withCurrentAppVersion(v2Text).split('\n');
    expect(after).toHaveLength(before.length);
    expect(after.filter((line, i) => line !== before[i])).toEqual([
      '          "title": "Barista case studies",',
    ]);
  });
});
