import { placeCard } from '../../../shared/model/layout';
import type { Connection, Journey, StageId, Tactic } from '../../../shared/model/types';
import { STAGE_IDS } from '../../../shared/model/types';
import { laneLeft } from '../../../shared/model/layout';

/**
 * Journeys built for the export tests. `eightStageJourney` is also saved as
 * test/fixtures/export/eight-stages.cvj (see export-fixtures.test.ts): every stage, every badge,
 * a custom tactic, a card outside its usual stage, long and hostile-looking titles, and
 * connections of every kind (neighbour, skip, long skip, backward, the Promote → Aware loop,
 * same stage).
 */

const ROW = 132;
const TOP = placeCard({ x: 0, y: 0 }).y;

function at(stage: StageId, row: number) {
  return placeCard({ x: laneLeft(stage) + 20, y: TOP + row * ROW }, stage);
}

type Spec = Omit<Tactic, 'position' | 'notes'> & { row: number; notes?: string };

function tactic(spec: Spec): Tactic {
  const { row, notes = '', ...rest } = spec;
  return { ...rest, notes, position: at(spec.stage, row) };
}

export function eightStageJourney(): Journey {
  const tactics: Tactic[] = [
    tactic({
      id: 't_seo',
      stage: 'aware',
      kind: 'aware.seo',
      title: 'SEO for "best espresso beans"',
      row: 0,
      status: 'live',
      owner: 'Maya',
      notes: 'Target 20 long-tail keywords.',
    }),
    tactic({
      id: 't_ads',
      stage: 'aware',
      kind: 'aware.social-media-ads',
      title: 'Instagram & TikTok ads <for> cafés',
      row: 1,
      status: 'planned',
      owner: 'Maximilian Featherstonehaugh',
    }),
    tactic({
      id: 't_influencer',
      stage: 'aware',
      kind: 'aware.influencer-ads',
      title: 'Barista influencers',
      row: 2,
      status: 'idea',
    }),
    tactic({
      id: 't_blog',
      stage: 'engage',
      kind: 'engage.blog-posts',
      title: 'Brewing guides, one per bean origin, with photos and tasting notes from the roastery',
      row: 0,
      status: 'live',
      owner: 'Jon',
      notes: 'Weekly',
    }),
    tactic({ id: 't_chat', stage: 'engage', kind: 'engage.live-chat', title: 'Live chat', row: 1 }),
    tactic({
      id: 't_magnet',
      stage: 'subscribe',
      kind: 'subscribe.lead-magnet',
      title: 'Free brewing checklist',
      row: 0,
      status: 'live',
      notes: 'PDF, 2 pages.',
    }),
    tactic({
      id: 't_quiz',
      stage: 'subscribe',
      kind: 'engage.interactive-content',
      title: 'Which roast are you? quiz',
      row: 1,
      status: 'paused',
    }),
    tactic({
      id: 't_tripwire',
      stage: 'convert',
      kind: 'convert.tripwire',
      title: 'Sample pack for $5',
      row: 0,
      status: 'live',
      owner: 'Priya',
    }),
    tactic({
      id: 't_flight',
      stage: 'convert',
      kind: 'custom.tasting-flight',
      title: 'In-store tasting flight',
      row: 1,
      status: 'idea',
      owner: 'Priya',
      notes: 'Saturdays only.',
    }),
    tactic({
      id: 't_onboard',
      stage: 'excite',
      kind: 'excite.onboarding',
      title: 'Welcome email series',
      row: 0,
      status: 'planned',
    }),
    tactic({
      id: 't_gift',
      stage: 'excite',
      kind: 'excite.gift-by-mail',
      title: 'Handwritten note + grinder-cleaning kit',
      row: 1,
    }),
    tactic({
      id: 't_core',
      stage: 'ascend',
      kind: 'ascend.core-offer',
      title: 'Monthly subscription',
      row: 0,
      status: 'live',
      owner: 'Priya',
      notes: 'Core offer: profit starts here.',
    }),
    tactic({
      id: 't_upsell',
      stage: 'ascend',
      kind: 'ascend.upsell',
      title: 'Grinder upgrade',
      row: 1,
      status: 'paused',
    }),
    tactic({
      id: 't_reviews',
      stage: 'advocate',
      kind: 'advocate.review-sites',
      title: 'Google reviews',
      row: 0,
      status: 'live',
      owner: 'Maya',
    }),
    tactic({
      id: 't_survey',
      stage: 'advocate',
      kind: 'advocate.satisfaction-survey',
      title: 'Two-question NPS survey',
      row: 1,
    }),
    tactic({
      id: 't_referral',
      stage: 'promote',
      kind: 'promote.referral-program',
      title: 'Give $10, get $10',
      row: 0,
      status: 'planned',
      owner: 'Maya',
    }),
    tactic({
      id: 't_hashtag',
      stage: 'promote',
      kind: 'promote.branded-hashtag',
      title: '#MyAcmeMorning',
      row: 1,
      status: 'live',
      notes: 'Repost the best each Friday.',
    }),
  ];
  const c = (id: string, source: string, target: string, label?: string): Connection =>
    label === undefined ? { id, source, target } : { id, source, target, label };
  const connections: Connection[] = [
    c('c_seo_blog', 't_seo', 't_blog', 'organic'),
    c('c_ads_blog', 't_ads', 't_blog'),
    c('c_influencer_chat', 't_influencer', 't_chat'),
    c('c_blog_magnet', 't_blog', 't_magnet', 'opt-in'),
    c('c_chat_quiz', 't_chat', 't_quiz'),
    c('c_magnet_tripwire', 't_magnet', 't_tripwire', 'email 3'),
    c('c_quiz_flight', 't_quiz', 't_flight'),
    c('c_tripwire_onboard', 't_tripwire', 't_onboard'),
    c('c_flight_gift', 't_flight', 't_gift'),
    c('c_onboard_core', 't_onboard', 't_core', 'day 14'),
    c('c_core_upsell', 't_core', 't_upsell'),
    c('c_core_reviews', 't_core', 't_reviews'),
    c('c_reviews_referral', 't_reviews', 't_referral'),
    c('c_survey_hashtag', 't_survey', 't_hashtag'),
    c('c_referral_seo', 't_referral', 't_seo', 'referrals'),
    c('c_magnet_core', 't_magnet', 't_upsell', 'ready buyers'),
    c('c_gift_magnet', 't_gift', 't_quiz'),
    c('c_tripwire_core', 't_tripwire', 't_core'),
  ];
  return {
    id: 'j_eight_stages',
    title: 'Acme Coffee Roasters — customer value journey',
    tactics,
    connections,
    customTactics: [
      {
        id: 'custom.tasting-flight',
        name: 'Tasting flight',
        stage: 'convert',
        icon: 'sparkles',
        color: '#0d9488',
        description: 'Three small cups of different roasts, free in store.',
      },
    ],
    meta: { createdAt: '2025-01-06T09:00:00.000Z', updatedAt: '2025-02-14T16:45:30.250Z' },
  };
}

