import { describe, expect, it } from 'vitest';
import { updateCustomTactic, updateTactic } from '../../../shared/model/commands';
import { FALLBACK_ICON } from '../../../shared/model/icons';
import { getLibraryTactic } from '../../../shared/model/library';
import { CUSTOM_TACTIC_NAME, tacticAppearance } from '../../../shared/model/selectors';
import type { Journey } from '../../../shared/model/types';
import { findTactic, sampleJourney, tacticIn } from './fixtures';

function journeyWith(...tactics: Journey['tactics']): Journey {
  return { ...sampleJourney(), tactics, connections: [] };
}

describe('tacticAppearance', () => {
  it('shows a library card’s icon and name', () => {
    const doc = sampleJourney();
    expect(tacticAppearance(doc, findTactic(doc, 'a'))).toEqual({ icon: 'search', name: 'SEO' });
  });

  it('hints at the usual stage when a library card sits in another lane', () => {
    const doc = journeyWith(tacticIn('engage', 'w', 480, { kind: 'convert.webinar' }));
    expect(tacticAppearance(doc, findTactic(doc, 'w'))).toEqual({
      icon: getLibraryTactic('convert.webinar')?.icon,
      name: 'Webinar',
      usualStage: 'convert',
    });
  });

  it('uses the journey’s custom tactic, with its colour, and no stage hint', () => {
    const doc = journeyWith(tacticIn('promote', 'p', 480, { kind: 'custom.podcast' }));
    expect(tacticAppearance(doc, findTactic(doc, 'p'))).toEqual({
      icon: 'star',
      name: 'Podcast guesting',
      color: '#123456',
    });
  });

  it('falls back to the generic icon for an unknown kind or an unknown custom icon', () => {
    const doc = journeyWith(
      tacticIn('aware', 'plain', 480, { kind: 'custom' }),
      tacticIn('aware', 'future', 600, { kind: 'aware.hologram' }),
      tacticIn('aware', 'odd', 720, { kind: 'custom.podcast' }),
    );
    const generic = { icon: FALLBACK_ICON, name: CUSTOM_TACTIC_NAME };
    expect(tacticAppearance(doc, findTactic(doc, 'plain'))).toEqual(generic);
    expect(tacticAppearance(doc, findTactic(doc, 'future'))).toEqual(generic);
    const oddIcon = updateCustomTactic(doc, { id: 'custom.podcast', changes: { icon: 'banana' } });
    expect(tacticAppearance(oddIcon, findTactic(oddIcon, 'odd')).icon).toBe(FALLBACK_ICON);
  });

  it('gives an unchanged card the same object, and a fresh one after a change', () => {
    const doc = sampleJourney();
    const a = findTactic(doc, 'a');
    const first = tacticAppearance(doc, a);
    expect(tacticAppearance(doc, a)).toBe(first);
    const renamed = updateTactic(doc, { id: 'a', changes: { kind: 'aware.google-ads' } });
    expect(tacticAppearance(renamed, findTactic(renamed, 'a')).name).toBe('Google Ads');
    const recoloured = updateCustomTactic(doc, {
      id: 'custom.podcast',
      changes: { color: '#000000' },
    });
    expect(tacticAppearance(recoloured, a)).toEqual(first);
  });
});
