/**
 * The journey templates CVJ Studio ships, in the order the gallery shows them. Each id names a
 * file, `assets/templates/<id>.cvj`, written by scripts/generate-templates.ts (run it after
 * changing a template; a unit test fails while a file is out of date). Pure data: read by the
 * renderer, main and the CLI alike.
 */
export interface TemplateInfo {
  /** File name without `.cvj`; stable, since users and scripts may name it (`cvj new <id>`). */
  id: string;
  /** Short, for the gallery card: the kind of business, then what the journey is about. */
  name: string;
  /** One line (at most 110 characters) saying who the template suits. */
  description: string;
}

export const TEMPLATES: readonly TemplateInfo[] = Object.freeze([
  {
    id: 'b2b-services',
    name: 'B2B services: consultation to retainer',
    description:
      'An agency or consultancy that wins clients with a free consultation, then a project and a retainer.',
  },
  {
    id: 'b2c-ecommerce',
    name: 'E-commerce: tripwire to repeat orders',
    description:
      'An online shop that turns first buyers into regulars with a taster set, a coupon and a subscription.',
  },
  {
    id: 'saas',
    name: 'SaaS: free trial to upgrade',
    description:
      'Software sold by subscription: a free trial, onboarding to a first win, then a paid plan and add-ons.',
  },
  {
    id: 'local-business',
    name: 'Local business: new patient to member',
    description:
      'A dental, fitness or other local practice: local search, a first-visit offer, reviews and referral cards.',
  },
  {
    id: 'coaching-course',
    name: 'Coaching: webinar to course ladder',
    description:
      'A coach or course creator: a free masterclass and a mini-course lead to a group course and 1:1 coaching.',
  },
  {
    id: 'event-led',
    name: 'Event-led: webinar and workshop funnel',
    description:
      'A business whose webinars and workshops do the selling: registration, live event, review, then the service.',
  },
  {
    id: 'subscription-box',
    name: 'Subscription box: first box to member',
    description:
      'A subscription box or marketplace: a free first box, a welcome that gets results, then upgrades and add-ons.',
  },
]);
