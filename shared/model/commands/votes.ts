import { produce } from 'immer';
import { LIMITS } from '../limits';
import { tacticIndex } from '../tacticIndex';
import type { Journey } from '../types';

/**
 * Dot-voting: a dot more (or one less) on a card. One command per dot, so each is its own undo
 * step; a card's last dot taken away leaves no `votes` field behind.
 */
export function voteForTactic(doc: Journey, { id, delta }: { id: string; delta: 1 | -1 }): Journey {
  const index = tacticIndex(doc.tactics).indexOf(id);
  if (index < 0) return doc;
  const now = doc.tactics[index]!.votes ?? 0;
  const next = Math.max(0, Math.min(LIMITS.votes, now + delta));
  if (next === now) return doc;
  return produce(doc, (draft) => {
    const tactic = draft.tactics[index]!;
    if (next === 0) delete tactic.votes;
    else tactic.votes = next;
  });
}

/** Clears every dot in the journey: one undo step. */
export function clearVotes(doc: Journey): Journey {
  if (!doc.tactics.some((t) => t.votes !== undefined)) return doc;
  return produce(doc, (draft) => {
    for (const tactic of draft.tactics) if (tactic.votes !== undefined) delete tactic.votes;
  });
}

/** The voted cards, most dots first (ties in document order). */
export function voteRanking(doc: Journey): { id: string; title: string; votes: number }[] {
  return doc.tactics
    .filter((t) => (t.votes ?? 0) > 0)
    .map((t) => ({ id: t.id, title: t.title, votes: t.votes! }))
    .sort((a, b) => b.votes - a.votes);
}
