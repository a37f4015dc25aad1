import { z } from 'zod';

/**
 * zod compiles object schemas with `new Function` where it can, probing for that when the first
 * object schema is built. The renderer's CSP forbids eval, so the probe is refused and reported
 * as a CSP violation; in Node it compiles code from schema keys. Jitless parsing is as fast for
 * journeys (measured on 10,000 tactics: 58–147 ms against 42–339 ms) and the same everywhere.
 *
 * The setting is global to zod and must come before any schema is built: every module that
 * builds schemas imports this one first (shared/file/schema.ts, shared/ipc/contract.ts,
 * shared/model/commands/clipboardSchema.ts, renderer/src/platform/recoveryBackends.ts). The
 * renderer loads all of them after its first paint, never with it.
 */
z.config({ jitless: true });

const LENGTH_CHECKS = new Set(['min_length', 'max_length', 'length_equals']);

/**
 * zod 4 runs a string's or a list's length checks on any value that has a `length`, even one
 * that already failed the type check, and compares that `length` with a number: a file holding
 * `{"length": {"toString": null}}` where text belongs then throws inside zod ("Cannot convert
 * object to primitive value") instead of being told as "must be text". Found by the fuzzer.
 * This limits those checks to values of the right type.
 */
function lengthChecksOnly<T extends z.ZodString | z.ZodArray>(
  schema: T,
  isRightType: (value: unknown) => boolean,
): T {
  for (const check of schema._zod.def.checks ?? []) {
    if (LENGTH_CHECKS.has(check._zod.def.check))
      check._zod.def.when = (payload) => isRightType(payload.value);
  }
  return schema;
}

/** A text field of at most `max` characters (and at least `min`). */
export function text(max: number, min = 0): z.ZodString {
  const schema = min > 0 ? z.string().min(min).max(max) : z.string().max(max);
  return lengthChecksOnly(schema, (value) => typeof value === 'string');
}

/** A list of at most `max` items. */
export function list<T extends z.ZodType>(item: T, max: number): z.ZodArray<T> {
  return lengthChecksOnly(z.array(item).max(max), Array.isArray);
}
