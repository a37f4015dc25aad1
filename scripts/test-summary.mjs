// Prints the closing line `N passed, N failed, N skipped` from the runners' JSON reports
// (vitest: test-results/vitest.json, Playwright: test-results/playwright.json).
import { existsSync, readFileSync } from 'node:fs';

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);
let passed = 0;
let failed = 0;
let skipped = 0;
const notes = [];

const vitest = read('test-results/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += vitest.numFailedTests ?? 0;
  skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
  // A suite that fails to load counts as a failure even though it reports no test.
  failed += (vitest.testResults ?? []).filter((r) => r.status === 'failed' && (r.assertionResults ?? []).length === 0).length;
} else notes.push('unit tests did not report');

const pw = read('test-results/playwright.json');
if (pw) {
  passed += (pw.stats?.expected ?? 0) + (pw.stats?.flaky ?? 0);
  failed += pw.stats?.unexpected ?? 0;
  skipped += pw.stats?.skipped ?? 0;
  failed += (pw.errors ?? []).length;
} else notes.push('browser tests did not report');

// The exit status of the test command, when given: a failure outside the runners (typecheck,
// lint, build, a runner that crashed) must not read as a clean run.
const status = Number(process.argv[2] ?? 0);
if (status !== 0 && failed === 0) {
  failed = 1;
  notes.push(`the test command exited with status ${status} outside the test runners (see the log above)`);
}
if (notes.length) console.log(`note: ${notes.join('; ')}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
