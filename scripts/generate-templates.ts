/**
 * Writes the shipped journey templates, assets/templates/<id>.cvj, one per entry of
 * shared/templates/catalog.ts. Run `npx tsx scripts/generate-templates.ts` after changing a
 * template here; a unit test (test/unit/templates) fails while a file is out of date.
 *
 * Each template is written out in full below: its cards stage by stage (kind, title, notes) and
 * the connections between them. Cards are built with the ordinary commands, like the starter
 * journey (shared/model/starter.ts), so they obey every rule a hand-made journey does: each sits
 * in its stage's lane, stacked down it. Ids (`t1`, `c1`, …) and timestamps are fixed, so running
 * the script again gives the same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serializeJourneyFile } from '../shared/file/serialize';
import { addTactic, connectTactics, createEmptyJourney } from '../shared/model/commands';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  GRID_SIZE,
  LANE_HEADER_HEIGHT,
  LANE_PADDING,
  LANE_WIDTH,
  laneLeft,
  placeCard,
} from '../shared/model/layout';
import { getLibraryTactic } from '../shared/model/library';
import type { Journey, StageId } from '../shared/model/types';
import { STAGE_IDS } from '../shared/model/types';
import { TEMPLATES } from '../shared/templates/catalog';

/** When every template was made; fixed so the files only change when a template does. */
export const TEMPLATE_TIMESTAMP = '2026-12-01T00:00:00.000Z';

/** Where the template files live, relative to the repository root. */
export const TEMPLATE_DIR = 'assets/templates';

/**
 * A card: `kind` is a library slug of the card's own stage (`tripwire` in Convert stands for
 * `convert.tripwire`), or `custom`; `key` names the card in the template's connections.
 */
interface CardSpec {
  key: string;
  kind: string;
  title: string;
  notes: string;
}

interface TemplateSpec {
  title: string;
  stages: Record<StageId, readonly CardSpec[]>;
  /** [source key, target key]: the person goes from the first card on to the second. */
  connections: readonly (readonly [string, string])[];
}

function card(key: string, kind: string, title: string, notes: string): CardSpec {
  return { key, kind, title, notes };
}

