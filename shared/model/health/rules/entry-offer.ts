import { finding } from '../context';
import type { HealthRule } from './rule';

/**
 * Convert needs an entry-point offer: time (a meeting, a demo, a consultation) or a little money
 * (a tripwire, a coupon, a free trial). A tactic of a Convert kind, from the library or the
 * journey's own, counts.
 */
export const noEntryOffer: HealthRule = {
  id: 'no-entry-offer',
  check(ctx) {
    const here = ctx.byStage.convert;
    if (here.some((t) => ctx.homeStage(t) === 'convert')) return [];
    const message =
      here.length === 0
        ? 'Nothing at Convert: no entry-point offer (a meeting, a demo, a tripwire, a free trial) turns subscribers into buyers.'
        : 'Convert has no entry-point offer: none of its tactics asks for a little time (a meeting, a demo) or money (a tripwire, a coupon, a free trial).';
    return [
      finding(
        'no-entry-offer',
        'problem',
        message,
        { stages: ['convert'], tactics: here.map((t) => t.id) },
        'stage',
      ),
    ];
  },
};
