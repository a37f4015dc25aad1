import { describe, expect, it } from 'vitest';
import { TACTIC_LIBRARY } from '../../../shared/model/library';
import { searchLibrary } from '../../../shared/model/selectors';
import type { CustomTacticDef } from '../../../shared/model/types';

const customs: CustomTacticDef[] = [
  { id: 'custom.cafe', name: 'Café meetup', stage: 'engage', icon: 'coffee', color: '#654321' },
  {
    id: 'custom.podcast',
    name: 'Podcast guesting',
    stage: 'aware',
    icon: 'star',
    color: '#123456',
    description: 'Appear as a guest on shows your buyers follow',
  },
];

function kinds(query: string, custom: CustomTacticDef[] = []): string[] {
  return searchLibrary(query, custom).map((result) => result.kind);
}

describe('searchLibrary', () => {
  it('lists the whole library in order, then the custom tactics, for an empty query', () => {
    const all = [...TACTIC_LIBRARY.map((t) => t.id), 'custom.cafe', 'custom.podcast'];
    expect(kinds('', customs)).toEqual(all);
    expect(kinds('  ', customs)).toEqual(all);
    expect(searchLibrary('')).toHaveLength(TACTIC_LIBRARY.length);
  });

  it('describes each result the way the palette shows it', () => {
    expect(searchLibrary('tripwire')[0]).toEqual({
      kind: 'convert.tripwire',
      stage: 'convert',
      name: 'Tripwire offer',
      description: 'A low-cost item with high perceived value that turns leads into buyers.',
      icon: 'tag',
      custom: false,
    });
    expect(searchLibrary('cafe', customs)).toEqual([
      {
        kind: 'custom.cafe',
        stage: 'engage',
        name: 'Café meetup',
        description: '',
        icon: 'coffee',
        color: '#654321',
        custom: true,
      },
    ]);
  });

  it('ignores case, accents and punctuation', () => {
    expect(kinds('CAFÉ', customs)).toEqual(['custom.cafe']);
    expect(kinds('cafe', customs)).toEqual(['custom.cafe']);
    expect(kinds('pérsonalised')).toEqual(['excite.thank-you-note']);
    expect(kinds('pay per click')).toEqual(kinds('Pay-per-click'));
    expect(kinds('pay per click')).toContain('aware.pay-per-click');
  });

  it('needs every word, each starting a word of the name or the description', () => {
    expect(kinds('free trial')).toEqual(['convert.free-trial']);
    expect(kinds('test')).not.toContain('aware.social-contest');
    expect(kinds('test')).toContain('advocate.testimonial');
    expect(kinds('guest shows', customs)).toEqual(['custom.podcast']);
    expect(kinds('zzz')).toEqual([]);
  });

  it('ranks names starting with the query, then name matches, then description matches', () => {
    const webinar = kinds('webinar');
    expect(webinar[0]).toBe('convert.webinar');
    expect(webinar).toContain('subscribe.lead-magnet');
    expect(webinar.indexOf('subscribe.lead-magnet')).toBeGreaterThan(0);

    // "Email list sign-up" starts with it, "Problem-solving email workflow" names it, "Contact
    // options on every page" only mentions email in its description.
    expect(kinds('email').slice(0, 3)).toEqual([
      'subscribe.email-sign-up',
      'excite.email-workflow',
      'engage.contact-options',
    ]);
    expect(kinds('ads')).toEqual([
      'aware.social-media-ads',
      'aware.pay-per-click',
      'aware.google-ads',
    ]);

    // "Social media marketing" starts with "social m"; "Social media ads" too; library order.
    expect(kinds('social m').slice(0, 2)).toEqual([
      'aware.social-media-marketing',
      'aware.social-media-ads',
    ]);
    const review = kinds('review');
    expect(review[0]).toBe('advocate.review-sites');
  });
});
