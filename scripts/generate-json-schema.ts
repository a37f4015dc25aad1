/**
 * Writes docs/cvj-v1.schema.json from the zod schema, for tools outside CVJ Studio (editors,
 * CI checks, other apps). Run `npm run schema` after changing shared/file/schema.ts; a unit
 * test fails while the committed file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cvjJsonSchemaText } from '../shared/file/json-schema';

const target = fileURLToPath(new URL('../docs/cvj-v1.schema.json', import.meta.url));
writeFileSync(target, cvjJsonSchemaText());
console.log(`Wrote ${target}`);
