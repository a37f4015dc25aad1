import { describe, expect, it } from 'vitest';
import { createNodeMapper } from '../../../renderer/src/canvas/flowMapping';
import { syntheticJourney } from '../../../scripts/bench/generate';
import type { Journey, Point } from '../../../shared/model/types';

const NONE: ReadonlySet<string> = new Set();

function renamed(doc: Journey, index: number, title: string): Journey {
  return { ...doc, tactics: doc.tactics.map((t, i) => (i === index ? { ...t, title } : t)) };
}

describe('React Flow nodes from the document (createNodeMapper)', () => {
  const doc = syntheticJourney(1_000);

  it('gives back the very same array while nothing changes', () => {
    const toNodes = createNodeMapper();
    const first = toNodes(doc, doc.tactics, NONE, {});
    expect(first).toHaveLength(1_000);
    expect(toNodes(doc, doc.tactics, NONE, {})).toBe(first);
  });

  it('a drag frame rebuilds only the dragged card, at its drag position', () => {
    const toNodes = createNodeMapper();
    const before = toNodes(doc, doc.tactics, NONE, {});
    const id = doc.tactics[10]!.id;
    const at: Point = { x: 999, y: 777 };
    const during = toNodes(doc, doc.tactics, NONE, { [id]: at });
    expect(during).not.toBe(before);
    expect(during[10]!.position).toEqual(at);
    const changed = during.filter((node, i) => node !== before[i]);
    expect(changed.map((n) => n.id)).toEqual([id]);

    // The next frame moves it again; then the drag ends and it is back at the tactic's place.
    const next = toNodes(doc, doc.tactics, NONE, { [id]: { x: 1000, y: 780 } });
    expect(next[10]!.position).toEqual({ x: 1000, y: 780 });
    const after = toNodes(doc, doc.tactics, NONE, {});
    expect(after[10]!.position).toEqual(doc.tactics[10]!.position);
    expect(after.filter((node, i) => node !== before[i]).map((n) => n.id)).toEqual([id]);
  });

  it('several dragged cards, then one of them dropped from the drag, are all right', () => {
    const toNodes = createNodeMapper();
    toNodes(doc, doc.tactics, NONE, {});
    const [a, b] = [doc.tactics[1]!.id, doc.tactics[2]!.id];
    toNodes(doc, doc.tactics, NONE, { [a]: { x: 1, y: 1 }, [b]: { x: 2, y: 2 } });
    const nodes = toNodes(doc, doc.tactics, NONE, { [a]: { x: 3, y: 3 } });
    expect(nodes[1]!.position).toEqual({ x: 3, y: 3 });
    expect(nodes[2]!.position).toEqual(doc.tactics[2]!.position);
  });

  it('ignores a drag position for a card that is not in the document', () => {
    const toNodes = createNodeMapper();
    const before = toNodes(doc, doc.tactics, NONE, {});
    expect(toNodes(doc, doc.tactics, NONE, { nope: { x: 1, y: 1 } })).toBe(before);
  });

  it('an edit or a selection rebuilds only the cards it touches', () => {
    const toNodes = createNodeMapper();
    const before = toNodes(doc, doc.tactics, NONE, {});
    const renamedDoc = renamed(doc, 5, 'Renamed');
    const edited = toNodes(renamedDoc, renamedDoc.tactics, NONE, {});
    expect(edited[5]!.data.tactic.title).toBe('Renamed');
    expect(edited[5]!.ariaLabel).toMatch(/^Renamed, /);
    expect(edited.filter((node, i) => node !== before[i])).toHaveLength(1);

    const selected = toNodes(renamedDoc, renamedDoc.tactics, new Set([doc.tactics[7]!.id]), {});
    expect(selected[7]!.selected).toBe(true);
    expect(selected.filter((node, i) => node !== edited[i]).map((n) => n.id)).toEqual([doc.tactics[7]!.id]);
  });

  it('a removed card leaves, and the others keep their node objects', () => {
    const toNodes = createNodeMapper();
    const before = toNodes(doc, doc.tactics, NONE, {});
    const shorter = { ...doc, tactics: doc.tactics.slice(1) };
    const removed = toNodes(shorter, shorter.tactics, NONE, {});
    expect(removed).toHaveLength(999);
    expect(removed.every((node, i) => node === before[i + 1])).toBe(true);
  });
});
