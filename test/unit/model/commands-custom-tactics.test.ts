import { describe, expect, it } from 'vitest';
import {
  addCustomTactic,
  removeCustomTactic,
  updateCustomTactic,
} from '../../../shared/model/commands';
import { tacticAppearance } from '../../../shared/model/selectors';
import type { CustomTacticDef } from '../../../shared/model/types';
import { applyUndoable, deepFreeze, findTactic, sampleJourney } from './fixtures';

const webinarSeries: CustomTacticDef = {
  id: 'custom.webinar-series',
  name: '  Webinar series ',
  stage: 'engage',
  icon: 'calendar',
  color: '#0a7',
};

describe('addCustomTactic', () => {
  it('adds a def to the journey’s palette with its name trimmed, undoably', () => {
    const next = applyUndoable(sampleJourney(), addCustomTactic, { def: webinarSeries });
    expect(next.customTactics.at(-1)).toEqual({ ...webinarSeries, name: 'Webinar series' });
  });

  it('keeps unknown fields and a description, and leaves a blank description out', () => {
    const withExtras = { ...webinarSeries, description: ' Monthly ', owner: 'Ana' };
    const added = addCustomTactic(sampleJourney(), { def: withExtras });
    expect(added.customTactics.at(-1)).toMatchObject({ description: 'Monthly', owner: 'Ana' });
    const blank = addCustomTactic(sampleJourney(), { def: { ...webinarSeries, description: ' ' } });
    expect('description' in (blank.customTactics.at(-1) ?? {})).toBe(false);
  });

  it('refuses a taken id, a blank name and a def a file could not hold', () => {
    const doc = deepFreeze(sampleJourney());
    const refused: CustomTacticDef[] = [
      { ...webinarSeries, id: 'custom.podcast' },
      { ...webinarSeries, name: '   ' },
      { ...webinarSeries, id: '' },
      { ...webinarSeries, icon: '' },
      { ...webinarSeries, color: 'teal' },
      { ...webinarSeries, stage: 'delight' as never },
    ];
    for (const def of refused) expect(addCustomTactic(doc, { def })).toBe(doc);
  });
});

describe('updateCustomTactic', () => {
  it('changes the def, undoably, and leaves the cards made from it alone', () => {
    const doc = sampleJourney();
    const next = applyUndoable(doc, updateCustomTactic, {
      id: 'custom.podcast',
      changes: { name: 'Podcasts', stage: 'engage', icon: 'mic', color: '#abcdef' },
    });
    expect(next.customTactics[0]).toEqual({
      id: 'custom.podcast',
      name: 'Podcasts',
      stage: 'engage',
      icon: 'mic',
      color: '#abcdef',
    });
    expect(next.tactics).toBe(doc.tactics);
  });

  it('sets and removes the description', () => {
    const described = applyUndoable(sampleJourney(), updateCustomTactic, {
      id: 'custom.podcast',
      changes: { description: 'Guest spots on niche shows' },
    });
    expect(described.customTactics[0]?.description).toBe('Guest spots on niche shows');
    const cleared = applyUndoable(described, updateCustomTactic, {
      id: 'custom.podcast',
      changes: { description: '  ' },
    });
    expect(cleared.customTactics[0]).toEqual(sampleJourney().customTactics[0]);
  });

  it('ignores changes that would leave the def unsaveable, an unknown id and no-op changes', () => {
    const doc = deepFreeze(sampleJourney());
    const id = 'custom.podcast';
    expect(updateCustomTactic(doc, { id, changes: { name: ' ' } })).toBe(doc);
    expect(updateCustomTactic(doc, { id, changes: { icon: '' } })).toBe(doc);
    expect(updateCustomTactic(doc, { id, changes: { color: 'url(#x)' } })).toBe(doc);
    expect(updateCustomTactic(doc, { id, changes: { stage: 'nope' as never } })).toBe(doc);
    expect(updateCustomTactic(doc, { id, changes: { name: 'Podcast guesting' } })).toBe(doc);
    expect(updateCustomTactic(doc, { id, changes: { description: undefined } })).toBe(doc);
    expect(updateCustomTactic(doc, { id, changes: {} })).toBe(doc);
    expect(updateCustomTactic(doc, { id: 'nope', changes: { name: 'X' } })).toBe(doc);
  });
});

describe('removeCustomTactic', () => {
  it('removes the def, undoably; its cards keep their kind and title but lose its icon', () => {
    const base = sampleJourney();
    const doc = {
      ...base,
      tactics: base.tactics.map((t) => (t.id === 'c' ? { ...t, kind: 'custom.podcast' } : t)),
    };
    const next = applyUndoable(doc, removeCustomTactic, { id: 'custom.podcast' });
    expect(next.customTactics).toEqual([]);
    expect(next.tactics).toBe(doc.tactics);
    const card = findTactic(next, 'c');
    expect(card).toMatchObject({ kind: 'custom.podcast', title: 'Demo' });
    expect(tacticAppearance(doc, card).icon).toBe('star');
    expect(tacticAppearance(next, card).icon).toBe('circle-dot');
  });

  it('returns the same document for an unknown id', () => {
    const doc = deepFreeze(sampleJourney());
    expect(removeCustomTactic(doc, { id: 'custom.nope' })).toBe(doc);
  });
});
