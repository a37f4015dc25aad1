import { finding, listNames, quoted } from '../context';
import type { HealthRule } from './rule';

/** Planned or live tactics nobody owns. */
export const noOwner: HealthRule = {
  id: 'no-owner',
  check(ctx) {
    const orphans = ctx.doc.tactics.filter(
      (t) => (t.status === 'planned' || t.status === 'live') && !t.owner?.trim(),
    );
    if (orphans.length === 0) return [];
    const one = orphans.length === 1;
    return [
      finding(
        'no-owner',
        'tip',
        `${one ? 'A planned or live tactic has' : `${orphans.length} planned or live tactics have`} no owner: ${listNames(orphans.map(quoted))}.`,
        { stages: orphans.map((t) => t.stage), tactics: orphans.map((t) => t.id) },
      ),
    ];
  },
};
