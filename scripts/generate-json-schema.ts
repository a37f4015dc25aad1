/**
 * Writes docs/cvj-v1.schema.json and docs/cvj-v2.schema.json (the format versions this build
 * reads) from the zod schemas, for tools outside CVJ Studio (editors, CI checks, other apps). Run
 * `npm run schema` after changing shared/file/schema.ts; a unit test fails while a committed
 * file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cvjJsonSchemaText, SCHEMA_VERSIONS } from '../shared/file/json-schema';

for (const version of SCHEMA_VERSIONS) {
  const target = fileURLToPath(new URL(`../docs/cvj-v${version}.schema.json`, import.meta.url));
  writeFileSync(target, cvjJsonSchemaText(version));
  console.log(`Wrote ${target}`);
}
