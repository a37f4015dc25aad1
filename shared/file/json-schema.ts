import { z } from 'zod';
import { CvjFileSchema, CvjFileV1Schema } from './schema';
import { CURRENT_VERSION } from './version';

/** The format versions a JSON Schema is published for (docs/cvj-v<N>.schema.json). */
export const SCHEMA_VERSIONS = [1, CURRENT_VERSION] as const;

/**
 * The JSON Schema of a format version, derived from the zod schema so the two cannot disagree
 * on shape. It describes what a file may contain (`io: 'input'`: customTactics may be absent).
 * Cross-field rules (unique ids, connections between existing tactics) live only in zod; the
 * schema's description says so.
 */
export function cvjJsonSchema(version: (typeof SCHEMA_VERSIONS)[number] = CURRENT_VERSION): Record<string, unknown> {
  return z.toJSONSchema(version === 1 ? CvjFileV1Schema : CvjFileSchema, { target: 'draft-2020-12', io: 'input' });
}

/** Exactly the text of docs/cvj-v<version>.schema.json. */
export function cvjJsonSchemaText(version: (typeof SCHEMA_VERSIONS)[number] = CURRENT_VERSION): string {
  return `${JSON.stringify(cvjJsonSchema(version), null, 2)}\n`;
}
