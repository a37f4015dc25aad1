import { describe, expect, it } from 'vitest';
import { duplicateTactics } from '../../../shared/model/commands';
import { GRID_SIZE, LANE_WIDTH, laneLeft, LANE_PADDING } from '../../../shared/model/layout';
import type { Journey } from '../../../shared/model/types';
import { applyUndoable, deepFreeze, findTactic, sampleJourney, tacticIn } from './fixtures';

const below = { x: 0, y: 10 * GRID_SIZE };

describe('duplicateTactics', () => {
  it('copies cards with every field, new ids and the offset, undoably', () => {
    const doc: Journey = {
      ...sampleJourney(),
      tactics: sampleJourney().tactics.map((t) =>
        t.id === 'a' ? { ...t, fromNewerBuild: { tags: ['x'] } } : t,
      ),
    };
    const next = applyUndoable(doc, duplicateTactics, {
      ids: ['a', 'e'],
      newIds: { a: 'a2', e: 'e2' },
      offset: below,
    });
    expect(next.tactics.map((t) => t.id)).toEqual(['a', 'e', 'c', 'a2', 'e2']);
    const { id: _a, position: aAt, ...aFields } = findTactic(doc, 'a');
    const { id: _a2, position: a2At, ...a2Fields } = findTactic(next, 'a2');
    expect(a2Fields).toEqual(aFields);
    expect(a2Fields).toMatchObject({ owner: 'Sam', cost: 500, fromNewerBuild: { tags: ['x'] } });
    expect(a2At).toEqual({ x: aAt.x, y: aAt.y + below.y });
    // No connection ids given: only the cards are copied.
    expect(next.connections).toBe(doc.connections);
  });

  it('copies the connections between the copied cards, and only those', () => {
    const next = applyUndoable(sampleJourney(), duplicateTactics, {
      ids: ['a', 'e'],
      newIds: { a: 'a2', e: 'e2' },
      newConnectionIds: { 'a-e': 'ae2', 'e-c': 'ec2' },
      offset: below,
    });
    expect(next.connections).toEqual([
      { id: 'a-e', source: 'a', target: 'e', label: 'reads more' },
      { id: 'e-c', source: 'e', target: 'c' },
      { id: 'ae2', source: 'a2', target: 'e2', label: 'reads more' },
    ]);
  });

  it('puts copies moved sideways into the lane they land in', () => {
    const next = duplicateTactics(sampleJourney(), {
      ids: ['a', 'c'],
      newIds: { a: 'a2', c: 'c2' },
      offset: { x: LANE_WIDTH, y: 0 },
    });
    expect(findTactic(next, 'a2')).toMatchObject({
      stage: 'engage',
      position: { x: laneLeft('engage') + LANE_PADDING, y: 480 },
    });
    expect(findTactic(next, 'c2').stage).toBe('excite');
  });

  it('keeps the group’s shape at the last lane instead of piling cards up', () => {
    const doc: Journey = {
      ...sampleJourney(),
      tactics: [tacticIn('advocate', 'v', 480), tacticIn('promote', 'p', 600)],
      connections: [],
    };
    const next = duplicateTactics(doc, {
      ids: ['v', 'p'],
      newIds: { v: 'v2', p: 'p2' },
      offset: { x: LANE_WIDTH, y: below.y },
    });
    expect(findTactic(next, 'v2').stage).toBe('advocate');
    expect(findTactic(next, 'p2').stage).toBe('promote');
  });

  it('skips a card whose new id is missing or taken, with its connections', () => {
    const doc = sampleJourney();
    const next = duplicateTactics(doc, {
      ids: ['a', 'e', 'c'],
      newIds: { a: 'a2', e: 'c' },
      newConnectionIds: { 'a-e': 'x', 'e-c': 'y' },
      offset: below,
    });
    expect(next.tactics.map((t) => t.id)).toEqual(['a', 'e', 'c', 'a2']);
    expect(next.connections).toBe(doc.connections);
  });

  it('returns the same document when nothing can be copied', () => {
    const doc = deepFreeze({
      ...sampleJourney(),
      tactics: [...sampleJourney().tactics, tacticIn('excite', 'constructor')],
    });
    expect(duplicateTactics(doc, { ids: [], newIds: {}, offset: below })).toBe(doc);
    expect(duplicateTactics(doc, { ids: ['nope'], newIds: { nope: 'n' }, offset: below })).toBe(
      doc,
    );
    expect(duplicateTactics(doc, { ids: ['a'], newIds: {}, offset: below })).toBe(doc);
    // An id that is a key of Object.prototype must not find something there.
    expect(duplicateTactics(doc, { ids: ['constructor'], newIds: {}, offset: below })).toBe(doc);
    expect(duplicateTactics(doc, { ids: ['a'], newIds: { a: 'e' }, offset: below })).toBe(doc);
    const nowhere = { x: Number.NaN, y: 0 };
    expect(duplicateTactics(doc, { ids: ['a'], newIds: { a: 'a2' }, offset: nowhere })).toBe(doc);
  });
});
