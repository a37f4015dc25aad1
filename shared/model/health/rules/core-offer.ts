import { finding } from '../context';
import type { HealthRule } from './rule';

/** Nothing at Ascend: no core offer, and Convert is rarely profitable, so no profit. */
export const noCoreOffer: HealthRule = {
  id: 'no-core-offer',
  check(ctx) {
    if (ctx.byStage.ascend.length > 0) return [];
    return [
      finding(
        'no-core-offer',
        'problem',
        'Nothing at Ascend: no core offer, so no profit (the entry-point offer at Convert rarely pays for itself).',
        { stages: ['ascend'] },
      ),
    ];
  },
};
