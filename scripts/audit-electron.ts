import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * `npm run audit:electron`: Doyensec's electronegativity over the app's source and its build
 * output, offline, failing on any finding of medium severity or above that has no reviewed
 * disposition below. electronegativity itself exits 0 whatever it finds, so this reads its
 * results. Each disposition names the checklist test (test/unit/reliability/
 * electron-checklist.test.ts) that proves the finding does not apply; the script runs those
 * tests and a disposition counts only while they pass.
 *
 * Offline: electronegativity fetches translations and Electron's release list at run time. The
 * first is answered from its bundled English strings; the release check
 * (AvailableSecurityFixesGlobalCheck) is left out, and checklist item 16 covers the version.
 * Any other network use would be blocked here and fail the audit.
 */

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const FAIL_AT = 'MEDIUM';
const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
/**
 * Checks this app treats as medium at least, whatever electronegativity rates them: each is a
 * setting the app never uses (electronegativity rates Blink and experimental features low, and
 * node integration informational when it guesses the page is sandboxed).
 */
const NEVER_ALLOWED = new Set([
  'NODE_INTEGRATION_JS_CHECK',
  'NODE_INTEGRATION_HTML_CHECK',
  'NODE_INTEGRATION_ATTACH_EVENT_JS_CHECK',
  'BLINK_FEATURES_JS_CHECK',
  'BLINK_FEATURES_HTML_CHECK',
  'EXPERIMENTAL_FEATURES_JS_CHECK',
  'EXPERIMENTAL_FEATURES_HTML_CHECK',
  'ALLOWPOPUPS_HTML_CHECK',
  'SECURITY_WARNINGS_DISABLED_JS_CHECK',
  'SECURITY_WARNINGS_DISABLED_JSON_CHECK',
]);

interface Finding {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name: string };
  confidence: { name: string };
  manualReview: boolean;
  description: string;
}

interface Disposition {
  check: string;
  /** Files (relative to the scanned tree) the disposition covers. */
  files: RegExp;
  reason: string;
  /** Titles (start) of the checklist tests that must pass for the disposition to hold. */
  verifiedBy: string[];
}

/** Every finding of medium severity or above that was reviewed, and why it does not apply. */
const DISPOSITIONS: Disposition[] = [
  {
    check: 'CONTEXT_ISOLATION_JS_CHECK',
    files: /^(src\/electron\/main\/window\.ts|build\/main\/index\.js)$/,
    reason:
      'The BrowserWindow takes its webPreferences from secureWebPreferences(), a function call the scanner cannot follow; the real window options have contextIsolation: true.',
    verifiedBy: ['3. Context isolation on'],
  },
  {
    check: 'SANDBOX_JS_CHECK',
    files: /^(src\/electron\/main\/window\.ts|build\/main\/index\.js)$/,
    reason:
      'Same call as above: the real window options have sandbox: true, and app.enableSandbox() runs before any window.',
    verifiedBy: ['4. Process sandboxing'],
  },
  {
    check: 'AUXCLICK_JS_CHECK',
    files: /^(src\/electron\/main\/window\.ts|build\/main\/index\.js)$/,
    reason:
      'Middle-click can only open a new window or navigate; every new window is denied (setWindowOpenHandler) and navigation off the app origin is prevented, for every web contents.',
    verifiedBy: ['13. Navigation is limited', '14. New windows are denied'],
  },
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    files:
      /^(src\/electron\/main\/index\.ts|src\/electron\/main\/ipc-handlers\.ts|src\/renderer\/src\/.*\.tsx?|build\/main\/index\.js)$/,
    reason:
      'shell.openExternal is reached only through the shell:open-external IPC channel, whose payload must pass externalUrlProblem (http, https or mailto; no credentials, spaces or control characters), checked at the gate and again in the handler; the renderer only asks, after the user confirmed the exact URL.',
    verifiedBy: ['15. shell.openExternal only with checked input', '17. The sender of every IPC'],
  },
];

/** Copies what ships into a scratch tree: the source (src/) and the build output (build/). */
function stage(): string {
  const out = join(root, 'out');
  const built = ['main/index.js', 'preload/index.cjs', 'renderer/index.html'];
  if (!built.every((file) => existsSync(join(out, file)))) {
    console.log('No build output: running electron-vite build first.');
    execFileSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
  }
  const dir = mkdtempSync(join(tmpdir(), 'cvj-audit-'));
  for (const path of ['electron', 'shared', 'renderer/src', 'renderer/index.html']) {
    cpSync(join(root, path), join(dir, 'src', path), { recursive: true });
  }
  // At the top, where electronegativity looks for the Electron version.
  cpSync(join(root, 'package.json'), join(dir, 'package.json'));
  cpSync(join(root, 'package-lock.json'), join(dir, 'package-lock.json'));
  for (const file of built) cpSync(join(out, file), join(dir, 'build', file));
  return dir;
}

/** Makes every outbound connection fail loudly, and counts the attempts. */
function blockNetwork(): { attempts: string[] } {
  const attempts: string[] = [];
  const refuse = (what: string) => () => {
    attempts.push(what);
    throw new Error(`network access refused during the audit (${what})`);
  };
  const net = require('node:net') as Record<string, unknown>;
  const http = require('node:http') as Record<string, unknown>;
  const https = require('node:https') as Record<string, unknown>;
  net['connect'] = refuse('net.connect');
  net['createConnection'] = refuse('net.createConnection');
  for (const [name, module] of [
    ['http', http],
    ['https', https],
  ] as const) {
    module['request'] = refuse(`${name}.request`);
    module['get'] = refuse(`${name}.get`);
  }
  globalThis.fetch = (() => Promise.reject(refuse('fetch')())) as typeof fetch;
  // The translation download: answered "offline" at once, so the bundled English strings are used.
  const base = dirname(require.resolve('@doyensec/electronegativity/package.json'));
  const gotPath = require.resolve('got', { paths: [base] });
  require.cache[gotPath] = {
    id: gotPath,
    filename: gotPath,
    loaded: true,
    exports: () => Promise.reject(new Error('offline')),
  } as unknown as NodeJS.Module;
  return { attempts };
}

