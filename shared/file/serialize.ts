import type { Journey, JourneySet } from '../model/types';
import { journeysInOrder, singleJourneySet } from '../model/journeySet';
import type { Layout } from './canonical-json';
import { toCanonicalJson } from './canonical-json';
import type { CvjFile } from './schema';
import { APP_NAME, APP_VERSION, CURRENT_VERSION, FORMAT_NAME } from './version';

/**
 * The canonical key order of a `.cvj` file. Known keys come in the order below (the order of
 * the interfaces in shared/model/types.ts, most identifying first), then unknown keys sorted;
 * lists keep their order. One order for every writer means saving twice gives the same bytes
 * and a one-field edit is a one-line diff in version control.
 */
const TACTIC: Layout = {
  keys: [
    'id',
    'stage',
    'kind',
    'title',
    'notes',
    'position',
    'owner',
    'status',
    'cost',
    'conversionRate',
    'reach',
    'value',
    'costPerPerson',
    'link',
    'votes',
  ],
  fields: { position: { keys: ['x', 'y'] } },
};
const CONNECTION: Layout = { keys: ['id', 'source', 'target', 'label', 'share'] };
const CUSTOM_TACTIC: Layout = { keys: ['id', 'name', 'stage', 'icon', 'color', 'description'] };
const META: Layout = { keys: ['createdAt', 'updatedAt'] };
const JOURNEY: Layout = {
  keys: ['id', 'title', 'persona', 'tactics', 'connections', 'customTactics', 'dismissedFindings', 'forecast', 'meta'],
  fields: {
    persona: { keys: ['name', 'description', 'color', 'icon'] },
    tactics: { items: TACTIC },
    connections: { items: CONNECTION },
    customTactics: { items: CUSTOM_TACTIC },
    forecast: { keys: ['currency', 'period'] },
    meta: META,
  },
};
export const FILE_LAYOUT: Layout = {
  keys: ['format', 'version', 'app', 'title', 'meta', 'journeys'],
  fields: { app: { keys: ['name', 'version'] }, meta: META, journeys: { items: JOURNEY } },
};

export interface SerializeOptions {
  /**
   * The envelope the journeys were read from (`ParseResult.file`), so keys this build does not
   * know at the top level and in `app` are written back. The journeys, title and dates are not
   * taken from here but from the set.
   */
  extra?: CvjFile;
}

/**
 * The text of a `.cvj` file (format version 2): 2-space JSON in canonical key order with a
 * trailing newline, the journeys in tab order. Pure: it stamps the format, version and app, but
 * no `updatedAt` (the save command owns that).
 *
 * Unknown keys inside a journey live on the model objects themselves: parsing keeps them on the
 * journey, its tactics, connections, custom tactics, positions, persona and meta, and commands
 * that copy objects with spread (`{ ...tactic, title }`) carry them along. Whatever keys the
 * objects hold at runtime are written, so view state must never be put on document objects.
 */
export function serializeJourneySet(set: JourneySet, options: SerializeOptions = {}): string {
  const { extra } = options;
  const extraApp: object = typeof extra?.app === 'object' && extra.app !== null ? extra.app : {};
  const file = {
    ...extra,
    format: FORMAT_NAME,
    version: CURRENT_VERSION,
    app: { ...extraApp, name: APP_NAME, version: APP_VERSION },
    title: set.title,
    meta: set.meta,
    journeys: journeysInOrder(set),
  };
  return `${toCanonicalJson(file, FILE_LAYOUT)}\n`;
}

/** The text of a `.cvj` file holding this one journey (its title and dates are the file's). */
export function serializeJourneyFile(journey: Journey, options: SerializeOptions = {}): string {
  return serializeJourneySet(singleJourneySet(journey), options);
}
