import type { StageId } from './types';
import { STAGE_IDS } from './types';

export interface Stage {
  id: StageId;
  /** 1-based position in the journey. */
  number: number;
  label: string;
  /** One line: what happens to the person at this stage. */
  description: string;
  /** The same in a few words, for narrow lanes (all eight on a small projector). */
  summary: string;
  measure: string;
  /** Lane accent colour (hex), chosen for contrast on a light canvas and on a projector. */
  color: string;
}

export const STAGES: readonly Stage[] = [
  {
    id: 'aware',
    summary: 'Learns you have an answer',
    number: 1,
    label: 'Aware',
    description: 'Learns the business has an answer to a pain or a passion',
    measure: 'Reach, impressions',
    color: '#2563eb',
  },
  {
    id: 'engage',
    summary: 'Consumes your content',
    number: 2,
    label: 'Engage',
    description: 'Consumes the content; starts to like and trust the business',
    measure: 'Visits, time on page, follows',
    color: '#0891b2',
  },
  {
    id: 'subscribe',
    summary: 'Trades contact details',
    number: 3,
    label: 'Subscribe',
    description: 'Hands over contact details for something of value',
    measure: 'Leads, opt-in rate',
    color: '#059669',
  },
  {
    id: 'convert',
    summary: 'Commits a little time or money',
    number: 4,
    label: 'Convert',
    description: 'Commits a little time or money to an entry-point offer',
    measure: 'Conversion rate, first orders, meetings booked',
    color: '#65a30d',
  },
  {
    id: 'excite',
    summary: 'Gets real value from it',
    number: 5,
    label: 'Excite',
    description: 'Gets real value out of that first commitment',
    measure: 'Activation, satisfaction',
    color: '#d97706',
  },
  {
    id: 'ascend',
    summary: 'Buys the core offer, then more',
    number: 6,
    label: 'Ascend',
    description: 'Buys the core offer, then more',
    measure: 'Average order value, lifetime value',
    color: '#dc2626',
  },
  {
    id: 'advocate',
    summary: 'Vouches for you when asked',
    number: 7,
    label: 'Advocate',
    description: 'Vouches for the business when asked',
    measure: 'Reviews, testimonials, NPS',
    color: '#c026d3',
  },
  {
    id: 'promote',
    summary: 'Sends new people to you',
    number: 8,
    label: 'Promote',
    description: 'Actively sends new people to the business',
    measure: 'Referrals, referred revenue',
    color: '#7c3aed',
  },
];

const BY_ID = new Map<StageId, Stage>(STAGES.map((s) => [s.id, s]));

export function getStage(id: StageId): Stage {
  const stage = BY_ID.get(id);
  if (!stage) throw new Error(`Unknown stage: ${id}`);
  return stage;
}

export function isStageId(value: unknown): value is StageId {
  return typeof value === 'string' && (STAGE_IDS as readonly string[]).includes(value);
}

/** 0-based index of a stage in journey order. */
export function stageIndex(id: StageId): number {
  return STAGE_IDS.indexOf(id);
}
