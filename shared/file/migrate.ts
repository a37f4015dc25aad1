import { CURRENT_VERSION } from './version';

/** A parsed JSON object: the raw envelope before it is validated. */
export type RawFile = { [key: string]: unknown };

/**
 * One step of the upgrade path: turns the raw envelope of `fromVersion` into that of
 * `fromVersion + 1`. Steps work on raw JSON, not on model types, because the model only ever
 * describes the current version. The runner stamps the new `version`, so a step never has to.
 * A step may mutate its argument (it owns a fresh parse) but must return the result.
 */
export interface Migration {
  readonly fromVersion: number;
  migrate(raw: RawFile): RawFile;
}

/**
 * Every migration this build knows, one per format version below `CURRENT_VERSION`. The
 * fixtures of every version stay in test/fixtures/v<N> for good: a file once written opens
 * forever.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    // 1 → 2: the one journey becomes the file's only journey; the file takes its title and dates.
    fromVersion: 1,
    migrate(raw) {
      const { journey, ...rest } = raw;
      const only = isRawFile(journey) ? journey : {};
      return { ...rest, title: only.title, meta: only.meta, journeys: [only] };
    },
  },
];

/**
 * Upgrades `raw` (of format `version`) step by step to `targetVersion`. Throws if a step is
 * missing or a step returns something other than an object: both are bugs in this build, not
 * in the file, and the parser reports them without crashing.
 */
export function runMigrations(
  raw: RawFile,
  version: number,
  registry: readonly Migration[] = MIGRATIONS,
  targetVersion: number = CURRENT_VERSION,
): RawFile {
  let current = raw;
  for (let from = version; from < targetVersion; from += 1) {
    const steps = registry.filter((step) => step.fromVersion === from);
    const step = steps[0];
    if (step === undefined || steps.length > 1) {
      throw new Error(
        `${steps.length === 0 ? 'no' : 'more than one'} migration from format version ${from}`,
      );
    }
    const next: unknown = step.migrate(current);
    if (!isRawFile(next)) {
      throw new Error(`the migration from format version ${from} did not return an object`);
    }
    current = { ...next, version: from + 1 };
  }
  return current;
}

export function isRawFile(value: unknown): value is RawFile {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
