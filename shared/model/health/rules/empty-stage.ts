import { STAGES } from '../../stages';
import { finding } from '../context';
import type { HealthRule } from './rule';

/**
 * A stage with no tactic. Convert, Ascend and (after Convert) Excite have rules of their own that
 * say what is missing there, so they are left to those.
 */
export const emptyStage: HealthRule = {
  id: 'empty-stage',
  check(ctx) {
    return STAGES.filter((stage) => ctx.byStage[stage.id].length === 0)
      .filter((stage) => stage.id !== 'convert' && stage.id !== 'ascend')
      .filter((stage) => !(stage.id === 'excite' && ctx.byStage.convert.length > 0))
      .map((stage) =>
        finding(
          'empty-stage',
          'warning',
          `Nothing at ${stage.label} yet: no tactic where the person ${lower(stage.description)}.`,
          { stages: [stage.id] },
        ),
      );
  },
};

function lower(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
