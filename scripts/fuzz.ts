import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { FUZZ_TARGETS } from '../test/unit/fuzz/properties';
import { runCrashTrials } from '../test/unit/reliability/crash-harness';
import { createIpcWorld, ipcProperty, type IpcStats } from '../test/unit/reliability/ipc-fuzz';
import { seededRandom } from '../test/unit/reliability/random';

/**
 * `npm run fuzz`: the properties of test/unit/fuzz and test/unit/reliability at full size
 * (100,000+ inputs and 1,000 kills mid-save; `npm test` runs a few thousand of the same). Prints
 * the cases and the time per property and in all, and exits 1 on the first counterexample, with
 * the seed and path to replay it:
 *
 *   npm run fuzz -- --only "round trip" --runs 500 --seed 42 [--path 0:1:3] [--kills 200]
 */

const IPC_RUNS = 20_000;
const KILLS = 1_000;

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    runs: { type: 'string' },
    seed: { type: 'string' },
    path: { type: 'string' },
    kills: { type: 'string' },
  },
});

const IPC_NAME = 'IPC: random and malformed payloads to every handler';
const CRASH_NAME = 'crash during save (SIGKILL)';
const wanted = (name: string) => !values.only || name.includes(values.only);
const targets = FUZZ_TARGETS.filter((target) => wanted(target.name));
if (targets.length === 0 && !wanted(IPC_NAME) && !wanted(CRASH_NAME)) {
  console.error(`No property matches "${values.only ?? ''}".`);
  process.exit(2);
}
const seed =
  values.seed === undefined ? Date.now() ^ (Math.random() * 0x100000000) : Number(values.seed);

let total = 0;
const started = performance.now();
console.log(`Fuzzing with seed ${seed}`);
for (const target of targets) {
  const numRuns = values.runs === undefined ? target.fullRuns : Number(values.runs);
  const began = performance.now();
  const details = fc.check(target.property, {
    numRuns,
    seed,
    endOnFailure: true,
    ...(values.path === undefined ? {} : { path: values.path }),
  });
  const seconds = (performance.now() - began) / 1000;
  total += details.numRuns;
  if (details.failed) {
    const reason = details.errorInstance instanceof Error ? details.errorInstance.message : '';
    const report = `${reason}\n${fc.defaultReportMessage(details) ?? 'failed'}`;
    console.error(`FAILED  ${target.name} after ${details.numRuns} cases`);
    // Counterexamples can hold megabytes of text: show the start of the report.
    console.error(report.length > 4_000 ? `${report.slice(0, 4_000)}…` : report);
    process.exit(1);
  }
  console.log(
    `ok      ${target.name}: ${details.numRuns.toLocaleString('en')} cases in ${seconds.toFixed(1)} s`,
  );
}

if (wanted(IPC_NAME)) {
  const world = createIpcWorld();
  const stats: IpcStats = {};
  const began = performance.now();
  try {
    const numRuns = values.runs === undefined ? IPC_RUNS : Number(values.runs);
    const details = await fc.check(ipcProperty(world, stats), {
      numRuns,
      seed,
      endOnFailure: true,
      ...(values.path === undefined ? {} : { path: values.path }),
    });
    total += details.numRuns;
    if (details.failed) {
      const reason = details.errorInstance instanceof Error ? details.errorInstance.message : '';
      console.error(`FAILED  ${IPC_NAME} after ${details.numRuns} cases\n${reason}`);
      console.error((fc.defaultReportMessage(details) ?? '').slice(0, 4_000));
      process.exit(1);
    }
    const seconds = (performance.now() - began) / 1000;
    const outcomes = Object.entries(stats)
      .map(([outcome, count]) => `${outcome} ${count.toLocaleString('en')}`)
      .join(', ');
    console.log(
      `ok      ${IPC_NAME}: ${details.numRuns.toLocaleString('en')} calls in ${seconds.toFixed(1)} s (${outcomes})`,
    );
  } finally {
    world.dispose();
  }
}

let kills = 0;
if (wanted(CRASH_NAME)) {
  const report = await runCrashTrials({
    kills: values.kills === undefined ? KILLS : Number(values.kills),
    random: seededRandom(seed),
  });
  if (report.tempFilesAfterNextSave > 0) {
    report.failures.push(`${report.tempFilesAfterNextSave} temp files survived the next save`);
  }
  if (report.failures.length > 0) {
    console.error(`FAILED  ${CRASH_NAME}:\n${report.failures.slice(0, 10).join('\n')}`);
    process.exit(1);
  }
  kills = report.kills;
  console.log(
    `ok      ${CRASH_NAME}: ${report.kills.toLocaleString('en')} kills in ${report.seconds.toFixed(1)} s ` +
      `(${report.midSave} mid-save: old version kept ${report.keptOld}×, new ${report.keptNew}×; ` +
      `${report.beforeFirstSave} before a save began; ${report.completedSaves.toLocaleString('en')} saves completed; ` +
      `${report.strayTempFiles} hidden temp files left behind, ${report.tempFilesAfterNextSave} after the next save)`,
  );
}

const seconds = (performance.now() - started) / 1000;
console.log(
  `Fuzzed ${total.toLocaleString('en')} inputs and survived ${kills.toLocaleString('en')} kills mid-save in ${seconds.toFixed(1)} s: ` +
    'no throw, no hang, no unclear message, no file lost or touched.',
);
