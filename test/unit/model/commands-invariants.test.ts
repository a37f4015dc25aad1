import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCustomTactic,
  addTactic,
  alignTactics,
  connectTactics,
  copyTactics,
  distributeTactics,
  duplicateTactics,
  moveTactics,
  newIdsFor,
  nudgeTactics,
  pasteTactics,
  reconnectConnection,
  removeConnections,
  removeCustomTactic,
  removeTactics,
  serializeClipboard,
  updateConnection,
  updateCustomTactic,
  updateTactic,
  updateTactics,
} from '../../../shared/model/commands';
import { parseClipboard } from '../../../shared/model/commands/clipboardSchema';
import { GRID_SIZE, LANE_WIDTH, placeCard, stageOfCard } from '../../../shared/model/layout';
import { createStarterJourney } from '../../../shared/model/starter';
import type { Journey } from '../../../shared/model/types';
import { STAGE_IDS } from '../../../shared/model/types';
import { deepFreeze } from './fixtures';

// Small id pools so random commands often hit existing tactics, duplicates and self-loops.
const TACTIC_IDS = ['t1', 't2', 't3', 't4', 'j-aware', 'j-convert', 'j-promote'];
const CONNECTION_IDS = ['c1', 'c2', 'c3', 'j-aware-engage', 'j-ascend-advocate'];
const CUSTOM_IDS = ['custom.a', 'custom.b'];
const tacticId = fc.constantFrom(...TACTIC_IDS);
const tacticIds = fc.array(tacticId, { maxLength: 4 });
const connectionId = fc.constantFrom(...CONNECTION_IDS);
const customId = fc.constantFrom(...CUSTOM_IDS);
const point = fc.record({
  x: fc.integer({ min: -500, max: 3800 }),
  y: fc.integer({ min: -200, max: 2000 }),
});
/** Old id -> new id, drawn from the pools too, so copies often collide with what exists. */
const idMap = (pool: string[]) =>
  fc
    .array(fc.tuple(fc.constantFrom(...pool), fc.constantFrom(...pool)), { maxLength: 6 })
    .map((pairs) => Object.fromEntries(pairs));
const colour = fc.constantFrom('#123456', '#abc', 'teal');

type Step = (doc: Journey) => Journey;

/** Fresh ids for pastes; unique across a run, as `createId` would make them. */
let fresh = 0;
const createId = (prefix: string) => `${prefix}-fresh-${++fresh}`;

const editSteps: fc.Arbitrary<Step>[] = [
  fc
    .record({
      id: tacticId,
      kind: fc.constantFrom('aware.seo', 'convert.demo', 'custom', ...CUSTOM_IDS),
      position: point,
      stage: fc.option(fc.constantFrom(...STAGE_IDS), { nil: undefined }),
    })
    .map((args) => (doc: Journey) => addTactic(doc, args)),
  fc
    .array(fc.record({ id: tacticId, position: point }), { maxLength: 4 })
    .map((moves) => (doc: Journey) => moveTactics(doc, { moves })),
  fc
    .record({ id: tacticId, title: fc.string(), cost: fc.option(fc.nat(), { nil: undefined }) })
    .map(
      ({ id, title, cost }) =>
        (doc: Journey) =>
          updateTactic(doc, { id, changes: { title, cost } }),
    ),
  fc
    .record({
      ids: tacticIds,
      status: fc.option(fc.constantFrom('idea', 'live'), { nil: undefined }),
      kind: fc.option(customId, { nil: undefined }),
    })
    .map(
      ({ ids, status, kind }) =>
        (doc: Journey) =>
          updateTactics(doc, { ids, changes: { status, kind } }),
    ),
  fc.array(tacticId, { maxLength: 2 }).map((ids) => (doc: Journey) => removeTactics(doc, { ids })),
  fc
    .record({ id: connectionId, source: tacticId, target: tacticId })
    .map((args) => (doc: Journey) => connectTactics(doc, args)),
  fc
    .record({ id: connectionId, label: fc.option(fc.string(), { nil: undefined }) })
    .map((args) => (doc: Journey) => updateConnection(doc, args)),
  fc
    .array(connectionId, { maxLength: 2 })
    .map((ids) => (doc: Journey) => removeConnections(doc, { ids })),
  fc
    .record({ id: connectionId, source: tacticId, target: tacticId })
    .map((args) => (doc: Journey) => reconnectConnection(doc, args)),
];

