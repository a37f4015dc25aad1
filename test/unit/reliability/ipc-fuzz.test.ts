import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createIpcWorld, ipcProperty, type IpcStats } from './ipc-fuzz';

/**
 * Random and malformed payloads to every main-process IPC handler (see ipc-fuzz.ts): a typed
 * rejection every time, never a crash, a hang or a file touched. `npm run fuzz` runs more.
 */
const world = createIpcWorld();
afterAll(() => world.dispose());

describe('IPC fuzzing through handleInvoke into the real document manager', () => {
  it('answers every call with a typed result and touches no file when it refuses', async () => {
    const stats: IpcStats = {};
    const details = await fc.check(ipcProperty(world, stats), { numRuns: 600, endOnFailure: true });
    if (details.failed) {
      const reason = details.errorInstance instanceof Error ? details.errorInstance.message : '';
      expect.fail(`${reason}\n${(fc.defaultReportMessage(details) ?? '').slice(0, 4_000)}`);
    }
    expect(details.numRuns).toBe(600);
    // Every kind of answer really happened: calls that passed the gate and each kind of refusal.
    for (const outcome of ['answered', 'bad-request', 'forbidden', 'unknown-channel']) {
      expect(stats[outcome], outcome).toBeGreaterThan(10);
    }
  }, 120_000);
});
