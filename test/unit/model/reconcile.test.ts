import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJourneyFile } from '../../../shared/file/parse';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  LANE_CARD_TOP,
  LANE_HEADER_HEIGHT,
  LANE_PADDING,
  LANE_WIDTH,
  laneLeft,
  stageOfCard,
} from '../../../shared/model/layout';
import { reconcileLayout } from '../../../shared/model/reconcile';
import { createStarterJourney } from '../../../shared/model/starter';
import type { Journey, StageId, Tactic } from '../../../shared/model/types';
import { STAGE_IDS } from '../../../shared/model/types';
import { eightStageJourney } from '../export/journeys';
import { readFixture } from '../file/fixtures';
import { deepFreeze, sampleJourney, tacticIn } from './fixtures';

function full(): Journey {
  const parsed = parseJourneyFile(readFixture('v1/full.cvj'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.journey;
}

function card(id: string, stage: StageId, x: number, y: number): Tactic {
  return { id, stage, kind: 'custom', title: `Card ${id}`, notes: '', position: { x, y } };
}

function journeyOf(tactics: Tactic[]): Journey {
  return { ...sampleJourney(), tactics, connections: [] };
}

/** Inside its stage's lane from side to side, and below the lane's header band. */
function inItsLane(t: Tactic): boolean {
  const left = laneLeft(t.stage);
  return (
    t.position.x >= left &&
    t.position.x + CARD_WIDTH <= left + LANE_WIDTH &&
    t.position.y >= LANE_HEADER_HEIGHT
  );
}

/** Ids of a stage's cards from top to bottom. */
function columnOrder(doc: Journey, stage: StageId): string[] {
  return doc.tactics
    .map((t, i) => ({ t, i }))
    .filter(({ t }) => t.stage === stage)
    .sort((a, b) => a.t.position.y - b.t.position.y || a.i - b.i)
    .map(({ t }) => t.id);
}

describe('reconcileLayout', () => {
  it('puts every card of full.cvj in its stage’s lane, below the header band', () => {
    const doc = deepFreeze(full());
    expect(doc.tactics.filter((t) => stageOfCard(t.position) !== t.stage)).not.toHaveLength(0);

    const { journey, moved } = reconcileLayout(doc);
    for (const t of journey.tactics) {
      expect(inItsLane(t), `${t.title} at ${JSON.stringify(t.position)}`).toBe(true);
      expect(stageOfCard(t.position)).toBe(t.stage);
    }
    // Every lane's top card sat in the header band (y 156), so all twelve moved; the Aware
    // pair was already inside its lane and only went down.
    expect(moved.map((m) => m.id)).toEqual(doc.tactics.map((t) => t.id));
    const seo = moved.find((m) => m.id === 't_seo')!;
    expect(seo).toEqual({
      id: 't_seo',
      title: 'SEO for "best espresso beans"',
      stage: 'aware',
      from: { x: 24, y: 156 },
      to: { x: 24, y: LANE_CARD_TOP },
    });
    const referral = moved.find((m) => m.id === 't_referral')!;
    expect(referral.to.x).toBe(laneLeft('promote') + LANE_PADDING);
  });

  it('changes nothing but positions, and keeps unknown keys on a position', () => {
    const doc = deepFreeze(full());
    const { journey } = reconcileLayout(doc);
    const withoutPositions = (j: Journey) => ({
      ...j,
      tactics: j.tactics.map(({ position: _position, ...rest }) => rest),
    });
    expect(withoutPositions(journey)).toEqual(withoutPositions(doc));
    expect(journey.connections).toBe(doc.connections);
    expect(journey.customTactics).toBe(doc.customTactics);
    expect(journey.meta).toBe(doc.meta);
    expect(journey.tactics[0]!.position).toEqual({ x: 24, y: LANE_CARD_TOP, 'x-snap': false });
  });

  it('returns the very same journey when every card is in place', () => {
    for (const doc of [
      createStarterJourney({ id: 'j', now: '2025-01-01T00:00:00.000Z' }),
      eightStageJourney(),
      sampleJourney(),
      journeyOf([]),
    ]) {
      const result = reconcileLayout(deepFreeze(doc));
      expect(result.journey).toBe(doc);
      expect(result.moved).toEqual([]);
    }
  });

  it('moves a card sideways into its lane and leaves its height and its neighbours alone', () => {
    const stay = tacticIn('convert', 'stay', 480);
    const doc = deepFreeze(
      journeyOf([
        stay,
        card('left', 'convert', laneLeft('subscribe') + 40, 600),
        card('right', 'convert', laneLeft('excite') + 150, 300),
        card('far', 'promote', 99_000, 900),
        card('before', 'aware', -5_000, 720),
      ]),
    );
    const { journey, moved } = reconcileLayout(doc);
    expect(moved.map((m) => m.id)).toEqual(['left', 'right', 'far', 'before']);
    expect(journey.tactics[0]).toBe(stay);
    for (const m of moved) {
      expect(m.to.y).toBe(m.from.y);
      expect(m.to.x).toBe(laneLeft(m.stage) + LANE_PADDING);
    }
  });

  it('moves cards out of the header band, keeping their order and pushing others only as needed', () => {
    const doc = deepFreeze(
      journeyOf([
        card('low', 'engage', laneLeft('engage') + 20, 1_000),
        card('b', 'engage', laneLeft('engage') + 20, 120),
        card('a', 'engage', laneLeft('engage') + 20, -40),
        card('tied', 'engage', laneLeft('engage') + 20, 120),
        card('next', 'engage', laneLeft('engage') + 20, 300),
      ]),
    );
    const { journey } = reconcileLayout(doc);
    const y = Object.fromEntries(journey.tactics.map((t) => [t.id, t.position.y]));
    expect(y.a).toBe(LANE_CARD_TOP);
    // b was 160 below a: now one card and a grid gap below it; cards level in the file stay level.
    expect(y.b).toBe(LANE_CARD_TOP + CARD_HEIGHT + 24);
    expect(y.tied).toBe(y.b);
    expect(y.next).toBeGreaterThanOrEqual(y.b! + CARD_HEIGHT);
    expect(y.low).toBe(1_000);
    expect(columnOrder(journey, 'engage')).toEqual(columnOrder(doc, 'engage'));
  });

  it('on any journey: every card ends in its lane, order kept, and a second pass changes nothing', () => {
    const stage = fc.constantFrom(...STAGE_IDS);
    const coordinate = fc.integer({ min: -4_000, max: 6_000 });
    const cards = fc.array(fc.tuple(stage, coordinate, coordinate), { maxLength: 40 });
    fc.assert(
      fc.property(cards, (specs) => {
        const doc = deepFreeze(journeyOf(specs.map(([s, x, y], i) => card(`t${i}`, s, x, y))));
        const once = reconcileLayout(doc);
        for (const t of once.journey.tactics) expect(inItsLane(t)).toBe(true);
        for (const s of STAGE_IDS) expect(columnOrder(once.journey, s)).toEqual(columnOrder(doc, s));
        const unmoved = new Set(doc.tactics.map((t) => t.id));
        for (const m of once.moved) unmoved.delete(m.id);
        for (const [i, t] of doc.tactics.entries()) {
          if (unmoved.has(t.id)) expect(once.journey.tactics[i]).toBe(t);
        }
        const twice = reconcileLayout(once.journey);
        expect(twice.journey).toBe(once.journey);
        expect(twice.moved).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
