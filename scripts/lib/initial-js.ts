import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The JavaScript a start of a built renderer loads before anything else (its index.html's
 * module script and the modules it preloads), in KB gzip: what a slow network waits for
 * before the first paint. Chunks loaded later (dialogs, the file parser, exports) do not count.
 */
export function initialJsKb(dir: string): { kb: number; files: string[] } {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const files = [
    ...html.matchAll(/<script[^>]+src="\.\/([^"]+)"/g),
    ...html.matchAll(/<link rel="modulepreload"[^>]+href="\.\/([^"]+)"/g),
  ].map((m) => m[1]!);
  const bytes = files.reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(dir, file))).length,
    0,
  );
  return { kb: bytes / 1024, files };
}