interface VitestReport {
  testResults: { assertionResults: { title: string; status: string }[] }[];
}

/** Runs the checklist test; returns the titles of the tests that passed. */
function checklistResults(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'cvj-audit-vitest-'));
  const outputFile = join(dir, 'report.json');
  // A config of its own, so this run writes its report here and not over test-results/.
  const config = join(dir, 'vitest.config.mjs');
  writeFileSync(
    config,
    `export default ${JSON.stringify({
      test: {
        root,
        include: ['test/unit/reliability/electron-checklist.test.ts'],
        environment: 'node',
        reporters: [['json', { outputFile }]],
      },
    })};\n`,
  );
  try {
    execFileSync('npx', ['vitest', 'run', '--config', config], { cwd: root, stdio: 'ignore' });
  } catch {
    // Failures are read from the report below.
  }
  try {
    if (!existsSync(outputFile)) return [];
    const report = JSON.parse(readFileSync(outputFile, 'utf8')) as VitestReport;
    return report.testResults.flatMap((file) =>
      file.assertionResults.filter((test) => test.status === 'passed').map((test) => test.title),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  // First, while the network is untouched (the test runner is a separate process anyway).
  const passed = checklistResults();
  const network = blockNetwork();
  const base = dirname(require.resolve('@doyensec/electronegativity/package.json'));
  const { version } = JSON.parse(readFileSync(join(base, 'package.json'), 'utf8')) as {
    version: string;
  };
  const run = require(join(base, 'dist/runner.js')) as (
    options: Record<string, unknown>,
    forCli: boolean,
  ) => Promise<{
    globalChecks: number;
    atomicChecks: number;
    errors: { file: string; message: string; tolerable: boolean }[];
    issues: Finding[];
  }>;

  const dir = stage();
  let result: Awaited<ReturnType<typeof run>>;
  const log = console.log;
  try {
    // electronegativity prints its own banner and warnings; keep the report readable.
    console.log = () => {};
    result = await run(
      { input: dir, isRelative: true, excludeFromScan: ['AvailableSecurityFixesGlobalCheck'] },
      false,
    );
  } finally {
    console.log = log;
    rmSync(dir, { recursive: true, force: true });
  }

  const failAt = SEVERITIES.indexOf(FAIL_AT);
  const problems: string[] = [];
  const rows: string[] = [];
  const counts = new Map<string, number>();
  for (const finding of result.issues) {
    const rated = finding.severity.name;
    counts.set(rated, (counts.get(rated) ?? 0) + 1);
    const severity =
      NEVER_ALLOWED.has(finding.id) && SEVERITIES.indexOf(rated) < SEVERITIES.indexOf(FAIL_AT)
        ? FAIL_AT
        : rated;
    const where = `${finding.file}:${finding.location.line}`;
    let disposition = 'informational: recorded';
    if (SEVERITIES.indexOf(severity) >= failAt) {
      const reviewed = DISPOSITIONS.find(
        (d) => d.check === finding.id && d.files.test(finding.file),
      );
      if (!reviewed) {
        disposition = 'NOT REVIEWED';
        problems.push(`${finding.id} (${severity}) at ${where}: ${finding.description}`);
      } else {
        const missing = reviewed.verifiedBy.filter(
          (title) => !passed.some((test) => test.startsWith(title)),
        );
        if (missing.length > 0) {
          disposition = `REVIEW NO LONGER HOLDS (failing: ${missing.join('; ')})`;
          problems.push(`${finding.id} at ${where}: ${disposition}`);
        } else {
          disposition = `reviewed: ${reviewed.reason} [${reviewed.verifiedBy.join('; ')}]`;
        }
      }
    } else if (severity === 'LOW') {
      disposition = `below the ${FAIL_AT} threshold: ${finding.description}`;
    }
    rows.push(
      `${finding.id} | ${severity} | ${finding.confidence.name} | ${where} | ${disposition}`,
    );
  }
  const unparsed = result.errors.filter((error) => !error.tolerable);
  for (const error of unparsed) problems.push(`could not parse ${error.file}: ${error.message}`);
  if (network.attempts.length > 0) {
    problems.push(`network access was attempted: ${network.attempts.join(', ')}`);
  }

  console.log(
    `electronegativity ${version}: ${result.globalChecks + result.atomicChecks} checks ` +
      `(AvailableSecurityFixesGlobalCheck left out: it needs the network) over the source and the build output`,
  );
  for (const row of rows) console.log(`  ${row}`);
  const summary = SEVERITIES.slice()
    .reverse()
    .map((severity) => `${counts.get(severity) ?? 0} ${severity.toLowerCase()}`)
    .join(', ');
  console.log(`Findings: ${summary}; files that could not be parsed: ${unparsed.length}.`);
  if (problems.length > 0) {
    console.error(
      `\nAudit FAILED: ${problems.length} finding(s) of ${FAIL_AT} severity or above need attention:`,
    );
    for (const problem of problems) console.error(`  - ${problem}`);
    process.exit(1);
  }
  console.log(
    `Audit passed: every finding of ${FAIL_AT} severity or above is reviewed, and the checklist tests behind each review pass.`,
  );
}

await main();
