import { expect } from 'vitest';
import {
  CARD_WIDTH,
  LANE_PADDING,
  LANE_WIDTH,
  laneLeft,
  placeCard,
} from '../../../shared/model/layout';
import type { Point } from '../../../shared/model/types';
import type { Connection, Journey, StageId, Tactic } from '../../../shared/model/types';

/** A drop point that puts a card in the middle of a lane, whatever the lane geometry is. */
export function centredIn(stage: StageId, y: number): Point {
  return { x: laneLeft(stage) + (LANE_WIDTH - CARD_WIDTH) / 2, y };
}

/** A card at the left of its lane, `y` as given (snapped): positions a real drop could give. */
export function tacticIn(stage: StageId, id: string, y = 480, extra: Partial<Tactic> = {}): Tactic {
  return {
    id,
    stage,
    kind: 'custom',
    title: `Tactic ${id}`,
    notes: '',
    position: placeCard({ x: laneLeft(stage) + LANE_PADDING, y }, stage),
    ...extra,
  };
}

/**
 * Three tactics (aware, engage, convert) and two connections, built by hand rather than with
 * the commands under test.
 */
export function sampleJourney(): Journey {
  const tactics = [
    tacticIn('aware', 'a', 480, { kind: 'aware.seo', title: 'SEO', owner: 'Sam', cost: 500 }),
    tacticIn('engage', 'e', 480, { kind: 'engage.blog-posts', title: 'Blog posts' }),
    tacticIn('convert', 'c', 600, { kind: 'convert.demo', title: 'Demo', status: 'planned' }),
  ];
  const connections: Connection[] = [
    { id: 'a-e', source: 'a', target: 'e', label: 'reads more' },
    { id: 'e-c', source: 'e', target: 'c' },
  ];
  return {
    id: 'journey-1',
    title: 'Sample',
    tactics,
    connections,
    customTactics: [
      {
        id: 'custom.podcast',
        name: 'Podcast guesting',
        stage: 'aware',
        icon: 'star',
        color: '#123456',
      },
    ],
    meta: { createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-02T00:00:00.000Z' },
  };
}

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * Applies a command the way the store does and checks it can be undone: the input is frozen (an
 * in-place write would throw), the previous document the history keeps is still exactly what it
 * was, redoing gives the same result, and `meta` is left alone. Returns the new document.
 */
export function applyUndoable<A>(
  doc: Journey,
  command: (doc: Journey, args: A) => Journey,
  args: A,
): Journey {
  const snapshot = structuredClone(doc);
  const previous = deepFreeze(doc);

  const next = command(previous, args);
  expect(next, 'the command should change the document').not.toBe(previous);
  expect(next).not.toEqual(snapshot);
  expect(next.meta).toBe(previous.meta);

  // Undo puts back the document the history kept; it must still be the one we started from.
  const undone = previous;
  expect(undone).toEqual(snapshot);
  expect(command(undone, args), 'redo gives the same document').toEqual(next);
  return next;
}

export function findTactic(doc: Journey, id: string): Tactic {
  const found = doc.tactics.find((t) => t.id === id);
  if (!found) throw new Error(`no tactic ${id}`);
  return found;
}

/** A deterministic stand-in for `createId`: p_1, p_2, … per call. */
export function counterIds(): (prefix: string) => string {
  let count = 0;
  return (prefix) => `${prefix}_${++count}`;
}
