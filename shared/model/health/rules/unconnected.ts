import { finding, listNames, quoted } from '../context';
import type { HealthRule } from './rule';

/** Cards connected to nothing, in a journey of more than one card: where do they fit? */
export const unconnected: HealthRule = {
  id: 'unconnected',
  check(ctx) {
    if (ctx.doc.tactics.length < 2) return [];
    const alone = ctx.doc.tactics.filter((t) => !ctx.outgoing.has(t.id) && !ctx.incoming.has(t.id));
    if (alone.length === 0) return [];
    const one = alone.length === 1;
    return [
      finding(
        'unconnected',
        'warning',
        `${one ? 'A card is' : `${alone.length} cards are`} connected to nothing: ${listNames(alone.map(quoted))}. Connect ${one ? 'it' : 'them'} to show where ${one ? 'it fits' : 'they fit'} in the journey.`,
        { stages: alone.map((t) => t.stage), tactics: alone.map((t) => t.id) },
      ),
    ];
  },
};
