import { describe, expect, it } from 'vitest';
import {
  addTactic,
  moveTactics,
  removeTactics,
  updateTactic,
  type TacticChanges,
} from '../../../shared/model/commands';
import {
  CARD_WIDTH,
  GRID_SIZE,
  LANE_HEADER_HEIGHT,
  LANE_PADDING,
  LANE_WIDTH,
  laneLeft,
  placeCard,
  stageOfCard,
} from '../../../shared/model/layout';
import type { Journey, Tactic } from '../../../shared/model/types';
import { applyUndoable, centredIn, deepFreeze, sampleJourney } from './fixtures';

function tactic(doc: Journey, id: string): Tactic {
  const found = doc.tactics.find((t) => t.id === id);
  if (!found) throw new Error(`no tactic ${id}`);
  return found;
}

// The first grid line at or below the header and its padding.
const TOP = Math.ceil((LANE_HEADER_HEIGHT + LANE_PADDING) / GRID_SIZE) * GRID_SIZE;

describe('addTactic', () => {
  it('adds a card named after its library entry, in the lane it was dropped on', () => {
    const next = applyUndoable(sampleJourney(), addTactic, {
      id: 'n',
      kind: 'convert.tripwire',
      position: centredIn('subscribe', 801),
    });
    expect(next.tactics).toHaveLength(4);
    expect(tactic(next, 'n')).toEqual({
      id: 'n',
      stage: 'subscribe',
      kind: 'convert.tripwire',
      title: 'Tripwire offer',
      notes: '',
      position: placeCard(centredIn('subscribe', 804)),
    });
  });

  it('uses the journey’s custom tactic name, then a generic one, when the kind is not built in', () => {
    const doc = sampleJourney();
    const at = centredIn('aware', 600);
    const custom = addTactic(doc, { id: 'n', kind: 'custom.podcast', position: at });
    expect(tactic(custom, 'n').title).toBe('Podcast guesting');
    const unknown = addTactic(doc, { id: 'n', kind: 'custom', position: at });
    expect(tactic(unknown, 'n').title).toBe('New tactic');
  });

  it('keeps a given title, notes and planning fields, and leaves unset fields out', () => {
    const next = addTactic(sampleJourney(), {
      id: 'n',
      kind: 'aware.seo',
      position: centredIn('aware', 600),
      title: 'Local SEO',
      notes: 'Google Business profile first',
      owner: 'Ana',
      status: 'idea',
      cost: undefined,
    });
    const added = tactic(next, 'n');
    expect(added).toMatchObject({
      title: 'Local SEO',
      notes: 'Google Business profile first',
      owner: 'Ana',
      status: 'idea',
    });
    expect('cost' in added).toBe(false);
    expect('link' in added).toBe(false);
  });

  it('snaps to the grid and keeps the card below the header and inside the lane', () => {
    const next = addTactic(sampleJourney(), {
      id: 'n',
      kind: 'aware.seo',
      position: { x: laneLeft('excite') + LANE_WIDTH - CARD_WIDTH - 2, y: 5 },
    });
    const { position, stage } = tactic(next, 'n');
    expect(stage).toBe('excite');
    expect(position.y).toBe(TOP);
    expect(position.x).toBeGreaterThanOrEqual(laneLeft('excite') + LANE_PADDING);
    expect(position.x + CARD_WIDTH).toBeLessThanOrEqual(
      laneLeft('excite') + LANE_WIDTH - LANE_PADDING,
    );
  });

  it('puts the card in an explicitly given stage, wherever the position was', () => {
    const next = addTactic(sampleJourney(), {
      id: 'n',
      kind: 'promote.referral-program',
      position: { x: 10, y: 600 },
      stage: 'promote',
    });
    const added = tactic(next, 'n');
    expect(added.stage).toBe('promote');
    expect(stageOfCard(added.position)).toBe('promote');
    expect(added.position.y).toBe(600);
  });

  it('ignores an id that is already taken', () => {
    const doc = deepFreeze(sampleJourney());
    expect(addTactic(doc, { id: 'a', kind: 'aware.seo', position: { x: 0, y: 0 } })).toBe(doc);
  });
});