/**
 * A journey of `count` tactics spread over the eight lanes in rows, each connected to the next
 * one in its row's following lane, as a big workshop wall would be.
 */
export function largeJourney(count: number): Journey {
  const tactics: Tactic[] = [];
  for (let i = 0; i < count; i++) {
    const stage = STAGE_IDS[i % STAGE_IDS.length]!;
    const row = Math.floor(i / STAGE_IDS.length);
    tactics.push({
      id: `t${i}`,
      stage,
      kind: 'custom',
      title: `Tactic ${i}: ${['webinar series', 'referral bonus', 'checklist', 'demo day'][i % 4]} for segment ${row}`,
      notes: i % 3 === 0 ? 'Has notes' : '',
      position: at(stage, row),
      ...(i % 2 ? { status: 'live' as const } : {}),
    });
  }
  const connections: Connection[] = [];
  for (let i = 0; i + 1 < count; i++) {
    if ((i + 1) % STAGE_IDS.length === 0) continue;
    connections.push({ id: `c${i}`, source: `t${i}`, target: `t${i + 1}` });
  }
  return {
    id: 'j_large',
    title: `Large journey (${count} tactics)`,
    tactics,
    connections,
    customTactics: [],
    meta: { createdAt: '2025-01-06T09:00:00.000Z', updatedAt: '2025-01-06T09:00:00.000Z' },
  };
}