// One line per card (hence prettier-ignore): wrapped, each template would be three times as long
// and hard to read as a journey.
// prettier-ignore
const SPECS: Record<string, TemplateSpec> = {
  'b2b-services': {
    title: 'Ashgrove Studio — web agency new-client journey',
    stages: {
      aware: [
        card('linkedin', 'social-media-marketing', "Founders' LinkedIn posts", 'Weekly posts from the founders on what makes industrial websites win orders. Buyers see how we think where they already spend time.'),
        card('partners', 'affiliate-feature', 'Partner newsletters', 'Hosting firms, consultants and the trade association feature our guides in their newsletters. Their readers meet us through a source they trust.'),
        card('intro', 'custom', 'Client introductions', 'A client introduces us to a peer by email. The peer hears of us from someone who has already worked with us.'),
      ],
      engage: [
        card('cases', 'case-studies', 'Client case studies', 'Projects for firms like theirs, with before-and-after numbers. A prospect sees what working with us would get them.'),
        card('guides', 'blog-posts', 'Buyer guides', 'Articles on what a site costs, how long it takes and who does what. They answer the questions buyers have before they ever call.'),
        card('services', 'landing-pages', 'Service pages', 'One page per service with prices from, the process and one next step. A visitor knows exactly what to do if it fits.'),
      ],
      subscribe: [
        card('guide', 'lead-magnet', 'Website cost guide', 'A price guide for a B2B website, given for an email address. The buyer gets a realistic budget; we get a lead with a project in mind.'),
        card('digest', 'email-sign-up', 'Monthly insights email', 'One useful email a month for readers not ready for a project yet. It keeps us in mind until they are.'),
      ],
      convert: [
        card('review', 'consultation', 'Free site review call', 'A 45-minute call in which we review their site and name the three biggest fixes. It costs them an hour, not money, and they leave with a plan.'),
        card('lunch', 'lunch-and-learn', 'Lunch and learn', 'A one-hour session at their office on getting leads from the website. Their whole team learns something and meets us in person.'),
      ],
      excite: [
        card('recap', 'custom-video', 'Video recap of the call', 'A short personal video the next day that sums up what we found. They have something concrete to show their boss.'),
        card('quickwins', 'email-workflow', 'Quick-win email series', 'Three emails with fixes they can make themselves this week. They see results before paying us anything.'),
        card('note', 'thank-you-note', 'Handwritten thank-you', 'A card after the lunch and learn thanks the team for their time. It makes the first meeting memorable in the days that decide.'),
      ],
      ascend: [
        card('rebuild', 'core-offer', 'Website rebuild project', 'The core offer: a fixed-scope redesign of their site. Profit starts here; everything before it was an investment.'),
        card('retainer', 'repeat-purchase', 'Monthly care retainer', 'After launch, a monthly fee for updates, hosting and reports. They keep the site working without hiring; we get steady income.'),
        card('content', 'cross-sell', 'SEO content package', 'Articles and search work offered at launch to bring traffic to the new site. It helps them get value from what they just paid for.'),
      ],
      advocate: [
        card('survey', 'satisfaction-survey', 'Post-launch survey', 'Five questions a month after launch. It tells us who is happy enough to vouch for us, and what to fix for those who are not.'),
        card('clutch', 'review-sites', 'Clutch review', 'Happy clients are asked for a review on Clutch, where buyers compare agencies. It takes them ten minutes.'),
        card('story', 'case-study', 'Co-written case study', 'Three months after launch we write up the results together. The client gets visibility; the next prospect gets proof.'),
      ],
      promote: [
        card('referral', 'referral-program', 'Client referral fee', 'A month of retainer free for each client a client introduces. Happy clients know peers with the same problem.'),
        card('affiliates', 'affiliate-program', 'Partner referral scheme', 'Consultants and hosting firms that do not build sites earn a commission on projects they send us.'),
      ],
    },
    connections: [
      ['linkedin', 'guides'],
      ['linkedin', 'cases'],
      ['partners', 'guides'],
      ['intro', 'cases'],
      ['intro', 'services'],
      ['cases', 'guide'],
      ['guides', 'guide'],
      ['guides', 'digest'],
      ['services', 'guide'],
      ['services', 'review'],
      ['guide', 'review'],
      ['digest', 'lunch'],
      ['review', 'recap'],
      ['review', 'quickwins'],
      ['lunch', 'note'],
      ['recap', 'rebuild'],
      ['quickwins', 'rebuild'],
      ['note', 'rebuild'],
      ['rebuild', 'retainer'],
      ['rebuild', 'content'],
      ['rebuild', 'survey'],
      ['retainer', 'clutch'],
      ['content', 'story'],
      ['survey', 'clutch'],
      ['survey', 'referral'],
      ['clutch', 'referral'],
      ['story', 'affiliates'],
      ['referral', 'intro'],
      ['affiliates', 'partners'],
    ],
  },

  'b2c-ecommerce': {
    title: 'Fernfold Tea — first order to tea club',
    stages: {
      aware: [
        card('ads', 'social-media-ads', 'Instagram video ads', 'Short clips of the tea being brewed, shown to people who follow tea and wellness accounts. They learn the shop exists.'),
        card('influencers', 'influencer-ads', 'Tea reviewer tastings', 'Tea reviewers taste our blends on camera. Their followers trust their palate more than any ad of ours.'),
        card('friend', 'referral-giveaway', "A friend's welcome code", 'A customer sends a friend a code worth money off a first order. The friend hears of us from someone they trust.'),
      ],
      engage: [
        card('videos', 'videos-photography', 'Brewing videos', 'Short videos on how to brew each blend. Visitors see what they would get and learn something even if they never buy.'),
        card('products', 'landing-pages', 'Product pages', "Each blend's page has tasting notes, origin, reviews and one clear add-to-basket button. It answers what stops a first order."),
        card('quiz', 'interactive-content', 'Find-your-tea quiz', 'Six questions that suggest three blends. The visitor gets a personal pick instead of a wall of products.'),
      ],
      subscribe: [
        card('guide', 'lead-magnet', 'Free brewing guide', 'A printable guide to water temperature and steeping times, sent by email. Useful in the kitchen, and it puts the shop in their inbox.'),
        card('results', 'form', 'Quiz results by email', 'The quiz asks for an email address to send the three matches. The visitor keeps their results; we learn their taste.'),
      ],
      convert: [
        card('taster', 'tripwire', 'Five-blend taster set', 'Five small tins for about the price of one, sold at cost. A low-risk way to try the range before a full bag.'),
        card('coupon', 'coupon', '15% off first order', 'A one-time code in the welcome email. It lowers the risk of a first full-size order for people who already know what they want.'),
      ],
      excite: [
        card('sample', 'gift-by-mail', 'Surprise sample', 'A sample of a blend they did not order, picked from their quiz answers. A small pleasure when they open the parcel.'),
        card('tips', 'email-workflow', 'Brewing tips emails', 'Three emails in the week after delivery on brewing what they bought. Their first cups taste as good as promised.'),
      ],
      ascend: [
        card('bags', 'core-offer', 'Full-size blends', 'Full bags of the blends they liked in the taster set or first order. This is the first order that makes a profit.'),
        card('club', 'repeat-purchase', 'Monthly tea club', 'A subscription with a new blend and their favourite each month. They never run out; we get orders we can plan for.'),
        card('teaware', 'cross-sell', 'Teapot and infuser', 'Brewing kit at a discount with a second order. It helps them brew loose leaf well and raises the order value.'),
      ],
      advocate: [
        card('reviews', 'review-sites', 'Product reviews', 'An email two weeks after delivery asks for stars on the product page and Trustpilot. New visitors read these before buying.'),
        card('photos', 'social-showcase', 'Customer tea photos', "We repost customers' photos of their tea, with permission. They feel noticed; followers see real people enjoying it."),
      ],
      promote: [
        card('credit', 'friends-and-family', 'Friend credit code', 'Each customer gets a code that gives a friend money off and credits them the same. Tea is an easy thing to recommend.'),
        card('affiliates', 'affiliate-program', 'Tea blogger affiliates', 'Tea bloggers and reviewers earn a commission on sales from their link, so they keep recommending us.'),
      ],
    },
    connections: [
      ['ads', 'videos'],
      ['ads', 'quiz'],
      ['influencers', 'products'],
      ['friend', 'products'],
      ['videos', 'guide'],
      ['products', 'guide'],
      ['products', 'taster'],
      ['quiz', 'results'],
      ['guide', 'coupon'],
      ['guide', 'taster'],
      ['results', 'taster'],
      ['taster', 'sample'],
      ['taster', 'tips'],
      ['coupon', 'tips'],
      ['sample', 'bags'],
      ['tips', 'bags'],
      ['tips', 'club'],
      ['bags', 'club'],
      ['bags', 'teaware'],
      ['bags', 'reviews'],
      ['club', 'photos'],
      ['teaware', 'reviews'],
      ['reviews', 'credit'],
      ['photos', 'affiliates'],
      ['photos', 'credit'],
      ['credit', 'friend'],
      ['affiliates', 'influencers'],
    ],
  },

  saas: {
    title: 'Tallybook invoicing — free trial to paid plan',
    stages: {
      aware: [
        card('seo', 'seo', 'SEO: invoicing how-tos', "Articles rank for searches like 'how to invoice as a freelancer'. People with that problem find us while looking for an answer."),
        card('partners', 'affiliate-feature', 'Partner mentions', 'Accountants and freelance blogs mention us in newsletters and reviews. Readers meet us through a source they already trust.'),
        card('invite', 'referral-giveaway', "A friend's invite link", "A user's link gives a friend an extra free month. The friend hears of us from someone who uses it, with a reason to try."),
      ],
      engage: [
        card('guides', 'blog-posts', 'Invoicing guides', 'Guides on late payment, tax and quoting. Readers get answers they need anyway and see that we understand their work.'),
        card('pricing', 'landing-pages', 'Pricing and features', 'One page per plan and feature, with a trial button on each. A visitor can check fit and price without talking to anyone.'),
        card('tour', 'videos-photography', 'Two-minute product tour', 'A short screen recording of sending a first invoice. The visitor sees how simple it is before signing up.'),
      ],
      subscribe: [
        card('templates', 'lead-magnet', 'Invoice templates pack', 'Free invoice and quote templates for an email address. Useful on day one, and they reach people who bill clients.'),
        card('tips', 'email-sign-up', 'Freelance money tips', 'A fortnightly email with one money tip for freelancers. It keeps readers close until they are ready to try the app.'),
      ],
      convert: [
        card('trial', 'free-trial', '14-day free trial', 'Full use of the app for 14 days, no card needed. They try it on real invoices at no cost.'),
        card('demo', 'demo', 'Weekly live demo', 'A 30-minute group demo with questions. For people who want to see it working before they sign up.'),
      ],
      excite: [
        card('onboarding', 'onboarding', 'Send a first invoice', 'The app walks them through sending a real invoice in ten minutes. Getting paid through it is when they see the value.'),
        card('emails', 'email-workflow', 'Trial tips emails', 'Five emails over the trial, each showing one thing that saves time, such as reminders. They go from trying it to relying on it.'),
      ],
      ascend: [
        card('pro', 'core-offer', 'Pro plan, monthly', 'The paid plan they move to when the trial ends. Revenue starts here; everything before it cost us money.'),
        card('annual', 'upsell', 'Annual plan upgrade', 'After three paid months, an offer to switch to yearly billing at a discount. They save money; we keep them longer.'),
        card('payments', 'cross-sell', 'Card payments add-on', 'Card payments on invoices, offered once they invoice regularly. Clients pay faster; we earn a small fee per payment.'),
      ],
      advocate: [
        card('nps', 'satisfaction-survey', 'In-app score survey', 'One question in the app after 60 days. It finds happy users to ask for a review, and unhappy ones to help.'),
        card('reviews', 'review-sites', 'Software review sites', 'Users who score us highly are asked for a review on software review sites, where freelancers compare tools.'),
        card('story', 'case-study', 'Customer story', 'A short story about one freelancer who now gets paid faster. Prospects see someone like them succeed.'),
      ],
      promote: [
        card('month', 'friends-and-family', 'Free month for both', "Each user's invite link gives a friend a free month and earns them one when the friend pays. Freelancers ask each other about tools."),
        card('affiliates', 'affiliate-program', 'Accountant partners', 'Accountants and bookkeepers earn a commission for each client they move onto the app. They are asked for tool advice all the time.'),
      ],
    },
    connections: [
      ['seo', 'guides'],
      ['partners', 'pricing'],
      ['partners', 'guides'],
      ['invite', 'pricing'],
      ['invite', 'tour'],
      ['guides', 'templates'],
      ['guides', 'tips'],
      ['pricing', 'templates'],
      ['pricing', 'trial'],
      ['tour', 'tips'],
      ['templates', 'trial'],
      ['tips', 'demo'],
      ['tips', 'trial'],
      ['trial', 'onboarding'],
      ['trial', 'emails'],
      ['demo', 'onboarding'],
      ['onboarding', 'pro'],
      ['emails', 'pro'],
      ['pro', 'annual'],
      ['pro', 'payments'],
      ['pro', 'nps'],
      ['annual', 'nps'],
      ['payments', 'story'],
      ['nps', 'reviews'],
      ['nps', 'month'],
      ['reviews', 'month'],
      ['story', 'affiliates'],
      ['month', 'invite'],
      ['affiliates', 'partners'],
    ],
  },

  'local-business': {
    title: 'Millbrook Dental — new patient journey',
    stages: {
      aware: [
        card('local', 'seo', 'Local search listing', "Our map listing and local pages show up for 'dentist near me'. Most new patients start with that search."),
        card('facebook', 'social-media-marketing', 'Community Facebook posts', 'Posts about the team, opening hours and local events, seen by neighbours in town groups. They put faces to the practice.'),
        card('word', 'referral-giveaway', 'Word from a patient', "A patient passes on a referral card or a family offer. A friend's word is what most people trust when choosing a dentist."),
      ],
      engage: [
        card('website', 'website', 'Practice website', 'Prices, opening hours, the team and how to get there. It answers what a nervous patient wants to know before calling.'),
        card('team', 'videos-photography', 'Meet-the-team videos', 'Short videos of the dentists and the treatment rooms. A nervous patient sees who they will meet and where.'),
        card('contact', 'contact-options', 'Call or book buttons', 'A phone number and online booking on every page. People ready to book can do it in one step.'),
      ],
      subscribe: [
        card('chart', 'lead-magnet', "Kids' brushing chart", "A printable two-minute brushing chart for children, sent by email. It helps parents, who often book for the whole family."),
        card('register', 'form', 'New-patient form', 'A short online form to register and choose a time. It saves paperwork on the day and gives us their details.'),
      ],
      convert: [
        card('voucher', 'coupon', 'Half-price check-up', 'New patients pay half for their first exam and X-rays. It lowers the cost of trying a new dentist.'),
        card('visit', 'site-tour', 'Meet-the-dentist visit', 'A free 15-minute visit to see the practice and ask questions, no treatment. It helps anxious patients commit.'),
      ],
      excite: [
        card('pack', 'gift-by-mail', 'Welcome care pack', 'A toothbrush, floss and a magnet with our number, posted after the first visit. A small thank-you they use every day.'),
        card('aftercare', 'email-workflow', 'Aftercare emails', 'Plain emails after the check-up on what we found and what to do at home. They leave with a plan, not just a bill.'),
      ],
      ascend: [
        card('treatment', 'core-offer', 'Treatment plan', 'Any treatment found at the check-up, priced and explained. This is where the practice starts to earn.'),
        card('plan', 'repeat-purchase', 'Monthly dental plan', 'Check-ups and hygiene visits for a fixed monthly fee. Patients spread the cost; the practice sees them regularly.'),
        card('whitening', 'cross-sell', 'Whitening for members', 'Whitening at a member price, offered once their teeth are healthy. A treat for patients who care about their smile.'),
      ],
      advocate: [
        card('google', 'review-sites', 'Google reviews', 'A text after each visit with a direct link to leave a review. Reviews are what people compare when choosing a local dentist.'),
        card('stories', 'testimonial', 'Nervous-patient stories', 'Patients who were nervous say in a few lines how the visit went. It speaks to the fear that stops others booking.'),
      ],
      promote: [
        card('cards', 'referral-program', 'Referral cards', 'Patients get cards to hand to friends; when a friend books, both get a free hygiene visit. Most families choose a dentist by word of mouth.'),
        card('family', 'friends-and-family', 'Family member offer', 'Members who add a family member to the plan get a month free, and so does the family member.'),
      ],
    },
    connections: [
      ['local', 'website'],
      ['local', 'contact'],
      ['facebook', 'team'],
      ['word', 'website'],
      ['word', 'contact'],
      ['website', 'chart'],
      ['website', 'register'],
      ['team', 'register'],
      ['contact', 'register'],
      ['contact', 'voucher'],
      ['chart', 'voucher'],
      ['register', 'voucher'],
      ['register', 'visit'],
      ['voucher', 'pack'],
      ['voucher', 'aftercare'],
      ['visit', 'pack'],
      ['pack', 'treatment'],
      ['aftercare', 'treatment'],
      ['aftercare', 'plan'],
      ['treatment', 'plan'],
      ['treatment', 'google'],
      ['plan', 'whitening'],
      ['plan', 'google'],
      ['whitening', 'stories'],
      ['google', 'cards'],
      ['stories', 'cards'],
      ['stories', 'family'],
      ['cards', 'word'],
      ['family', 'word'],
    ],
  },

  'coaching-course': {
    title: 'Open Floor Speaking — masterclass to coaching ladder',
    stages: {
      aware: [
        card('clips', 'social-media-marketing', 'Speaking tip clips', 'One-minute tips on nerves, openings and pauses, posted on LinkedIn and Instagram. People who dread presenting find help in their feed.'),
        card('mentions', 'affiliate-feature', 'Podcasts and partners', 'Guest spots on careers podcasts and mentions in partner newsletters. Listeners meet the coach through a host they trust.'),
        card('challenge', 'hashtag-challenge', '#SpeakUp7 challenge', 'Followers post a one-minute talk a day for a week under the hashtag. Their friends see them improve and ask how.'),
      ],
      engage: [
        card('before-after', 'videos-photography', 'Before-and-after talks', "Clips of students' first and last talks side by side. Viewers see that people like them get better."),
        card('stories', 'case-studies', 'Student stories', 'Written stories of a pitch won or a promotion gained after the course. They show what the course changes at work.'),
        card('quiz', 'interactive-content', 'Speaking style quiz', 'Ten questions that name their speaking style and its blind spot. They learn something about themselves in two minutes.'),
      ],
      subscribe: [
        card('cheatsheet', 'lead-magnet', 'Talk openers cheat sheet', 'Twelve ways to open a talk, sent by email. They can use it in their next meeting, and we have their address.'),
        card('signup', 'form', 'Masterclass sign-up', 'People register for the free live masterclass with name and email. They get reminders; we get a lead who has set aside an hour.'),
      ],
      convert: [
        card('masterclass', 'webinar', 'Free live masterclass', 'An hour of live teaching with exercises, ending with an offer of the course. Attending is their first real commitment: an hour of time.'),
        card('minicourse', 'tripwire', '7-lesson mini-course', 'A low-price video course on structuring a talk. A small first purchase that lets them try the teaching.'),
      ],
      excite: [
        card('homework', 'email-workflow', 'Replay and homework', 'The replay and one exercise to try that week. They get a small win at work before buying anything more.'),
        card('first-lesson', 'onboarding', 'First-lesson quick win', 'The mini-course opens with a ten-minute exercise for their next meeting. Early success keeps them going through the lessons.'),
        card('feedback', 'custom-video', 'Personal feedback video', 'Buyers send a one-minute clip and get a video reply from the coach. It feels like coaching from day one.'),
      ],
      ascend: [
        card('course', 'core-offer', '8-week group course', 'The core offer: weekly live sessions with practice in small groups. Profit starts here; the mini-course only covers its costs.'),
        card('coaching', 'upsell', '1:1 coaching package', 'Six private sessions for graduates with a big talk coming up. The next rung of the ladder, for those who want more.'),
        card('team', 'customisation', 'In-house team training', "The course tailored for an employer's team. Graduates often bring it to their managers."),
      ],
      advocate: [
        card('testimonials', 'testimonial', 'Video testimonials', 'Graduates record a short clip on what changed for them. Prospects hear it from someone like them.'),
        card('spotlight', 'customer-blogging', 'Student spotlight posts', "Posts that celebrate a student's big talk and how they prepared. The student is proud to share it."),
      ],
      promote: [
        card('hashtag', 'branded-hashtag', 'Students share talks', 'Students post clips of their talks under the course hashtag. Their colleagues see the result and follow it back to us.'),
        card('alumni', 'affiliate-program', 'Alumni affiliate links', "Graduates who teach or run podcasts earn a commission on students they send. They already tell people where they learned."),
      ],
    },
    connections: [
      ['clips', 'before-after'],
      ['clips', 'quiz'],
      ['mentions', 'stories'],
      ['challenge', 'before-after'],
      ['before-after', 'signup'],
      ['stories', 'signup'],
      ['stories', 'cheatsheet'],
      ['quiz', 'cheatsheet'],
      ['cheatsheet', 'minicourse'],
      ['cheatsheet', 'masterclass'],
      ['signup', 'masterclass'],
      ['masterclass', 'homework'],
      ['minicourse', 'first-lesson'],
      ['minicourse', 'feedback'],
      ['homework', 'course'],
      ['first-lesson', 'course'],
      ['feedback', 'course'],
      ['course', 'coaching'],
      ['course', 'team'],
      ['course', 'testimonials'],
      ['course', 'spotlight'],
      ['coaching', 'testimonials'],
      ['team', 'testimonials'],
      ['testimonials', 'hashtag'],
      ['spotlight', 'hashtag'],
      ['spotlight', 'alumni'],
      ['hashtag', 'challenge'],
      ['alumni', 'mentions'],
    ],
  },

  'event-led': {
    title: 'Tidewater Payroll — webinar and workshop funnel',
    stages: {
      aware: [
        card('ads', 'social-media-ads', 'LinkedIn event ads', 'Ads for the next free webinar, shown to owners and office managers of small firms. They learn there is help with payroll rules.'),
        card('newsletters', 'affiliate-feature', "Accountants' newsletters", 'Accounting firms list our events in their client newsletters. Their clients hear of us from an adviser they trust.'),
        card('guest', 'referral-giveaway', "A client's guest invite", 'A client invites another business owner to the next webinar; both get a month off if the guest signs up.'),
      ],
      engage: [
        card('event-page', 'landing-pages', 'Event page', 'Agenda, speaker, date and who it is for, with one register button. A visitor can judge in a minute whether the hour is worth it.'),
        card('clips', 'videos-photography', 'Past session clips', 'Two-minute clips from earlier webinars. Visitors see that the sessions teach, not sell.'),
        card('deadlines', 'infographics', 'Payroll deadlines chart', "A one-page chart of the year's payroll deadlines. Office managers pin it up and use it all year, with our name on it."),
      ],
      subscribe: [
        card('registration', 'lead-magnet', 'Webinar registration', 'A seat at the free webinar for name, email and company size. The event itself is what they get for their details.'),
        card('reminders', 'email-sign-up', 'Deadline reminder emails', 'An email a week before each payroll deadline. Subscribers avoid late fines; we stay in touch between events.'),
      ],
      convert: [
        card('webinar', 'webinar', 'Live payroll webinar', "An hour on this year's rule changes with live questions. Attending is the first real commitment: an hour of their time."),
        card('workshop', 'lunch-and-learn', 'Office workshop', 'A lunchtime workshop at their office for the people who run payroll. The team gets hands-on answers and meets us in person.'),
        card('check', 'consultation', 'Payroll health check', 'A 30-minute review of their payroll set-up, offered at the end of each event. They learn what their current set-up risks.'),
      ],
      excite: [
        card('replay', 'email-workflow', 'Replay and action list', 'Within a day: the recording, the slides and a checklist to act on. They fix one thing the same week.'),
        card('findings', 'custom-video', 'Health-check walkthrough', 'A short recorded walkthrough of what we found in their set-up and what it could cost them. Something they can show the owner.'),
      ],
      ascend: [
        card('managed', 'core-offer', 'Managed payroll', 'We run their payroll every month for a fee per employee. Profit starts here; the events cost us money.'),
        card('pensions', 'cross-sell', 'Pensions and HR add-on', 'Pension filings and HR letters added to the payroll service at a discount. One supplier instead of three.'),
        card('annual', 'sales-re-engagement', 'Annual rules review', 'A call after each year of rule changes to review their set-up and offer what is new. It keeps the service fitting as they grow.'),
      ],
      advocate: [
        card('reviews', 'review-sites', 'Google and Trustpilot', 'A request for a review after the first three clean pay runs. Firms comparing payroll providers read these.'),
        card('guest-speaker', 'testimonial', 'Client guest spot', 'A client tells their story for five minutes on a webinar. Attendees hear it from someone in their position.'),
      ],
      promote: [
        card('bring-guest', 'referral-program', 'Bring-a-guest invites', 'Clients get a guest link for each event and a month off when a guest signs up. Owners talk to other owners.'),
        card('accountants', 'affiliate-program', 'Accountant partners', 'Accounting firms earn a fee for each client they move to our payroll. They are asked for payroll advice all the time.'),
      ],
    },
    connections: [
      ['ads', 'event-page'],
      ['ads', 'clips'],
      ['newsletters', 'event-page'],
      ['newsletters', 'deadlines'],
      ['guest', 'event-page'],
      ['event-page', 'registration'],
      ['clips', 'registration'],
      ['deadlines', 'reminders'],
      ['registration', 'webinar'],
      ['reminders', 'workshop'],
      ['reminders', 'check'],
      ['webinar', 'check'],
      ['webinar', 'replay'],
      ['workshop', 'replay'],
      ['check', 'findings'],
      ['replay', 'managed'],
      ['findings', 'managed'],
      ['managed', 'pensions'],
      ['managed', 'annual'],
      ['managed', 'reviews'],
      ['pensions', 'reviews'],
      ['annual', 'guest-speaker'],
      ['reviews', 'bring-guest'],
      ['guest-speaker', 'bring-guest'],
      ['guest-speaker', 'accountants'],
      ['bring-guest', 'guest'],
      ['accountants', 'newsletters'],
    ],
  },

  'subscription-box': {
    title: 'Sprout & Soil — seed box subscription journey',
    stages: {
      aware: [
        card('instagram', 'social-media-marketing', 'Instagram garden posts', "Photos of what grows from each month's seeds, posted where home gardeners look for ideas. They learn the box exists."),
        card('youtubers', 'influencer-ads', 'Gardening YouTubers', 'Gardening channels open a box on camera and plant from it. Viewers see the seeds from someone whose garden they admire.'),
        card('friend', 'referral-giveaway', "A friend's free box", "A subscriber's code gives a friend a free first box. The friend hears of us from someone who grows from it."),
      ],
      engage: [
        card('unboxing', 'videos-photography', 'Unboxing videos', 'Short videos of each box opened and explained. Visitors see exactly what they would get each month.'),
        card('this-month', 'landing-pages', "This month's box", "A page showing this month's seeds, what they grow into and one subscribe button. It answers 'what would I get?'."),
        card('guides', 'blog-posts', 'Seasonal growing guides', 'What to sow and harvest this month, by region. Useful to any gardener, and a taste of what comes in the box.'),
      ],
      subscribe: [
        card('calendar', 'lead-magnet', 'Planting calendar', 'A printable year-round planting calendar for an email address. Gardeners keep it in the shed; we keep in touch.'),
        card('preview', 'email-sign-up', 'Box preview emails', 'A look at each box before it ships, by email. Curious visitors see inside without committing.'),
      ],
      convert: [
        card('free-box', 'free-plus-shipping', 'First box, pay postage', 'The first box is free; they pay only postage. They see the quality before paying for a month.'),
        card('gift', 'premium-offer', 'Free trowel with box 1', 'A good trowel with the first paid box. It tips people who are nearly ready into subscribing.'),
      ],
      excite: [
        card('sowing', 'email-workflow', 'Sowing guide emails', 'A short email per packet on when and how to sow it. Early sprouts are what make a first-time grower stay.'),
        card('note', 'thank-you-note', 'Handwritten note', 'A note from the person who packed the box. It makes the subscription feel like a small business, not a warehouse.'),
      ],
      ascend: [
        card('monthly', 'core-offer', 'Monthly seed box', 'The subscription itself: a box of seasonal seeds each month. Profit starts here, once they stay past the free first box.'),
        card('grower', 'upsell', "Grower's box upgrade", 'A bigger box with rare varieties and a tool each season. For subscribers who have run out of space to fill.'),
        card('add-ons', 'cross-sell', 'Add-on shop items', 'Pots, soil and labels added to the next box at a member price, no extra postage. They get what the seeds need.'),
      ],
      advocate: [
        card('survey', 'satisfaction-survey', 'What grew? survey', 'Three questions after the first harvest. It finds happy growers to ask for a review, and tells us which seeds failed.'),
        card('showcase', 'social-showcase', 'Harvest photo feature', "We feature subscribers' harvests on our channels, with permission. They are proud of what they grew."),
        card('reviews', 'review-sites', 'Trustpilot reviews', 'Happy growers are asked for a review. People comparing boxes read these before subscribing.'),
      ],
      promote: [
        card('hashtag', 'branded-hashtag', '#GrownFromTheBox', 'Subscribers post their harvests under the hashtag. Their followers see real results and find us.'),
        card('codes', 'friends-and-family', 'Free box for both', 'Each subscriber has a code that gives a friend a free box and them a free month when the friend subscribes.'),
      ],
    },
    connections: [
      ['instagram', 'unboxing'],
      ['instagram', 'guides'],
      ['youtubers', 'unboxing'],
      ['youtubers', 'this-month'],
      ['friend', 'this-month'],
      ['unboxing', 'preview'],
      ['this-month', 'preview'],
      ['this-month', 'free-box'],
      ['guides', 'calendar'],
      ['calendar', 'free-box'],
      ['preview', 'free-box'],
      ['preview', 'gift'],
      ['free-box', 'sowing'],
      ['free-box', 'note'],
      ['gift', 'sowing'],
      ['sowing', 'monthly'],
      ['note', 'monthly'],
      ['monthly', 'grower'],
      ['monthly', 'add-ons'],
      ['monthly', 'survey'],
      ['grower', 'showcase'],
      ['add-ons', 'survey'],
      ['survey', 'reviews'],
      ['survey', 'codes'],
      ['showcase', 'hashtag'],
      ['reviews', 'codes'],
      ['hashtag', 'instagram'],
      ['codes', 'friend'],
    ],
  },
};

