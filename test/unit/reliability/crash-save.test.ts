import { describe, expect, it } from 'vitest';
import { runCrashTrials } from './crash-harness';
import { seededRandom } from './random';

/**
 * A laptop losing power mid-save, 200 times: a child process saves a journey over and over
 * through the real save path (DocumentFiles with backups and atomicWrite) and is SIGKILLed at
 * random moments. `npm run fuzz` does 1,000 kills; docs/reliability.md has the figures.
 * Replay a failure with CVJ_CRASH_SEED=<seed>.
 */
const KILLS = 200;
const seed = Number(process.env['CVJ_CRASH_SEED'] ?? Date.now() % 1_000_000);

describe('killing a save at random moments', () => {
  it(`leaves the old or the new version, whole, every time (${KILLS} kills, seed ${seed})`, async () => {
    const report = await runCrashTrials({ kills: KILLS, random: seededRandom(seed) });
    expect(report.failures).toEqual([]);
    expect(report.kills).toBe(KILLS);
    // The kills really landed in the middle of saves, and saves really completed in between.
    expect(report.midSave).toBeGreaterThan(KILLS / 2);
    expect(report.completedSaves).toBeGreaterThan(0);
    expect(report.keptOld).toBeGreaterThan(0);
    // Killed saves leave hidden temp files; the next save sweeps them once they are stale.
    expect(report.tempFilesAfterNextSave).toBe(0);
    console.log(
      `crash test: ${report.kills} kills (${report.midSave} mid-save, ${report.beforeFirstSave} before a save began), ` +
        `old version kept ${report.keptOld}×, new version ${report.keptNew}×, ${report.completedSaves} saves completed, ` +
        `${report.strayTempFiles} hidden temp files left (${report.tempFilesAfterNextSave} after the next save), ${report.seconds.toFixed(1)} s`,
    );
  }, 180_000);
});
