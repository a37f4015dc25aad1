import { describe, expect, it } from 'vitest';
import {
  canConnect,
  connectTactics,
  reconnectConnection,
  removeConnections,
  updateConnection,
} from '../../../shared/model/commands';
import { applyUndoable, deepFreeze, sampleJourney } from './fixtures';

describe('connectTactics', () => {
  it('connects two tactics, undoably', () => {
    const next = applyUndoable(sampleJourney(), connectTactics, {
      id: 'a-c',
      source: 'a',
      target: 'c',
      label: 'retargeting',
    });
    expect(next.connections.at(-1)).toEqual({
      id: 'a-c',
      source: 'a',
      target: 'c',
      label: 'retargeting',
    });
  });

  it('leaves out a blank label', () => {
    const next = connectTactics(sampleJourney(), { id: 'x', source: 'a', target: 'c', label: ' ' });
    expect(next.connections.at(-1)).toEqual({ id: 'x', source: 'a', target: 'c' });
  });

  it('allows the reverse of an existing connection', () => {
    const next = connectTactics(sampleJourney(), { id: 'e-a', source: 'e', target: 'a' });
    expect(next.connections.map((c) => c.id)).toEqual(['a-e', 'e-c', 'e-a']);
  });

  it('ignores a self-connection, a missing end, a repeated pair and a taken id', () => {
    const doc = deepFreeze(sampleJourney());
    expect(connectTactics(doc, { id: 'x', source: 'a', target: 'a' })).toBe(doc);
    expect(connectTactics(doc, { id: 'x', source: 'a', target: 'ghost' })).toBe(doc);
    expect(connectTactics(doc, { id: 'x', source: 'ghost', target: 'a' })).toBe(doc);
    expect(connectTactics(doc, { id: 'x', source: 'a', target: 'e' })).toBe(doc);
    expect(connectTactics(doc, { id: 'a-e', source: 'a', target: 'c' })).toBe(doc);
  });
});

describe('updateConnection', () => {
  it('sets and changes a label, undoably', () => {
    const labelled = applyUndoable(sampleJourney(), updateConnection, {
      id: 'e-c',
      label: 'books',
    });
    expect(labelled.connections[1]).toEqual({
      id: 'e-c',
      source: 'e',
      target: 'c',
      label: 'books',
    });
    const changed = applyUndoable(labelled, updateConnection, { id: 'e-c', label: 'books a demo' });
    expect(changed.connections[1]?.label).toBe('books a demo');
  });

  it('removes the label when it is cleared', () => {
    for (const label of [undefined, '', '  ']) {
      const next = applyUndoable(sampleJourney(), updateConnection, { id: 'a-e', label });
      expect('label' in (next.connections[0] ?? {})).toBe(false);
    }
  });

  it('returns the same document for an unchanged label or an unknown id', () => {
    const doc = deepFreeze(sampleJourney());
    expect(updateConnection(doc, { id: 'a-e', label: 'reads more' })).toBe(doc);
    expect(updateConnection(doc, { id: 'e-c', label: undefined })).toBe(doc);
    expect(updateConnection(doc, { id: 'e-c', label: '' })).toBe(doc);
    expect(updateConnection(doc, { id: 'nope', label: 'x' })).toBe(doc);
  });
});

describe('removeConnections', () => {
  it('removes connections and leaves the tactics alone, undoably', () => {
    const doc = sampleJourney();
    const next = applyUndoable(doc, removeConnections, { ids: ['a-e', 'nope'] });
    expect(next.connections.map((c) => c.id)).toEqual(['e-c']);
    expect(next.tactics).toBe(doc.tactics);
  });

  it('returns the same document when no id matches', () => {
    const doc = deepFreeze(sampleJourney());
    expect(removeConnections(doc, { ids: ['nope'] })).toBe(doc);
    expect(removeConnections(doc, { ids: [] })).toBe(doc);
  });
});

describe('reconnectConnection', () => {
  it('moves the target end, keeping the id and label, undoably', () => {
    const doc = sampleJourney();
    const next = applyUndoable(doc, reconnectConnection, { id: 'a-e', source: 'a', target: 'c' });
    expect(next.connections).toEqual([
      { id: 'a-e', source: 'a', target: 'c', label: 'reads more' },
      { id: 'e-c', source: 'e', target: 'c' },
    ]);
    expect(next.connections[1]).toBe(doc.connections[1]);
    expect(next.tactics).toBe(doc.tactics);
  });

  it('moves the source end, or both, and may reverse a connection', () => {
    const moved = applyUndoable(sampleJourney(), reconnectConnection, {
      id: 'e-c',
      source: 'a',
      target: 'c',
    });
    expect(moved.connections[1]).toEqual({ id: 'e-c', source: 'a', target: 'c' });
    const reversed = applyUndoable(sampleJourney(), reconnectConnection, {
      id: 'e-c',
      source: 'c',
      target: 'e',
    });
    expect(reversed.connections[1]).toEqual({ id: 'e-c', source: 'c', target: 'e' });
  });

  it('refuses a self-connection, a missing end, a duplicate pair, an unknown id or no change', () => {
    const doc = deepFreeze(sampleJourney());
    expect(reconnectConnection(doc, { id: 'a-e', source: 'a', target: 'a' })).toBe(doc);
    expect(reconnectConnection(doc, { id: 'a-e', source: 'a', target: 'ghost' })).toBe(doc);
    expect(reconnectConnection(doc, { id: 'a-e', source: 'ghost', target: 'e' })).toBe(doc);
    expect(reconnectConnection(doc, { id: 'a-e', source: 'e', target: 'c' })).toBe(doc);
    expect(reconnectConnection(doc, { id: 'nope', source: 'a', target: 'c' })).toBe(doc);
    expect(reconnectConnection(doc, { id: 'a-e', source: 'a', target: 'e' })).toBe(doc);
  });
});

describe('canConnect (the rule the canvas asks while a connection is drawn)', () => {
  const ends = ['a', 'e', 'c', 'ghost'];

  it('allows exactly the connections connectTactics makes', () => {
    const doc = deepFreeze(sampleJourney());
    for (const source of ends) {
      for (const target of ends) {
        const made = connectTactics(doc, { id: 'new', source, target }) !== doc;
        expect(canConnect(doc, { source, target }), `${source} -> ${target}`).toBe(made);
      }
    }
    expect(canConnect(doc, { source: 'a', target: 'e' })).toBe(false);
    expect(canConnect(doc, { source: 'e', target: 'a' })).toBe(true);
  });

  it('leaving out the connection being dragged, allows exactly the moves reconnectConnection makes', () => {
    const doc = deepFreeze(sampleJourney());
    for (const source of ends) {
      for (const target of ends) {
        const unchanged = source === 'a' && target === 'e';
        const moved = reconnectConnection(doc, { id: 'a-e', source, target }) !== doc;
        if (!unchanged) {
          expect(canConnect(doc, { source, target, except: 'a-e' }), `${source} -> ${target}`).toBe(moved);
        }
      }
    }
    // Its own pair is not a clash with itself; another connection's pair still is.
    expect(canConnect(doc, { source: 'a', target: 'e', except: 'a-e' })).toBe(true);
    expect(canConnect(doc, { source: 'e', target: 'c', except: 'a-e' })).toBe(false);
  });
});