/** The first card's top edge in every lane (as in the starter journey), then one card per row. */
const FIRST_ROW_Y = LANE_HEADER_HEIGHT + LANE_PADDING + 4 * GRID_SIZE;
const ROW_STEP = CARD_HEIGHT + 3 * GRID_SIZE;

/** The journey of the catalog entry `id`, built from its spec above. */
export function buildTemplate(id: string): Journey {
  const spec = SPECS[id];
  if (!spec) throw new Error(`No template spec for "${id}".`);
  let doc = createEmptyJourney({
    id: `template-${id}`,
    now: TEMPLATE_TIMESTAMP,
    title: spec.title,
  });
  const ids = new Map<string, string>();
  for (const stage of STAGE_IDS) {
    spec.stages[stage].forEach((c, row) => {
      const kind = c.kind === 'custom' ? 'custom' : `${stage}.${c.kind}`;
      if (kind !== 'custom' && !getLibraryTactic(kind)) {
        throw new Error(`${id}: "${c.key}" has kind ${kind}, which is not in the library.`);
      }
      if (ids.has(c.key)) throw new Error(`${id}: two cards are keyed "${c.key}".`);
      const tacticId = `t${ids.size + 1}`;
      ids.set(c.key, tacticId);
      const requested = {
        x: laneLeft(stage) + (LANE_WIDTH - CARD_WIDTH) / 2,
        y: FIRST_ROW_Y + row * ROW_STEP,
      };
      doc = addTactic(doc, {
        id: tacticId,
        kind,
        title: c.title,
        notes: c.notes,
        stage,
        position: placeCard(requested, stage),
      });
    });
  }
  spec.connections.forEach(([from, to], index) => {
    const source = ids.get(from);
    const target = ids.get(to);
    if (!source || !target) throw new Error(`${id}: connection ${from} → ${to} names no card.`);
    const before = doc;
    doc = connectTactics(doc, { id: `c${index + 1}`, source, target });
    if (doc === before)
      throw new Error(`${id}: connection ${from} → ${to} was refused (a repeat?).`);
  });
  return doc;
}

/** Every template's file text, by catalog id, in catalog order. */
export function buildTemplateFiles(): Map<string, string> {
  const unused = Object.keys(SPECS).filter((id) => !TEMPLATES.some((t) => t.id === id));
  if (unused.length > 0) throw new Error(`Specs not in the catalog: ${unused.join(', ')}.`);
  return new Map(TEMPLATES.map((t) => [t.id, serializeJourneyFile(buildTemplate(t.id))]));
}

function main(): void {
  const dir = fileURLToPath(new URL(`../${TEMPLATE_DIR}/`, import.meta.url));
  mkdirSync(dir, { recursive: true });
  for (const [id, text] of buildTemplateFiles()) {
    const target = join(dir, `${id}.cvj`);
    writeFileSync(target, text);
    console.log(`Wrote ${target}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
