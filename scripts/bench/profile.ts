/**
 * `npx tsx scripts/bench/profile.ts [--size N] [--what add|zoom|drag|open|switch] [--out dir]`: where
 * the time of one bench step goes. Opens a synthetic journey in the renderer's test build as
 * the bench does, records a CPU profile of the step through Chromium's DevTools protocol, and
 * prints the functions with the most self time and the most total time. Build the renderer
 * unminified first so the names mean something: `CVJ_UNMINIFIED=1 npm run build:test`.
 */
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { chromium, type Locator, type Page } from 'playwright-core';
import { preview } from 'vite';
import { serializeJourneyFile } from '../../shared/file';
import { journeyFile, syntheticJourney } from './generate';
import { dragCard, zoom } from './gestures';
import { armPaletteItem, cardsOnScreen, centre, openBenchApp, visibleCard } from './page';
import type {} from '../../renderer/src/benchHooks';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const SIZE = Number(option('--size') ?? 5000);
const WHAT = option('--what') ?? 'add';
const PORT = Number(option('--port') ?? 4181);
const OUT = option('--out') ?? join(import.meta.dirname, '..', '..', 'out');

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

function label(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.split('/').pop() || '(native)';
  return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
}

/** Self and total milliseconds per function (by name and place), from the sampled profile. */
function summarise(profile: Profile, top = Number(option("--top") ?? 25)): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfMs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // With --early, only the samples after the page's marker function count (see main).
  let from = 0;
  let to = samples.length;
  if (args.includes('--early')) {
    const marked = (id: number, name: string): boolean => {
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        if (byId.get(at)!.callFrame.functionName === name) return true;
      }
      return false;
    };
    let last = -1;
    for (let i = 0; i < samples.length; i++) if (marked(samples[i]!, 'cvjProfileMark')) last = i;
    from = last + 1;
    // An add marks its end too (once painted): what runs after it is not the add's.
    for (let i = from; i < samples.length; i++) if (marked(samples[i]!, 'cvjProfileEnd')) {
      to = i;
      break;
    }
  }
  for (let i = from; i < to; i++) {
    const next = deltas[i + 1] ?? 0;
    selfMs.set(samples[i]!, (selfMs.get(samples[i]!) ?? 0) + next / 1000);
  }
  // --phases: the step's samples cut into tasks at idle gaps (the edit, each frame's work...),
  // each with the functions it spends most in.
  if (args.includes('--phases')) {
    const idleNode = (id: number) => /^\((idle|program|root)\)/.test(byId.get(id)!.callFrame.functionName);
    const phases: string[] = [];
    let at = 0;
    for (let i = from; i < to; ) {
      const t0 = at;
      at += (deltas[i + 1] ?? 0) / 1000;
      if (idleNode(samples[i]!)) {
        i++;
        continue;
      }
      const totals = new Map<string, number>();
      const selfOf = new Map<string, number>();
      let ms = 0;
      let idleRun = 0;
      const topOf = (id: number) => {
        let n = id;
        for (let up = parent.get(n); up !== undefined && parent.get(up) !== undefined; up = parent.get(up)) n = up;
        return byId.get(n)!.callFrame.functionName;
      };
      const first = topOf(samples[i]!);
      for (; i < to && idleRun < 1; i++) {
        const d = (deltas[i + 1] ?? 0) / 1000;
        if (!idleNode(samples[i]!) && topOf(samples[i]!) !== first) break;
        if (idleNode(samples[i]!)) {
          idleRun += d;
          continue;
        }
        idleRun = 0;
        ms += d;
        const own = label(byId.get(samples[i]!)!);
        selfOf.set(own, (selfOf.get(own) ?? 0) + d);
        const seen = new Set<string>();
        for (let n: number | undefined = samples[i]!; n !== undefined; n = parent.get(n)) {
          const name = label(byId.get(n)!);
          if (seen.has(name) || /^\(root\)/.test(name)) continue;
          seen.add(name);
          totals.set(name, (totals.get(name) ?? 0) + d);
        }
      }
      at = t0 + ms;
      if (ms < 0.5) continue;
      const tops = [...totals].filter(([, v]) => v < ms * 0.98 || totals.size < 4).sort((a, b) => b[1] - a[1]).slice(0, Number(option('--phase-top') ?? 10));
      const selfTops = [...selfOf].sort((a, b) => b[1] - a[1]).slice(0, Number(option('--phase-top') ?? 10));
      const list = (rows: [string, number][]) => rows.map(([k, v]) => `    ${v.toFixed(1).padStart(6)} ms  ${k}`).join('\n');
      phases.push(`task ${first} at +${t0.toFixed(1)} ms: ${ms.toFixed(1)} ms\n  total:\n${list(tops)}\n  self:\n${list(selfTops)}`);
    }
    console.log(phases.join('\n'));
  }
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (const [id, ms] of selfMs) {
    const node = byId.get(id)!;
    self.set(label(node), (self.get(label(node)) ?? 0) + ms);
    // Each function on the stack once, however often it recurses.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = label(byId.get(at)!);
      if (seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + ms);
    }
  }
  const wall = (profile.endTime - profile.startTime) / 1000;
  // --callers name: the stacks (three callers deep) that spend the self time of `name`.
  const callersOf = option('--callers');
  let callers = '';
  if (callersOf) {
    const stacks = new Map<string, number>();
    for (const [id, ms] of selfMs) {
      if (!label(byId.get(id)!).startsWith(`${callersOf} `)) continue;
      const chain: string[] = [];
      for (let at = parent.get(id); at !== undefined && chain.length < 4; at = parent.get(at)) chain.push(label(byId.get(at)!));
      const key = chain.join(' < ');
      stacks.set(key, (stacks.get(key) ?? 0) + ms);
    }
    callers = `\n\ncallers of ${callersOf}:\n${[...stacks].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, ms]) => `  ${ms.toFixed(1).padStart(8)} ms  ${k}`).join('\n')}`;
  }
  const rows = (m: Map<string, number>) =>
    [...m]
      .filter(([name]) => !/^\((root|program|idle)\)/.test(name))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => `  ${ms.toFixed(1).padStart(8)} ms  ${name}`)
      .join('\n');
  const idle = [...self].filter(([n]) => n.startsWith('(idle)')).reduce((s, [, ms]) => s + ms, 0);
  return `profile: ${wall.toFixed(0)} ms wall, ${idle.toFixed(0)} ms idle\n\nself time:\n${rows(self)}\n\ntotal time:\n${rows(total)}${callers}`;
}

