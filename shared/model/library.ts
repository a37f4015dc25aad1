import type { IconName } from './icons';
import type { StageId } from './types';
import { STAGE_IDS } from './types';

/** A built-in tactic the palette offers; a card made from it stores the id as its `kind`. */
export interface LibraryTactic {
  /** `<stage>.<kebab-slug>`; stored in files, so never rename one. */
  id: string;
  stage: StageId;
  name: string;
  /** One short sentence, shown on hover in the palette. */
  description: string;
  icon: IconName;
}

type Entry = readonly [slug: string, name: string, icon: IconName, description: string];

/**
 * Every strategy the CVJ source material names (summarised in docs/domain.md), by stage, in the
 * order it names them. Kept as a one-line-per-tactic table (hence prettier-ignore): wrapped, it
 * would be five times as long and hard to scan.
 */
// prettier-ignore
const ENTRIES: Record<StageId, readonly Entry[]> = {
  aware: [
    ['social-media-marketing', 'Social media marketing', 'share-2', 'Organic posts that put the brand in front of new people.'],
    ['social-media-ads', 'Social media ads', 'megaphone', 'Paid placements on social networks aimed at a chosen audience.'],
    ['social-contest', 'Social contest or giveaway', 'trophy', 'A prize people enter by following, sharing or tagging friends.'],
    ['seo', 'SEO', 'search', 'Search engine optimisation so people find you when they look for answers.'],
    ['pay-per-click', 'Pay-per-click ads', 'mouse-pointer-click', 'Ads you pay for only when someone clicks through.'],
    ['google-ads', 'Google Ads', 'badge-dollar-sign', 'Search and display ads on Google for high-intent queries.'],
    ['affiliate-feature', 'Affiliate feature', 'handshake', "A mention on a partner's website, newsletter or social feed."],
    ['blogging', 'Blogging', 'pen-line', 'Articles that answer the questions your audience searches for.'],
    ['influencer-ads', 'Influencer advertising', 'user-star', 'People your audience already follows introduce you to them.'],
    ['hashtag-challenge', 'Hashtag challenge', 'hash', 'A social challenge with a hashtag that spreads through user-generated content.'],
    ['referral-giveaway', 'Referral giveaway', 'gift', 'Give X, get X: a giveaway that rewards people for bringing friends.'],
  ],
  engage: [
    ['website', 'Website / content hub', 'globe', 'A site, or redesign, organised as a hub of useful content.'],
    ['blog-posts', 'Blog posts', 'newspaper', 'Posts that keep visitors reading and build trust.'],
    ['infographics', 'Infographics', 'chart-pie', 'Visual explainers that are easy to take in and share.'],
    ['videos-photography', 'Videos and photography', 'video', 'Visual content that shows the product and the people behind it.'],
    ['landing-pages', 'Landing pages', 'layout-template', 'Focused sales, service or product pages with one clear next step.'],
    ['interactive-content', 'Interactive content', 'puzzle', 'Quizzes, calculators and tools that invite people to take part.'],
    ['live-chat', 'Live chat', 'messages-square', 'Real people answering questions while the visitor is on the site.'],
    ['contact-options', 'Contact options on every page', 'phone', 'A phone number, email or form within reach wherever people land.'],
    ['case-studies', 'Case studies', 'file-text', 'Stories of results for customers like the reader.'],
  ],
  subscribe: [
    ['lead-magnet', 'Lead magnet', 'magnet', 'A price guide, catalog, ebook, checklist or webinar given for contact details.'],
    ['call-to-action', 'Call-to-action', 'circle-arrow-right', 'A clear prompt that tells visitors what to do next.'],
    ['form', 'Form', 'clipboard-list', 'A short form that captures contact details.'],
    ['chatbot', 'Chatbot', 'bot', 'An automated chat that answers questions and collects contact details.'],
    ['email-sign-up', 'Email list sign-up', 'mail', 'An invitation to join the email list.'],
    ['blog-subscription', 'Blog subscription', 'rss', 'Readers subscribe to get new posts by email.'],
    ['gated-newsletter', 'Gated newsletter', 'lock', 'A newsletter worth trading an email address for.'],
    ['subscriber-event', 'Subscriber-only event', 'calendar-days', 'An event only people on the list can attend.'],
  ],
  convert: [
    ['tripwire', 'Tripwire offer', 'tag', 'A low-cost item with high perceived value that turns leads into buyers.'],
    ['free-trial', 'Free trial', 'hourglass', 'Full use of the product for a limited time.'],
    ['free-plus-shipping', 'Free product, pay shipping', 'truck', 'The product is free; the buyer only covers shipping.'],
    ['coupon', 'Coupon', 'ticket-percent', 'A discount that lowers the risk of a first purchase.'],
    ['premium-offer', 'Premium offer', 'package-plus', 'A gift with purchase that makes the first order irresistible.'],
    ['webinar', 'Webinar', 'monitor-play', 'An hour of live teaching that ends with an offer.'],
    ['lunch-and-learn', 'Lunch and learn', 'utensils', 'A short on-site session over lunch with the client team.'],
    ['demo', 'Demo', 'presentation', 'A guided walk-through of the product on real problems.'],
    ['site-tour', 'Site or facility tour', 'map-pin', 'Prospects visit and see the operation for themselves.'],
    ['sales-meeting', 'Sales meeting', 'briefcase', 'A first meeting to understand needs and propose a fit.'],
    ['consultation', 'Consultation', 'calendar-check', 'A free or low-cost session that solves one real problem.'],
  ],
  excite: [
    ['gift-by-mail', 'Gift or sample by mail', 'package-open', 'A surprise in the post that makes the first purchase memorable.'],
    ['custom-video', 'Custom video', 'clapperboard', 'A personal video that welcomes the new customer by name.'],
    ['email-workflow', 'Problem-solving email workflow', 'mail-check', 'A sequence of emails that helps customers get results quickly.'],
    ['thank-you-note', 'Personalised thank-you note', 'notebook-pen', 'A handwritten or personal note that says thanks.'],
    ['onboarding', 'Onboarding', 'rocket', 'Guides new customers to their first quick win.'],
  ],
  ascend: [
    ['core-offer', 'Core offer', 'shopping-bag', 'The main product or service, where profit starts.'],
    ['upsell', 'Upsell', 'chevrons-up', 'A premium version of what the customer already buys.'],
    ['cross-sell', 'Cross-sell', 'layers', 'A complementary product, offered at a discount.'],
    ['customisation', 'Customisation', 'sliders-horizontal', 'A tailored version of the offer for customers who want more.'],
    ['lead-nurturing', 'Lead nurturing automation', 'workflow', 'Email and marketing automation that moves buyers up the ladder.'],
    ['sales-re-engagement', 'Sales re-engagement', 'refresh-cw', 'Sales reaches past customers again with new offers.'],
    ['repeat-purchase', 'Repeat purchase or subscription', 'repeat', 'Makes buying again automatic or easy.'],
  ],
  advocate: [
    ['testimonial', 'Testimonial', 'quote', 'A happy customer describes the result in their own words.'],
    ['case-study', 'Customer case study', 'book-open', 'A customer agrees to share their story and numbers.'],
    ['review-sites', 'Review sites', 'star', 'Reviews on Google and other review sites.'],
    ['social-showcase', 'Social media showcase', 'images', 'Customers and their results featured on your social channels.'],
    ['customer-blogging', 'Blogging about customers', 'user-pen', 'Posts that celebrate customers and what they achieved.'],
    ['satisfaction-survey', 'Short satisfaction survey', 'thumbs-up', 'A quick survey that finds happy customers and asks them to vouch.'],
    ['testimonial-reward', 'Reward for a testimonial', 'award', 'A discount or freebie in thanks for a testimonial.'],
  ],
  promote: [
    ['referral-program', 'Referral program', 'user-plus', 'Rewards customers for bringing new customers.'],
    ['friends-and-family', 'Friends-and-family incentive', 'heart-handshake', 'A code that gives credit to both the customer and the friend.'],
    ['affiliate-program', 'Affiliate program', 'link', 'Partners earn a commission on the sales they send.'],
    ['branded-hashtag', 'Branded hashtag', 'camera', 'Customers share user-generated content under your hashtag.'],
  ],
};

export const TACTIC_LIBRARY: readonly LibraryTactic[] = Object.freeze(
  STAGE_IDS.flatMap((stage) =>
    ENTRIES[stage].map(([slug, name, icon, description]) =>
      Object.freeze({ id: `${stage}.${slug}`, stage, name, description, icon }),
    ),
  ),
);

const BY_ID = new Map(TACTIC_LIBRARY.map((tactic) => [tactic.id, tactic]));

const BY_STAGE = new Map<StageId, readonly LibraryTactic[]>(
  STAGE_IDS.map((stage) => [
    stage,
    Object.freeze(TACTIC_LIBRARY.filter((tactic) => tactic.stage === stage)),
  ]),
);

/** `kind` may be anything a file holds (custom ids included), hence `string` and `undefined`. */
export function getLibraryTactic(id: string): LibraryTactic | undefined {
  return BY_ID.get(id);
}

export function libraryByStage(stage: StageId): readonly LibraryTactic[] {
  return BY_STAGE.get(stage) ?? [];
}
