import { z } from 'zod';

/**
 * zod compiles object schemas with `new Function` where it can, probing for that when the first
 * object schema is built. The renderer's CSP forbids eval, so the probe is refused and reported
 * as a CSP violation; in Node it compiles code from schema keys. Jitless parsing is as fast for
 * journeys (measured on 10,000 tactics: 58–147 ms against 42–339 ms) and the same everywhere.
 *
 * The setting is global to zod and must come before any schema is built: schema.ts imports this
 * module, and the renderer imports it first thing (renderer/src/main.tsx), because schemas in
 * shared/model and shared/ipc are built before shared/file is loaded there.
 */
z.config({ jitless: true });
