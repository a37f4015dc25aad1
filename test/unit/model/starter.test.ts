import { describe, expect, it } from 'vitest';
import { placeCard, stageOfCard } from '../../../shared/model/layout';
import { getLibraryTactic } from '../../../shared/model/library';
import { connectionFlow } from '../../../shared/model/selectors';
import { createStarterJourney } from '../../../shared/model/starter';
import { STAGE_IDS } from '../../../shared/model/types';

const NOW = '2025-01-01T09:00:00.000Z';

describe('createStarterJourney', () => {
  const doc = createStarterJourney({ id: 'j1', now: NOW });

  it('is titled and stamped', () => {
    expect(doc.title).toBe('My first journey');
    expect(doc.id).toBe('j1');
    expect(doc.meta).toEqual({ createdAt: NOW, updatedAt: NOW });
    expect(doc.customTactics).toEqual([]);
  });

  it('has one library tactic per stage, in stage order, named after its library entry', () => {
    expect(doc.tactics.map((t) => t.stage)).toEqual([...STAGE_IDS]);
    expect(doc.tactics.map((t) => t.kind)).toEqual([
      'aware.blogging',
      'engage.blog-posts',
      'subscribe.lead-magnet',
      'convert.tripwire',
      'excite.onboarding',
      'ascend.core-offer',
      'advocate.testimonial',
      'promote.referral-program',
    ]);
    for (const tactic of doc.tactics) {
      expect(tactic.title).toBe(getLibraryTactic(tactic.kind)?.name);
      expect(tactic.notes.length, tactic.id).toBeGreaterThan(10);
    }
  });

  it('places each card inside its own lane, on one row', () => {
    for (const tactic of doc.tactics) {
      expect(stageOfCard(tactic.position), tactic.id).toBe(tactic.stage);
      expect(placeCard(tactic.position, tactic.stage), tactic.id).toEqual(tactic.position);
    }
    expect(new Set(doc.tactics.map((t) => t.position.y)).size).toBe(1);
  });

  it('connects the stages in order, aware to promote, all plain forward steps', () => {
    expect(doc.connections).toHaveLength(7);
    const byId = new Map(doc.tactics.map((t) => [t.id, t.stage]));
    const steps = doc.connections.map((c) => [byId.get(c.source), byId.get(c.target)]);
    expect(steps).toEqual(STAGE_IDS.slice(0, -1).map((stage, i) => [stage, STAGE_IDS[i + 1]]));
    for (const connection of doc.connections) {
      expect(connectionFlow(doc, connection)).toMatchObject({ kind: 'forward', stagesSkipped: 0 });
    }
  });

  it('is reproducible, with ids derived from the journey id', () => {
    expect(createStarterJourney({ id: 'j1', now: NOW })).toEqual(doc);
    const other = createStarterJourney({ id: 'j2', now: NOW });
    const ids = (d: typeof doc) => [...d.tactics, ...d.connections].map((x) => x.id);
    expect(ids(other).some((id) => ids(doc).includes(id))).toBe(false);
    expect(new Set(ids(doc)).size).toBe(15);
  });
});
