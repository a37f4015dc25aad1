import { freeze, produce } from 'immer';
import type { Journey } from '../types';

import { UNTITLED_JOURNEY } from '../names';

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
      title: title?.trim() || UNTITLED_JOURNEY,
      tactics: [],
      connections: [],
      customTactics: [],
      meta: { createdAt: timestamp, updatedAt: timestamp },
    },
    true,
  );
}

/**
 * The journey as saved at `now`: `meta.updatedAt` says when its file was last written. Not an
 * edit (the save stamps it, undo never sees it); the same document comes back if it already
 * carries that time.
 */
export function stampSaved(doc: Journey, { now }: { now: string | Date }): Journey {
  const timestamp = typeof now === 'string' ? now : now.toISOString();
  if (doc.meta.updatedAt === timestamp) return doc;
  return produce(doc, (draft) => {
    draft.meta.updatedAt = timestamp;
  });
}

export function renameJourney(doc: Journey, { title }: { title: string }): Journey {
  const next = title.trim();
  if (!next || next === doc.title) return doc;
  return produce(doc, (draft) => {
    draft.title = next;
  });
}