const layoutSteps: fc.Arbitrary<Step>[] = [
  fc
    .record({
      ids: tacticIds,
      dx: fc.oneof(
        fc.constantFrom(-LANE_WIDTH, 0, LANE_WIDTH),
        fc.integer({ min: -700, max: 700 }),
      ),
      dy: fc.oneof(fc.constantFrom(-GRID_SIZE, 0, GRID_SIZE), fc.integer({ min: -900, max: 900 })),
    })
    .map((args) => (doc: Journey) => nudgeTactics(doc, args)),
  fc
    .record({ ids: tacticIds, edge: fc.constantFrom('top', 'middle', 'bottom') })
    .map((args) => (doc: Journey) => alignTactics(doc, args)),
  tacticIds.map((ids) => (doc: Journey) => distributeTactics(doc, { ids })),
];

const copySteps: fc.Arbitrary<Step>[] = [
  fc
    .record({
      ids: tacticIds,
      newIds: idMap(TACTIC_IDS),
      newConnectionIds: idMap(CONNECTION_IDS),
      offset: point,
    })
    .map((args) => (doc: Journey) => duplicateTactics(doc, args)),
  fc
    .record({
      ids: tacticIds,
      anchor: fc.option(point, { nil: undefined }),
      collide: fc.option(idMap([...TACTIC_IDS, ...CONNECTION_IDS]), { nil: undefined }),
    })
    .map(({ ids, anchor, collide }) => (doc: Journey) => {
      // Through the text clipboard, as a real copy and paste goes.
      const payload = parseClipboard(serializeClipboard(copyTactics(doc, ids)));
      expect(payload).not.toBeNull();
      if (!payload) return doc;
      const newIds = collide ?? newIdsFor(payload, createId);
      return pasteTactics(doc, { payload, newIds, ...(anchor ? { anchor } : {}) });
    }),
];

const customSteps: fc.Arbitrary<Step>[] = [
  fc
    .record({
      id: customId,
      name: fc.constantFrom('Podcast', '  ', ' Meetup '),
      stage: fc.constantFrom(...STAGE_IDS),
      color: colour,
    })
    .map((def) => (doc: Journey) => addCustomTactic(doc, { def: { ...def, icon: 'star' } })),
  fc.record({ id: customId, name: fc.string(), color: colour }).map(
    ({ id, ...changes }) =>
      (doc: Journey) =>
        updateCustomTactic(doc, { id, changes }),
  ),
  customId.map((id) => (doc: Journey) => removeCustomTactic(doc, { id })),
];

const step = fc.oneof(...editSteps, ...layoutSteps, ...copySteps, ...customSteps);

function expectValid(doc: Journey): void {
  const tacticIds = new Set(doc.tactics.map((t) => t.id));
  expect(tacticIds.size).toBe(doc.tactics.length);
  for (const tactic of doc.tactics) {
    expect(stageOfCard(tactic.position)).toBe(tactic.stage);
    expect(placeCard(tactic.position, tactic.stage)).toEqual(tactic.position);
  }
  const pairs = new Set(doc.connections.map((c) => `${c.source}->${c.target}`));
  expect(pairs.size).toBe(doc.connections.length);
  expect(new Set(doc.connections.map((c) => c.id)).size).toBe(doc.connections.length);
  for (const connection of doc.connections) {
    expect(tacticIds.has(connection.source)).toBe(true);
    expect(tacticIds.has(connection.target)).toBe(true);
    expect(connection.source).not.toBe(connection.target);
  }
  expect(new Set(doc.customTactics.map((c) => c.id)).size).toBe(doc.customTactics.length);
  for (const custom of doc.customTactics) {
    expect(custom.name.trim()).not.toBe('');
    expect(custom.color).toMatch(/^#[0-9a-f]{3}(?:[0-9a-f]{3})?$/i);
  }
}

describe('any sequence of commands', () => {
  it('keeps the journey valid, never mutates a document and never touches meta', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        let doc = createStarterJourney({ id: 'j', now: '2025-01-01T00:00:00.000Z' });
        for (const apply of steps) {
          const before = structuredClone(doc);
          const next = apply(deepFreeze(doc));
          expect(doc).toEqual(before);
          expect(next.meta).toEqual(before.meta);
          expectValid(next);
          doc = next;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('can be undone step by step back to the starting document', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        const start = createStarterJourney({ id: 'j', now: '2025-01-01T00:00:00.000Z' });
        const original = structuredClone(start);
        // The history the store keeps: every document, and a copy of it taken at the time.
        const history = [start];
        const snapshots = [original];
        for (const apply of steps) {
          const current = history.at(-1) as Journey;
          const next = apply(current);
          if (next === current) continue;
          history.push(next);
          snapshots.push(structuredClone(next));
        }
        // Undo all: each document the history hands back is exactly what it was.
        while (history.length > 1) {
          expect(history.pop()).toEqual(snapshots.pop());
        }
        expect(history[0]).toBe(start);
        expect(start).toEqual(original);
      }),
      { numRuns: 200 },
    );
  });
});
