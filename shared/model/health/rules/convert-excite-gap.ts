import { finding } from '../context';
import type { HealthRule } from './rule';

/**
 * The Convert-to-Excite gap: people buy and nothing makes sure they get value from it. The 48–72
 * hours after a first purchase decide whether they go on.
 */
export const convertExciteGap: HealthRule = {
  id: 'convert-excite-gap',
  check(ctx) {
    if (ctx.byStage.convert.length === 0 || ctx.byStage.excite.length > 0) return [];
    return [
      finding(
        'convert-excite-gap',
        'problem',
        'Convert-to-Excite gap: people take the entry-point offer and nothing at Excite makes sure they get value from it in the first 48–72 hours.',
        { stages: ['convert', 'excite'], tactics: ctx.byStage.convert.map((t) => t.id) },
        'stage',
      ),
    ];
  },
};
