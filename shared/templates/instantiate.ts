import { createId } from '../model/ids';
import type { Journey } from '../model/types';

/**
 * A new journey from a template (or a saved journey kept as one): the same tactics, connections
 * and custom tactics under a new journey id, dated now, with no dismissed findings and no votes
 * (those belong to the journey they were made in).
 */
export function journeyFromTemplate(template: Journey, now: Date = new Date()): Journey {
  const at = now.toISOString();
  const { dismissedFindings: _dismissed, ...rest } = template;
  return {
    ...rest,
    id: createId('j'),
    tactics: template.tactics.map(({ votes: _votes, ...tactic }) => tactic),
    meta: { ...template.meta, createdAt: at, updatedAt: at },
  };
}
