// `npm run typecheck`: type-checks each TypeScript project of the repo (shared, node, web, test,
// bench), as many at once as there are cores, each incrementally (its .tsbuildinfo lives in
// node_modules/.cache/tsc, so an unchanged project is checked again in a fraction of the time).
// Exits non-zero, with tsc's own messages, if any project has an error.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import os from 'node:os';

const PROJECTS = ['shared', 'node', 'web', 'test', 'bench'];
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

function check(name) {
  return new Promise((resolve) => {
    const args = [tsc, '-p', `tsconfig.${name}.json`, '--incremental', '--tsBuildInfoFile', `node_modules/.cache/tsc/${name}.tsbuildinfo`, '--pretty'];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ name, code, output }));
  });
}

const queue = [...PROJECTS];
const results = [];
const workers = Array.from({ length: Math.max(1, Math.min(os.cpus().length, PROJECTS.length)) }, async () => {
  while (queue.length) results.push(await check(queue.shift()));
});
await Promise.all(workers);
let failed = false;
for (const name of PROJECTS) {
  const r = results.find((x) => x.name === name);
  if (r.code !== 0) {
    failed = true;
    console.error(`tsconfig.${name}.json:\n${r.output}`);
  }
}
console.log(failed ? 'typecheck: errors (above)' : `typecheck: ${PROJECTS.length} projects clean`);
process.exit(failed ? 1 : 0);
