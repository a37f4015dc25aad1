// Bundles the `cvj` command line (cli/cvj.ts and the shared/ code it uses) into one ES module,
// out/cli/cvj.mjs, for installs without tsx (a packaged app, `npm install -g`). bin/cvj.js runs
// the TypeScript sources through tsx when tsx is there, and this bundle otherwise.
//
//   node scripts/build-cli.mjs
//
// @resvg/resvg-js stays external: it loads a native binary at run time. The bundle finds the
// fonts by walking up from its own folder to assets/fonts (cli/fonts.ts).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
  absWorkingDir: root,
  entryPoints: ['cli/cvj.ts'],
  outfile: 'out/cli/cvj.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['@resvg/resvg-js'],
  banner: {
    // Bundled CommonJS dependencies may call require().
    js: "import { createRequire as __cvjCreateRequire } from 'node:module'; const require = __cvjCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
console.log('Wrote out/cli/cvj.mjs');
