import { describe, expect, it } from 'vitest';
import {
  copyTactics,
  createEmptyJourney,
  newIdsFor,
  pasteTactics,
  serializeClipboard,
  type ClipboardPayload,
} from '../../../shared/model/commands';
import { parseClipboard } from '../../../shared/model/commands/clipboardSchema';
import {
  GRID_SIZE,
  LANE_HEADER_HEIGHT,
  LANE_PADDING,
  laneLeft,
  stageOfCard,
} from '../../../shared/model/layout';
import type { Journey } from '../../../shared/model/types';
import { applyUndoable, counterIds, deepFreeze, findTactic, sampleJourney } from './fixtures';

const TOP = Math.ceil((LANE_HEADER_HEIGHT + LANE_PADDING) / GRID_SIZE) * GRID_SIZE;

function withCustomCard(): Journey {
  const doc = sampleJourney();
  return {
    ...doc,
    tactics: doc.tactics.map((t) => (t.id === 'c' ? { ...t, kind: 'custom.podcast' } : t)),
  };
}

/** What Paste receives after a trip through the system clipboard. */
function clipboard(doc: Journey, ids: string[]): ClipboardPayload {
  const payload = parseClipboard(serializeClipboard(copyTactics(doc, ids)));
  if (!payload) throw new Error('our own payload did not parse');
  return payload;
}

const ALL = ['a', 'e', 'c'];

describe('pasteTactics', () => {
  it('adds copies just below the originals, with new ids and their connections, undoably', () => {
    const doc = sampleJourney();
    const payload = clipboard(doc, ['a', 'e']);
    const newIds = newIdsFor(payload, counterIds());
    const next = applyUndoable(doc, pasteTactics, { payload, newIds });
    const a2 = findTactic(next, newIds.a as string);
    expect(a2).toMatchObject({ stage: 'aware', kind: 'aware.seo', title: 'SEO', owner: 'Sam' });
    expect(a2.position).toEqual({ x: findTactic(doc, 'a').position.x, y: 480 + 4 * GRID_SIZE });
    expect(next.connections.at(-1)).toEqual({
      id: newIds['a-e'],
      source: newIds.a,
      target: newIds.e,
      label: 'reads more',
    });
    expect(next.customTactics).toBe(doc.customTactics);
  });

  it('puts the group’s top-left at the anchor, keeping its layout and re-staging each card', () => {
    const payload = clipboard(sampleJourney(), ALL);
    const newIds = newIdsFor(payload, counterIds());
    const anchor = { x: laneLeft('excite') + LANE_PADDING, y: 720 };
    const next = pasteTactics(createEmptyJourney({ id: 'j2', now: '2025-01-01T00:00:00Z' }), {
      payload,
      newIds,
      anchor,
    });
    const [a, e, c] = ALL.map((id) => findTactic(next, newIds[id] as string));
    expect(a).toMatchObject({ stage: 'excite', position: anchor });
    expect(e).toMatchObject({ stage: 'ascend', position: { y: 720 } });
    // Three lanes right of the aware card and 120 lower, as in the original.
    expect(c).toMatchObject({ stage: 'promote', position: { y: 840 } });
    for (const t of next.tactics) expect(stageOfCard(t.position)).toBe(t.stage);
  });

  it('keeps the group whole at the canvas edges: the last lane and the header', () => {
    const payload = clipboard(sampleJourney(), ALL);
    const newIds = newIdsFor(payload, counterIds());
    const next = pasteTactics(sampleJourney(), {
      payload,
      newIds,
      anchor: { x: laneLeft('promote') + 100, y: 0 },
    });
    const [a, e, c] = ALL.map((id) => findTactic(next, newIds[id] as string));
    expect([a?.stage, e?.stage, c?.stage]).toEqual(['excite', 'ascend', 'promote']);
    expect([a?.position.y, c?.position.y]).toEqual([TOP, TOP + 120]);
  });

  it('brings the custom tactic defs the journey lacks, and keeps the ones it has', () => {
    const source = withCustomCard();
    const payload = clipboard(source, ['c']);
    const newIds = newIdsFor(payload, counterIds());
    const empty = createEmptyJourney({ id: 'j2', now: '2025-01-01T00:00:00Z' });
    const elsewhere = applyUndoable(empty, pasteTactics, { payload, newIds });
    expect(elsewhere.customTactics).toEqual(source.customTactics);

    const renamed: Journey = {
      ...source,
      customTactics: source.customTactics.map((def) => ({ ...def, name: 'Podcasts' })),
    };
    const here = pasteTactics(renamed, { payload, newIds });
    expect(here.customTactics).toBe(renamed.customTactics);

    // A blank name passes the clipboard's shape check but would not make a palette entry.
    const blank = {
      ...payload,
      customTactics: payload.customTactics.map((d) => ({ ...d, name: ' ' })),
    };
    const pasted = pasteTactics(empty, { payload: blank, newIds });
    expect(pasted.tactics).toHaveLength(1);
    expect(pasted.customTactics).toEqual([]);
  });

  it('keeps unknown fields of pasted cards and connections', () => {
    const doc = sampleJourney();
    const payload = clipboard(doc, ['a', 'e']);
    const tagged = {
      ...payload,
      tactics: payload.tactics.map((t) => ({ ...t, tags: ['q3'] })),
      connections: payload.connections.map((c) => ({ ...c, weight: 2 })),
    };
    const newIds = newIdsFor(tagged, counterIds());
    const next = pasteTactics(doc, { payload: tagged, newIds });
    expect(findTactic(next, newIds.a as string)).toMatchObject({ tags: ['q3'] });
    expect(next.connections.at(-1)).toMatchObject({ weight: 2 });
  });

  it('skips items without a usable new id, and returns the same document when nothing pastes', () => {
    const doc = deepFreeze(sampleJourney());
    const payload = clipboard(doc, ALL);
    const partial = pasteTactics(doc, { payload, newIds: { a: 'a2', e: 'a', 'a-e': 'x' } });
    expect(partial.tactics.map((t) => t.id)).toEqual(['a', 'e', 'c', 'a2']);
    expect(partial.connections).toBe(doc.connections);

    expect(pasteTactics(doc, { payload, newIds: {} })).toBe(doc);
    expect(pasteTactics(doc, { payload, newIds: { a: 'e', e: 'c', c: 'a' } })).toBe(doc);
    const empty = copyTactics(doc, []);
    expect(pasteTactics(doc, { payload: empty, newIds: {}, anchor: { x: 0, y: 0 } })).toBe(doc);
    const newIds = newIdsFor(payload, counterIds());
    expect(pasteTactics(doc, { payload, newIds, anchor: { x: Infinity, y: 0 } })).toBe(doc);
  });
});
