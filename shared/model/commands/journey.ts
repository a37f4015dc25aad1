import { freeze, produce } from 'immer';
import type { Journey } from '../types';

export const DEFAULT_JOURNEY_TITLE = 'Untitled journey';

export interface CreateEmptyJourneyArgs {
  id: string;
  /** ISO 8601 string (or a Date) for both timestamps. Passed in so results are reproducible. */
  now: string | Date;
  title?: string;
}

export function createEmptyJourney({ id, now, title }: CreateEmptyJourneyArgs): Journey {
  const timestamp = typeof now === 'string' ? now : now.toISOString();
  // Frozen like every document a command returns (immer auto-freezes), so no caller can edit
  // one in place behind the history's back.
  return freeze(
    {
      id,
      title: title?.trim() || DEFAULT_JOURNEY_TITLE,
      tactics: [],
      connections: [],
      customTactics: [],
      meta: { createdAt: timestamp, updatedAt: timestamp },
    },
    true,
  );
}

export function renameJourney(doc: Journey, { title }: { title: string }): Journey {
  const next = title.trim();
  if (!next || next === doc.title) return doc;
  return produce(doc, (draft) => {
    draft.title = next;
  });
}
