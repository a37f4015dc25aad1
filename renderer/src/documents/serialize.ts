import { serializeJourneyFile } from '../../../shared/file/serialize';
import type { Journey } from '../../../shared/model/types';
import type { AppState } from '../store/types';

/** The `.cvj` text of `doc`, keeping the top-level keys of the file it came from. */
export function serializeDocument(state: Pick<AppState, 'session'>, doc: Journey): string {
  const envelope = state.session.envelope;
  return serializeJourneyFile(doc, envelope ? { extra: envelope } : {});
}
