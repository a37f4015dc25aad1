import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUZZ_TARGETS } from './properties';

/**
 * CI replays one fixed seed so a run is reproducible (the full `npm run fuzz` draws new seeds).
 * Set CVJ_FUZZ_SEED to replay another.
 */
const SEED = Number(process.env.CVJ_FUZZ_SEED ?? 20261122);

/**
 * The fuzz properties at CI size (a few thousand cases in all). `npm run fuzz` runs the same
 * properties at full size (100,000+ cases) and prints the count; docs/reliability.md has the
 * figures of a full run. A failure prints fast-check's seed and shrunk counterexample: replay it
 * with `npm run fuzz -- --seed <seed> --path <path>`.
 */
describe('fuzzing parseJourneyFile, serializeJourneyFile and the commands', () => {
  it.each(FUZZ_TARGETS.map((target) => [target.name, target] as const))(
    '%s',
    (_name, target) => {
      const details = fc.check(target.property, { numRuns: target.ciRuns, endOnFailure: true, seed: SEED });
      if (details.failed) {
        const reason = details.errorInstance instanceof Error ? details.errorInstance.message : '';
        // Counterexamples can hold megabytes of text: the start of the report is enough.
        expect.fail(`${reason}\n${(fc.defaultReportMessage(details) ?? '').slice(0, 4_000)}`);
      }
      expect(details.numRuns).toBe(target.ciRuns);
    },
    120_000,
  );
});
