import { serializeJourneySet } from '../../../shared/file/serialize';
import { withJourney } from '../../../shared/model/journeySet';
import type { Journey, JourneySet } from '../../../shared/model/types';
import { workingSet } from '../store/journeysSlice';
import type { AppState } from '../store/types';

/**
 * The file's journeys with `doc` as the open one (the open journey as it is, or as stamped by a
 * save). The file is as new as that save; a file of one journey is titled after it.
 */
export function fileSetOf(state: Pick<AppState, 'journeySet' | 'doc'>, doc: Journey): JourneySet {
  const base = withJourney(workingSet(state), doc);
  return {
    ...base,
    title: base.order.length === 1 ? doc.title : base.title,
    meta: { ...base.meta, updatedAt: doc.meta.updatedAt },
  };
}

/** The `.cvj` text of the whole file, keeping the top-level keys of the file it came from. */
export function serializeDocument(state: Pick<AppState, 'session' | 'journeySet' | 'doc'>, doc: Journey): string {
  const { envelope } = state.session;
  return serializeJourneySet(fileSetOf(state, doc), envelope ? { extra: envelope } : {});
}