/**
 * A stand-in for React DevTools' global hook: at each commit, the components that rendered and
 * their own render time (a fiber's actualDuration less its children's, as DevTools counts it).
 */
const REACT_HOOK = `(() => {
  const commits = [];
  window.__cvjCommits = commits;
  const nameOf = (f) => {
    const t = f.type;
    if (typeof t === 'string') return '<' + t + '>';
    if (!t) return f.tag === 3 ? '(root)' : f.tag === 6 ? '(text)' : '(tag ' + f.tag + ')';
    return t.displayName || t.name || (t.type && (t.type.displayName || t.type.name)) || (t.render && (t.render.displayName || t.render.name)) || '(anonymous)';
  };
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject() { return 1; },
    checkDCE() {},
    onScheduleFiberRoot() {},
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    onCommitFiberRoot(id, root) {
      const at = performance.now();
      const own = {};
      let rendered = 0;
      const visit = (f) => {
        for (let n = f; n; n = n.sibling) {
          // Rendered in this commit: mounted, or cloned and marked PerformedWork. A subtree
          // React did not touch keeps the previous commit's child (DevTools' test).
          const prev = n.alternate;
          const did = prev === null || (n.flags & 1) === 1;
          if (did && n.actualDuration > 0) {
            let self = n.actualDuration;
            for (let c = n.child; c; c = c.sibling) self -= c.actualDuration || 0;
            const key = nameOf(n);
            own[key] = (own[key] || 0) + self;
            rendered++;
          }
          if (n.child && (prev === null || n.child !== prev.child)) visit(n.child);
        }
      };
      visit(root.current.child);
      commits.push({ at, total: root.current.actualDuration || 0, rendered, own });
    },
  };
})()`;

