import type { HealthContext } from '../context';
import type { Finding, RuleId } from '../types';

/** One check of the journey against the CVJ model (../../../../docs/domain.md). */
export interface HealthRule {
  id: RuleId;
  check(ctx: HealthContext): Finding[];
}
