import { describe, expect, it } from 'vitest';
import { ICONS } from '../../../shared/model/icons';
import { getLibraryTactic, libraryByStage, TACTIC_LIBRARY } from '../../../shared/model/library';
import type { StageId } from '../../../shared/model/types';
import { STAGE_IDS } from '../../../shared/model/types';

/**
 * One keyword per strategy the CVJ source material names (summarised in docs/domain.md),
 * matched against the names in that stage.
 */
const DOMAIN_TACTICS: Record<StageId, string[]> = {
  aware: [
    'social media marketing',
    'social media ad',
    'contest',
    'seo',
    'pay-per-click',
    'google ads',
    'affiliate',
    'blogging',
    'influencer',
    'hashtag',
    'referral',
  ],
  engage: [
    'website',
    'blog post',
    'infographic',
    'video',
    'landing page',
    'interactive',
    'live chat',
    'contact',
    'case stud',
  ],
  subscribe: [
    'lead magnet',
    'call-to-action',
    'form',
    'chatbot',
    'email list',
    'blog subscription',
    'newsletter',
    'event',
  ],
  convert: [
    'tripwire',
    'free trial',
    'shipping',
    'coupon',
    'premium',
    'webinar',
    'lunch and learn',
    'demo',
    'tour',
    'sales meeting',
    'consultation',
  ],
  excite: ['gift', 'custom video', 'email', 'thank-you', 'onboarding'],
  ascend: [
    'core offer',
    'upsell',
    'cross-sell',
    'customisation',
    'nurturing',
    're-engagement',
    'repeat purchase',
  ],
  advocate: [
    'testimonial',
    'case study',
    'review',
    'showcase',
    'blogging about customers',
    'survey',
    'reward',
  ],
  promote: ['referral program', 'friends-and-family', 'affiliate program', 'hashtag'],
};

const STARTER_KINDS = [
  'aware.blogging',
  'engage.blog-posts',
  'subscribe.lead-magnet',
  'convert.tripwire',
  'excite.onboarding',
  'ascend.core-offer',
  'advocate.testimonial',
  'promote.referral-program',
];

describe('tactic library', () => {
  it.each(STAGE_IDS)('has every strategy the source material names under %s', (stage) => {
    const names = libraryByStage(stage).map((tactic) => tactic.name.toLowerCase());
    for (const keyword of DOMAIN_TACTICS[stage]) {
      expect(
        names.some((name) => name.includes(keyword)),
        `${stage}: ${keyword}`,
      ).toBe(true);
    }
    expect(names.length).toBeGreaterThanOrEqual(DOMAIN_TACTICS[stage].length);
  });

  it('keeps the ids other code relies on, under the right stage', () => {
    for (const id of STARTER_KINDS) {
      expect(getLibraryTactic(id)?.stage, id).toBe(id.split('.')[0]);
    }
  });

  it('gives every tactic a unique `<stage>.<kebab-slug>` id', () => {
    const ids = TACTIC_LIBRARY.map((tactic) => tactic.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const tactic of TACTIC_LIBRARY) {
      expect(tactic.id).toMatch(new RegExp(`^${tactic.stage}\\.[a-z0-9]+(-[a-z0-9]+)*$`));
    }
  });

  it('gives every tactic a name, a one-sentence description and a registered icon', () => {
    for (const tactic of TACTIC_LIBRARY) {
      expect(tactic.name.trim(), tactic.id).not.toBe('');
      expect(tactic.description, tactic.id).toMatch(/^[A-Z].*[.]$/);
      expect(Object.hasOwn(ICONS, tactic.icon), `${tactic.id}: ${tactic.icon}`).toBe(true);
    }
  });

  it('lists tactics in stage order and splits them by stage without losing any', () => {
    const byStage = STAGE_IDS.flatMap((stage) => libraryByStage(stage));
    expect(byStage).toEqual(TACTIC_LIBRARY);
    for (const stage of STAGE_IDS) {
      expect(libraryByStage(stage).every((tactic) => tactic.stage === stage)).toBe(true);
    }
  });

  it('finds tactics by id and returns undefined for anything else', () => {
    expect(getLibraryTactic('convert.tripwire')?.name).toBe('Tripwire offer');
    expect(getLibraryTactic('custom.podcast')).toBeUndefined();
    expect(getLibraryTactic('')).toBeUndefined();
  });

  it('cannot be edited at run time', () => {
    expect(Object.isFrozen(TACTIC_LIBRARY)).toBe(true);
    expect(TACTIC_LIBRARY.every((tactic) => Object.isFrozen(tactic))).toBe(true);
  });
});