interface ReactCommit {
  at: number;
  total: number;
  rendered: number;
  own: Record<string, number>;
}

function reactCommits(commits: ReactCommit[], from: number): string {
  const top = Number(option('--top') ?? 12);
  return commits
    .map((c) => {
      const rows = Object.entries(c.own)
        .sort((a, b) => b[1] - a[1])
        .slice(0, top)
        .map(([name, ms]) => `    ${ms.toFixed(2).padStart(7)} ms  ${name}`)
        .join('\n');
      return `commit at +${(c.at - from).toFixed(1)} ms: render ${c.total.toFixed(1)} ms, ${c.rendered} fibers rendered\n${rows}`;
    })
    .join('\n');
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { data?: Record<string, unknown> };
}

const TIMELINE = new Set(['FunctionCall', 'EvaluateScript', 'v8.evaluateModule', 'FireAnimationFrame', 'TimerFire', 'EventDispatch', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'ParseHTML', 'MajorGC', 'MinorGC', 'V8.GC_SCAVENGER', 'RunMicrotasks', 'HitTest', 'IntersectionObserverController::computeIntersections', 'ResizeObserver::BroadcastObservations']);

/** Per-frame main-thread work between the page's cvj-step-start and cvj-step-end marks. */
function timeline(events: TraceEvent[]): string {
  const mark = (name: string) => events.find((e) => e.name === name && e.ph !== 'E');
  const start = mark('cvj-step-start');
  const end = mark('cvj-step-end');
  if (!start || !end) return 'marks not found';
  const main = events.filter((e) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X' && e.ts >= start.ts && e.ts <= end.ts);
  const frames = events.filter((e) => e.name === 'BeginFrame' && e.ts >= start.ts && e.ts <= end.ts).map((e) => e.ts);
  const totals = new Map<string, number>();
  const rows: string[] = [];
  for (const e of main) {
    if (!TIMELINE.has(e.name) || (e.dur ?? 0) < Number(option('--min-ms') ?? 0.3) * 1000) continue;
    // Only outermost events of interest: nested ones are inside their parent's time.
    const parent = main.find((p) => p !== e && TIMELINE.has(p.name) && p.ts <= e.ts && p.ts + (p.dur ?? 0) >= e.ts + (e.dur ?? 0) && (p.dur ?? 0) > (e.dur ?? 0));
    if (parent) continue;
    totals.set(e.name, (totals.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
    rows.push(`  ${((e.ts - start.ts) / 1000).toFixed(1).padStart(7)} ms  ${((e.dur ?? 0) / 1000).toFixed(1).padStart(6)} ms  ${e.name}`);
  }
  for (const e of main) {
    if ((e.name === 'Layout' || e.name === 'UpdateLayoutTree') && (e.dur ?? 0) >= 500) {
      // What forced it, when a script did (the first few functions of its stack).
      const data = (e.args as { beginData?: { stackTrace?: { functionName: string }[]; dirtyObjects?: number; elementCount?: number } } | undefined)?.beginData;
      const by = data?.stackTrace?.slice(0, 4).map((f) => f.functionName || '(anonymous)').join(' < ');
      const size = data?.dirtyObjects !== undefined ? `${data.dirtyObjects} dirty objects` : data?.elementCount !== undefined ? `${data.elementCount} elements` : '';
      rows.push(`  ${((e.ts - start.ts) / 1000).toFixed(1).padStart(7)} ms  ${((e.dur ?? 0) / 1000).toFixed(1).padStart(6)} ms  (inner) ${e.name} ${size}${by ? `, forced by ${by}` : ''}`);
    }
  }
  // Every thread of the page's process: raster and compositor work competes for the same cores.
  const threadNames = new Map(events.filter((e) => e.name === 'thread_name' && e.pid === start.pid).map((e) => [e.tid, String((e.args as { name?: string } | undefined)?.name ?? e.tid)]));
  const perThread = new Map<string, number>();
  for (const e of events) {
    if (e.pid !== start.pid || e.ph !== 'X' || e.ts < start.ts || e.ts > end.ts || e.tid === start.tid) continue;
    if (!/^(RasterTask|ThreadControllerImpl::RunTask|Graphics\.Pipeline|ProxyImpl::|LayerTreeHostImpl::|TaskGraphRunner::RunTask)/.test(e.name)) continue;
    const key = `${threadNames.get(e.tid) ?? e.tid}: ${e.name}`;
    perThread.set(key, (perThread.get(key) ?? 0) + (e.dur ?? 0) / 1000);
  }
  rows.push('', 'other threads:', ...[...perThread].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([n, ms]) => `  ${ms.toFixed(1).padStart(7)} ms  ${n}`));
  const sum = [...totals].sort((a, b) => b[1] - a[1]).map(([n, ms]) => `  ${ms.toFixed(1).padStart(7)} ms  ${n}`);
  const vsyncs = frames.map((f) => ((f - start.ts) / 1000).toFixed(1)).join(', ');
  return `window ${((end.ts - start.ts) / 1000).toFixed(1)} ms; frames begin at ${vsyncs}\n\nby kind:\n${sum.join('\n')}\n\nin order (≥ 0.3 ms):\n${rows.join('\n')}`;
}

/** The first add's palette item, readied (library open, pointer on it) before profiling starts. */
let armed: Locator | null = null;

async function step(page: Page, text: string): Promise<unknown> {
  switch (WHAT) {
    case 'open':
      return page.evaluate((t) => window.cvjBench!.loadText(t), text);
    case 'add': {
      // --repeat n: n adds in one profile, so sampling noise averages out (times are summed).
      const times: number[] = [];
      for (let i = 0; i < Number(option('--repeat') ?? 1); i++) {
        const item = armed ?? (await armPaletteItem(page, 'Webinar'));
        armed = null;
        await item.click();
        // A string, so the marker keeps its name (no bundler helper) and no eval is needed.
        times.push(
          await page.evaluate<number>(`(async () => {
            const ms = await window.cvjBench.clicked();
            function cvjProfileEnd() {
              const until = performance.now() + 3;
              while (performance.now() < until);
            }
            cvjProfileEnd();
            return ms;
          })()`),
        );
      }
      return times;
    }
    case 'zoom':
      return zoom(page, await centre(page));
    case 'drag':
      return dragCard(page, await visibleCard(page, 1), 320);
    case 'switch': {
      // A file of 10 journeys of --size tactics (as the bench's): the second tab, opened first.
      const ids = await page.evaluate(() => window.cvjBench!.journeyIds());
      return page.evaluate((j) => window.cvjBench!.switchJourney(j), ids[1]!);
    }
    default:
      throw new Error(`--what ${WHAT}: one of open, add, zoom, drag, switch`);
  }
}

async function main() {
  const server = await preview({
    root: OUT,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: PORT, strictPort: true, open: false },
    build: { outDir: OUT },
    configFile: false,
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    // (--css needs the page's Content-Security-Policy set aside, which forbids added styles.)
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, bypassCSP: option('--css') !== undefined });
    // --react: each React commit's render time by component (needs React's profiling build:
    // CVJ_PROFILING=1 CVJ_UNMINIFIED=1 npm run build:test), through the hook React DevTools uses.
    if (args.includes('--react')) await page.addInitScript(REACT_HOOK);
    await openBenchApp(page, `http://127.0.0.1:${PORT}/renderer-test/index.html`);
    const text = WHAT === 'switch' ? journeyFile(10, SIZE) : serializeJourneyFile(syntheticJourney(SIZE));
    if (WHAT === 'switch') {
      await page.evaluate((t) => window.cvjBench!.loadText(t), text);
      await page.evaluate(() => window.cvjBench!.settled());
      await page.waitForTimeout(500);
    } else if (WHAT !== 'open') {
      await page.evaluate((t) => window.cvjBench!.loadText(t), text);
      await page.getByRole('button', { name: 'Fit view' }).click();
      await page.waitForTimeout(400);
      // Edits and drags happen close up, as in the bench.
      if (WHAT !== 'zoom') {
        await page.keyboard.press('Control+0');
        await page.waitForTimeout(400);
      }
      // The bench adds with 100 cards selected (after dragging them).
      if (WHAT === 'add') {
        const ids = await page.evaluate(() => window.cvjBench!.tacticIds());
        if (args.includes('--as-bench')) {
          // --as-bench: the steps the bench takes before its add (a drag, then 100 cards, one of
          // them on screen, selected and dragged), so the profile sees the same state.
          await dragCard(page, await visibleCard(page, 1), 320);
          const onScreen = await cardsOnScreen(page);
          await page.evaluate((sel) => window.cvjBench!.select(sel), [...new Set([...onScreen.slice(0, 1), ...ids])].slice(0, 100));
          await page.waitForTimeout(200);
          await dragCard(page, await visibleCard(page, 0, true), 320);
        } else {
          await page.evaluate((sel) => window.cvjBench!.select(sel), ids.slice(0, 100));
        }
        await page.waitForTimeout(300);

        // --warm: profile a second add, with the code already compiled.
        if (args.includes('--warm')) {
          await page.evaluate(() => window.cvjBench!.addTactic());
          await page.waitForTimeout(300);
          // --jump: back to the top of the lanes, so the profiled add jumps to the lane's foot.
          if (args.includes('--jump')) {
            await page.keyboard.press('Control+0');
            await page.waitForTimeout(400);
            await page.evaluate((sel) => window.cvjBench!.select(sel), ids.slice(0, 100));
            await page.waitForTimeout(300);
          }
        }
        armed = await armPaletteItem(page, 'Webinar');
      }
    }
    // --css "rules": a style sheet added before the step (what does this paint cost?).
    const css = option('--css');
    if (css) await page.addStyleTag({ content: css });
    if (args.includes('--react')) {
      const from = await page.evaluate(() => performance.now());
      const result = await step(page, text);
      await page.waitForTimeout(300);
      const commits = await page.evaluate(`window.__cvjCommits.filter((c) => c.at >= ${from})`);
      console.log(`${WHAT} at ${SIZE} tactics: ${JSON.stringify(result)}`);
      console.log(reactCommits(commits as ReactCommit[], from));
      return;
    }
    // --no-profile: the step's own figures, without the profiler's overhead (before/after).
    if (args.includes('--no-profile')) {
      console.log(`${WHAT} at ${SIZE} tactics: ${JSON.stringify(await step(page, text))}`);
      return;
    }
    const cdp = await page.context().newCDPSession(page);
    // --trace: the main thread's timeline of the step (script, style, layout, paint per frame)
    // from Chromium's tracing, instead of a CPU profile.
    if (args.includes('--trace')) {
      const events: TraceEvent[] = [];
      cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
      const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.start', {
        categories: 'devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-devtools.timeline.stack,blink.user_timing',
        transferMode: 'ReportEvents',
      });
      await page.waitForTimeout(500);
      await page.evaluate(() => performance.mark('cvj-step-start'));
      const result = await step(page, text);
      await page.evaluate(() => performance.mark('cvj-step-end'));
      await cdp.send('Tracing.end');
      await done;
      console.log(`${WHAT} at ${SIZE} tactics: ${JSON.stringify(result)}`);
      console.log(timeline(events));
      return;
    }
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    // --early: the profiler runs for a second before the step (starting it costs the page
    // time, which would land in the step), and a marker function shows where the step begins.
    if (args.includes('--early')) {
      await page.waitForTimeout(1000);
      await page.evaluate(`(() => {
        function cvjProfileMark() {
          const until = performance.now() + 3;
          while (performance.now() < until);
        }
        cvjProfileMark();
      })()`);
    }
    const result = await step(page, text);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    console.log(`${WHAT} at ${SIZE} tactics: ${JSON.stringify(result)}`);
    console.log(summarise(profile));
    const file = option('--save');
    if (file) writeFileSync(file, JSON.stringify(profile));
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
