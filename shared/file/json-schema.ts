import { z } from 'zod';
import { CvjFileSchema } from './schema';

/**
 * The JSON Schema of the current format, derived from the zod schema so the two cannot
 * disagree on shape. It describes what a file may contain (`io: 'input'`: customTactics may be
 * absent). Cross-field rules (unique ids, connections between existing tactics) live only in
 * zod; the schema's description says so.
 */
export function cvjJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(CvjFileSchema, { target: 'draft-2020-12', io: 'input' });
}

/** Exactly the text of docs/cvj-v1.schema.json. */
export function cvjJsonSchemaText(): string {
  return `${JSON.stringify(cvjJsonSchema(), null, 2)}\n`;
}
