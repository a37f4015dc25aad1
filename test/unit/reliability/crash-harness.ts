import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { parseJourneyFile } from '../../../shared/file/parse';
import { STALE_TEMP_MS } from '../../../electron/main/files/atomic-write';
import { DocumentFiles } from '../../../electron/main/files/document-files';
import { nodeFs } from '../../../electron/main/files/fs-port';
import { versionText } from './save-versions';

/**
 * Power loss during a save, as near as a test gets to it: a child process saves a journey over
 * and over through the app's real save path, and is killed with SIGKILL at a random moment
 * (while starting, reading, backing up, writing, syncing or renaming). After every kill the file
 * must hold, byte for byte, either the version before the save in flight or the version that
 * save was writing, and must open. Used by crash-save.test.ts (CI size) and scripts/fuzz.ts.
 *
 * SIGKILL ends the process but not the kernel: what it wrote is in the page cache, so this
 * checks the ordering of the app's own steps (temp file, fsync, rename), not a disk's cache.
 */

export interface CrashOptions {
  kills: number;
  /** Random delays are drawn from this (seeded for a replayable run). */
  random?: () => number;
  /** The longest wait before a kill once the child has begun saving, in ms. */
  maxDelayMs?: number;
}

export interface CrashReport {
  kills: number;
  /** Kills that hit before the first save began (start-up, reading the file). */
  beforeFirstSave: number;
  /** Kills that found a save in flight. */
  midSave: number;
  /** Kills that found the file at the old version / at the new one after a save in flight. */
  keptOld: number;
  keptNew: number;
  /** Saves the children completed in all. */
  completedSaves: number;
  /** Hidden temp files (.name.xxxx.tmp) a killed save left beside the journey. */
  strayTempFiles: number;
  /** Temp files still there after the next save, made once they are stale (should be 0). */
  tempFilesAfterNextSave: number;
  failures: string[];
  seconds: number;
}

let childScript: Promise<string> | null = null;

/** Bundles save-child.ts (and the real file service it imports) into one plain .mjs, once. */
function bundleChild(): Promise<string> {
  childScript ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cvj-crash-child-'));
    const outfile = join(dir, 'save-child.mjs');
    await build({
      entryPoints: [join(import.meta.dirname, 'save-child.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile,
      logLevel: 'silent',
    });
    return outfile;
  })();
  return childScript;
}

interface ChildRun {
  lines: string[];
  signal: NodeJS.Signals | null;
  code: number | null;
}

/**
 * Starts the child and kills it: one time in ten at once (during start-up or the first read,
 * before any save begins), otherwise 0 to `maxDelay` ms after its first save began.
 */
function runAndKill(
  script: string,
  args: string[],
  random: () => number,
  maxDelay: number,
): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let timer: NodeJS.Timeout | undefined;
    const arm = (ms: number) => {
      timer ??= setTimeout(() => child.kill('SIGKILL'), ms);
    };
    if (random() < 0.1) arm(random() * 60);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      if (out.includes('begin ')) arm(random() * maxDelay);
    });
    child.stderr.resume();
    child.on('error', reject);
    // 'close' waits for stdout to drain: every line written before the kill is in `out`.
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ lines: out.split('\n').filter(Boolean), code, signal });
    });
  });
}

export async function runCrashTrials(options: CrashOptions): Promise<CrashReport> {
  const started = performance.now();
  const random = options.random ?? Math.random;
  const maxDelay = options.maxDelayMs ?? 60;
  const script = await bundleChild();
  const dir = mkdtempSync(join(tmpdir(), 'cvj-crash-'));
  const docs = join(dir, 'docs');
  const target = join(docs, 'Workshop.cvj');
  const report: CrashReport = {
    kills: 0,
    beforeFirstSave: 0,
    midSave: 0,
    keptOld: 0,
    keptNew: 0,
    completedSaves: 0,
    strayTempFiles: 0,
    tempFilesAfterNextSave: 0,
    failures: [],
    seconds: 0,
  };
  try {
    mkdirSync(docs, { recursive: true });
    let next = 0;
    /** What the file held before the current child started (null: no file yet). */
    let before: Buffer | null = null;
    for (let kill = 0; kill < options.kills; kill += 1) {
      const first = next;
      const run = await runAndKill(
        script,
        [target, join(dir, 'backups'), String(first)],
        random,
        maxDelay,
      );
      report.kills += 1;
      if (run.signal !== 'SIGKILL') {
        report.failures.push(
          `kill ${kill}: the child ended by itself (${run.code}): ${run.lines.join(' | ')}`,
        );
        break;
      }
      const begun = run.lines
        .filter((line) => line.startsWith('begin '))
        .map((line) => Number(line.slice(6)));
      const ended = run.lines
        .filter((line) => line.startsWith('end '))
        .map((line) => Number(line.slice(4)));
      report.completedSaves += ended.length;
      const lastBegun = begun.at(-1);
      const inFlight = lastBegun !== undefined && ended.at(-1) !== lastBegun;
      // The versions the file may hold now, byte for byte.
      let allowed: (Buffer | null)[];
      if (lastBegun === undefined) {
        report.beforeFirstSave += 1;
        allowed = [before];
      } else if (inFlight) {
        report.midSave += 1;
        const previous = lastBegun === first ? before : Buffer.from(versionText(lastBegun - 1));
        allowed = [previous, Buffer.from(versionText(lastBegun))];
      } else {
        allowed = [Buffer.from(versionText(lastBegun))];
      }
      const now = existsSync(target) ? readFileSync(target) : null;
      const match = allowed.findIndex((candidate) =>
        candidate === null ? now === null : now !== null && now.equals(candidate),
      );
      if (match === -1) {
        report.failures.push(
          `kill ${kill}: after "${run.lines.at(-1) ?? '(nothing)'}" the file holds ${now === null ? 'nothing' : `${now.length} bytes`} matching neither version`,
        );
      } else if (inFlight) {
        if (match === 0) report.keptOld += 1;
        else report.keptNew += 1;
      }
      if (now !== null && !parseJourneyFile(now.toString('utf8')).ok) {
        report.failures.push(`kill ${kill}: the file no longer opens`);
      }
      before = now;
      next = (lastBegun ?? first - 1) + 1;
    }
    const temps = () => readdirSync(docs).filter((name) => name.endsWith('.tmp')).length;
    report.strayTempFiles = temps();
    // The next save, once those temp files are stale (their mtime moved back past the
    // threshold, as if the user saved again later), removes them.
    const stale = (Date.now() - STALE_TEMP_MS - 60_000) / 1000;
    for (const name of readdirSync(docs)) {
      if (name.endsWith('.tmp')) utimesSync(join(docs, name), stale, stale);
    }
    const later = new DocumentFiles({ fs: nodeFs, backups: null });
    const opened = await later.read(target);
    if (opened.ok) {
      const saved = await later.write(target, opened.text, { baseline: opened.baseline });
      if (!saved.ok) report.failures.push('the save after the kills failed');
    }
    report.tempFilesAfterNextSave = temps();
  } finally {
    rmSync(dir, { recursive: true, force: true });
    report.seconds = (performance.now() - started) / 1_000;
  }
  return report;
}
