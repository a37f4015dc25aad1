import type { Journey } from '../../../shared/model/types';
import { stageIndex } from '../../../shared/model/stages';
import type { Presentation } from '../store/uiSlice';

/** "Reveal as we go": stages from this index on are hidden; null when nothing is. */
export function hiddenFrom(presenting: Presentation | null): number | null {
  return presenting?.revealAsWeGo ? presenting.reached : null;
}

let last: { doc: Journey; from: number; shown: Journey } | null = null;

/** The journey as the room may see it: the cards of stages not reached yet, and their connections, left out. */
export function revealedJourney(doc: Journey, from: number | null): Journey {
  if (from === null) return doc;
  if (last && last.doc === doc && last.from === from) return last.shown;
  const kept = new Set(doc.tactics.filter((t) => stageIndex(t.stage) < from).map((t) => t.id));
  const shown = {
    ...doc,
    tactics: doc.tactics.filter((t) => kept.has(t.id)),
    connections: doc.connections.filter((c) => kept.has(c.source) && kept.has(c.target)),
  };
  last = { doc, from, shown };
  return shown;
}