describe('moveTactics', () => {
  it('moves several cards in one undoable step and re-derives their stages', () => {
    const next = applyUndoable(sampleJourney(), moveTactics, {
      moves: [
        { id: 'a', position: centredIn('ascend', 910) },
        { id: 'e', position: centredIn('engage', 700) },
      ],
    });
    expect(tactic(next, 'a')).toMatchObject({ stage: 'ascend', position: { y: 912 } });
    expect(tactic(next, 'e')).toMatchObject({ stage: 'engage', position: { y: 696 } });
    expect(stageOfCard(tactic(next, 'a').position)).toBe('ascend');
  });

  it('keeps untouched tactics and connections as the same objects', () => {
    const doc = sampleJourney();
    const next = moveTactics(doc, { moves: [{ id: 'a', position: centredIn('aware', 900) }] });
    expect(next.tactics[1]).toBe(doc.tactics[1]);
    expect(next.tactics[2]).toBe(doc.tactics[2]);
    expect(next.connections).toBe(doc.connections);
  });

  it('assigns a card straddling two lanes to the lane under its centre', () => {
    const boundary = laneLeft('engage');
    const next = moveTactics(sampleJourney(), {
      moves: [{ id: 'a', position: { x: boundary - CARD_WIDTH / 2 + 30, y: 600 } }],
    });
    expect(tactic(next, 'a').stage).toBe('engage');
    expect(tactic(next, 'a').position.x).toBeGreaterThanOrEqual(boundary + LANE_PADDING);
  });

  it('ignores unknown ids, and returns the same document when nothing moves', () => {
    const doc = deepFreeze(sampleJourney());
    const a = tactic(doc, 'a');
    expect(moveTactics(doc, { moves: [{ id: 'nope', position: { x: 900, y: 900 } }] })).toBe(doc);
    expect(moveTactics(doc, { moves: [{ id: 'a', position: { ...a.position } }] })).toBe(doc);
    // A nudge smaller than half a grid step snaps back to where the card was.
    const nudge = { x: a.position.x + 2, y: a.position.y - 3 };
    expect(moveTactics(doc, { moves: [{ id: 'a', position: nudge }] })).toBe(doc);
    expect(moveTactics(doc, { moves: [] })).toBe(doc);
  });
});

describe('updateTactic', () => {
  it('changes text and planning fields, undoably', () => {
    const next = applyUndoable(sampleJourney(), updateTactic, {
      id: 'e',
      changes: { title: 'Weekly blog', notes: 'Tuesdays', status: 'live', conversionRate: 2.5 },
    });
    expect(tactic(next, 'e')).toMatchObject({
      title: 'Weekly blog',
      notes: 'Tuesdays',
      status: 'live',
      conversionRate: 2.5,
    });
  });

  it('stores text as typed, so a trailing space survives live editing', () => {
    const next = updateTactic(sampleJourney(), { id: 'e', changes: { title: 'Weekly ' } });
    expect(tactic(next, 'e').title).toBe('Weekly ');
  });

  it('removes an optional field set to undefined, and ignores undefined for required ones', () => {
    const next = applyUndoable(sampleJourney(), updateTactic, {
      id: 'a',
      changes: { owner: undefined, cost: undefined, title: undefined },
    });
    const a = tactic(next, 'a');
    expect('owner' in a).toBe(false);
    expect('cost' in a).toBe(false);
    expect(a.title).toBe('SEO');
  });

  it('changes the kind without touching the title', () => {
    const next = updateTactic(sampleJourney(), { id: 'a', changes: { kind: 'aware.google-ads' } });
    expect(tactic(next, 'a')).toMatchObject({ kind: 'aware.google-ads', title: 'SEO' });
  });

  it('returns the same document when nothing would change', () => {
    const doc = deepFreeze(sampleJourney());
    expect(updateTactic(doc, { id: 'a', changes: { title: 'SEO', owner: 'Sam', cost: 500 } })).toBe(
      doc,
    );
    expect(updateTactic(doc, { id: 'a', changes: { link: undefined } })).toBe(doc);
    expect(updateTactic(doc, { id: 'a', changes: {} })).toBe(doc);
    expect(updateTactic(doc, { id: 'nope', changes: { title: 'X' } })).toBe(doc);
  });

  it('cannot move a card or change its stage: only moveTactics does that', () => {
    const doc = deepFreeze(sampleJourney());
    const sneaky = { stage: 'promote', position: { x: 0, y: 0 }, id: 'z' } as TacticChanges;
    expect(updateTactic(doc, { id: 'a', changes: sneaky })).toBe(doc);
  });
});

describe('removeTactics', () => {
  it('removes the tactics and every connection touching them, undoably', () => {
    const next = applyUndoable(sampleJourney(), removeTactics, { ids: ['e'] });
    expect(next.tactics.map((t) => t.id)).toEqual(['a', 'c']);
    expect(next.connections).toEqual([]);
  });

  it('keeps connections between the remaining tactics', () => {
    const doc = sampleJourney();
    const next = removeTactics(doc, { ids: ['c', 'nope'] });
    expect(next.tactics.map((t) => t.id)).toEqual(['a', 'e']);
    expect(next.connections.map((c) => c.id)).toEqual(['a-e']);
    expect(next.tactics[0]).toBe(doc.tactics[0]);
  });

  it('returns the same document when no id matches', () => {
    const doc = deepFreeze(sampleJourney());
    expect(removeTactics(doc, { ids: ['nope'] })).toBe(doc);
    expect(removeTactics(doc, { ids: [] })).toBe(doc);
  });
});
