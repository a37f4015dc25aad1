#!/usr/bin/env node
// Starts the `cvj` command line (cli/cvj.ts). In the repository the TypeScript sources run
// through tsx, so `npx cvj` always runs the current code; where tsx is not installed (an
// installed package) the bundle that scripts/build-cli.mjs writes to out/cli/cvj.mjs is used.
import { existsSync } from 'node:fs';
import process from 'node:process';
import { fileURLToPath, pathToFileURL, URL } from 'node:url';

const source = new URL('../cli/cvj.ts', import.meta.url);
const bundle = new URL('../out/cli/cvj.mjs', import.meta.url);

async function load() {
  if (existsSync(fileURLToPath(source))) {
    try {
      const { tsImport } = await import('tsx/esm/api');
      return await tsImport(source.href, import.meta.url);
    } catch (error) {
      if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('tsx'))
        throw error;
    }
  }
  if (existsSync(fileURLToPath(bundle))) return import(pathToFileURL(fileURLToPath(bundle)).href);
  process.stderr.write('cvj: neither tsx nor the built CLI (out/cli/cvj.mjs) is available.\n');
  process.exit(1);
}

// `cvj forecast x.cvj | head`: the reader closing the pipe early is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const { main } = await load();
process.exitCode = await main(process.argv.slice(2));
