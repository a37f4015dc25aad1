import { describe, expect, it } from 'vitest';
import { createEmptyJourney, renameJourney, stampSaved } from '../../../shared/model/commands';
import { applyUndoable, deepFreeze, sampleJourney } from './fixtures';

const NOW = '2025-03-04T05:06:07.000Z';

describe('createEmptyJourney', () => {
  it('makes an untitled journey with no tactics, stamped with the time given', () => {
    expect(createEmptyJourney({ id: 'j1', now: NOW })).toEqual({
      id: 'j1',
      title: 'Untitled journey',
      tactics: [],
      connections: [],
      customTactics: [],
      meta: { createdAt: NOW, updatedAt: NOW },
    });
  });

  it('takes a title (trimmed) and a Date', () => {
    const doc = createEmptyJourney({ id: 'j1', now: new Date(NOW), title: '  Acme launch ' });
    expect(doc.title).toBe('Acme launch');
    expect(doc.meta.createdAt).toBe(NOW);
  });

  it('falls back to the default title for a blank one', () => {
    expect(createEmptyJourney({ id: 'j1', now: NOW, title: '   ' }).title).toBe('Untitled journey');
  });

  it('hands out a frozen document, like every command does', () => {
    const doc = createEmptyJourney({ id: 'j1', now: NOW });
    expect(Object.isFrozen(doc)).toBe(true);
    expect(Object.isFrozen(doc.tactics)).toBe(true);
  });
});

describe('renameJourney', () => {
  it('renames, trimmed, and can be undone', () => {
    const next = applyUndoable(sampleJourney(), renameJourney, { title: '  Q3 plan  ' });
    expect(next.title).toBe('Q3 plan');
  });

  it('keeps the untouched parts of the document', () => {
    const doc = sampleJourney();
    const next = renameJourney(doc, { title: 'Q3 plan' });
    expect(next.tactics).toBe(doc.tactics);
    expect(next.connections).toBe(doc.connections);
  });

  it('ignores a blank title or the current title', () => {
    const doc = deepFreeze(sampleJourney());
    expect(renameJourney(doc, { title: '' })).toBe(doc);
    expect(renameJourney(doc, { title: '   ' })).toBe(doc);
    expect(renameJourney(doc, { title: ' Sample ' })).toBe(doc);
  });
});

describe('stampSaved', () => {
  it('sets meta.updatedAt to the save time and keeps everything else', () => {
    const doc = deepFreeze(sampleJourney());
    const saved = stampSaved(doc, { now: new Date('2026-12-05T10:00:00.000Z') });
    expect(saved.meta.updatedAt).toBe('2026-12-05T10:00:00.000Z');
    expect(saved.meta.createdAt).toBe(doc.meta.createdAt);
    expect(saved.tactics).toBe(doc.tactics);
    expect(saved.connections).toBe(doc.connections);
    expect(doc.meta.updatedAt).not.toBe('2026-12-05T10:00:00.000Z');
  });

  it('returns the same document when it already carries that time', () => {
    const doc = sampleJourney();
    expect(stampSaved(doc, { now: doc.meta.updatedAt })).toBe(doc);
  });
});
