import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The app's CSP forbids eval, and the renderer reported a violation on every start: zod probes
 * `new Function("")` on its first parse to decide whether to compile schemas. shared/file/
 * schema.ts now sets zod to jitless; this checks that parsing a file, a clipboard and an IPC
 * payload never reaches the Function constructor. It runs in a module graph of its own (vitest
 * isolates test files), so zod's cached probe starts fresh here.
 */
const RealFunction = globalThis.Function;
const constructed: string[] = [];
globalThis.Function = new Proxy(RealFunction, {
  construct(target, args: string[]) {
    constructed.push(args.join(', '));
    return Reflect.construct(target, args) as object;
  },
  apply(target, thisArg, args: string[]) {
    constructed.push(args.join(', '));
    return Reflect.apply(target, thisArg, args) as unknown;
  },
});
afterAll(() => {
  globalThis.Function = RealFunction;
});

describe('parsing never asks for eval (the CSP would refuse it)', () => {
  it('a file, a clipboard and IPC payloads parse without the Function constructor', async () => {
    const { parseJourneyFile } = await import('../../../shared/file');
    const { copyTactics, serializeClipboard } = await import('../../../shared/model/commands');
    const { parseClipboard } = await import('../../../shared/model/commands/clipboardSchema');
    const { INVOKE_CHANNELS } = await import('../../../shared/ipc/contract');
    const text = readFileSync(new URL('../../fixtures/v1/full.cvj', import.meta.url), 'utf8');
    const parsed = parseJourneyFile(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const ids = parsed.journey.tactics.map((tactic) => tactic.id);
    expect(parseClipboard(serializeClipboard(copyTactics(parsed.journey, ids)))).not.toBeNull();
    expect(
      INVOKE_CHANNELS['window:set-state'].request.safeParse([{ documentTitle: 'x', edited: true }])
        .success,
    ).toBe(true);
    expect(INVOKE_CHANNELS['file:save'].request.safeParse([{ text }]).success).toBe(true);
    expect(constructed).toEqual([]);
  });
});
