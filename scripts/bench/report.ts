import type { FrameStats } from './frames';

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return NaN;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

interface AppFigures {
  openMs: number;
  pan: FrameStats;
  zoom: FrameStats;
  drag: FrameStats;
  drag100: FrameStats;
  addMs: number;
  renameMs: number;
  undo100Ms: number;
  heapMb: number;
}
interface BaseFigures {
  openMs: number;
  pan: FrameStats;
  zoom: FrameStats;
  drag: FrameStats;
}
export interface Row {
  size: number;
  node: Record<string, number | null>;
  apps: AppFigures[];
  bases: BaseFigures[];
}

/** Median over repetitions of a figure, and the median of app/baseline ratios taken pair by pair. */
function fig(row: Row, pick: (r: AppFigures | BaseFigures) => number) {
  const app = median(row.apps.map(pick));
  const base = median(row.bases.map(pick));
  const pairs = row.apps.flatMap((a, i) => (row.bases[i] ? [pick(a) / pick(row.bases[i])] : []));
  return { app, base, ratio: median(pairs) };
}

const f = (n: number | null | undefined, digits = 1) => (n === null || n === undefined || Number.isNaN(n) ? 'n/a' : n.toFixed(digits));

export function printTable(rows: Row[], info: { machine: string; initialJsKb: number; seconds: number }) {
  const lines: string[] = [];
  const result = {
    machine: info.machine,
    initialJsGzipKb: Math.round(info.initialJsKb * 10) / 10,
    seconds: Math.round(info.seconds),
    sizes: rows.map((row) => {
      const pan = { p95: fig(row, (r) => r.pan.p95Ms), median: fig(row, (r) => r.pan.medianMs), dropped: fig(row, (r) => r.pan.droppedPct) };
      const zoom = { p95: fig(row, (r) => r.zoom.p95Ms), dropped: fig(row, (r) => r.zoom.droppedPct) };
      const drag = { p95: fig(row, (r) => r.drag.p95Ms) };
      return {
        tactics: row.size,
        openMs: fig(row, (r) => r.openMs),
        pan,
        zoom,
        drag,
        drag100P95Ms: median(row.apps.map((a) => a.drag100.p95Ms)),
        addMs: median(row.apps.map((a) => a.addMs)),
        renameMs: median(row.apps.map((a) => a.renameMs)),
        undo100MoveMs: median(row.apps.map((a) => a.undo100Ms)),
        heapMb: median(row.apps.map((a) => a.heapMb)),
        node: row.node,
      };
    }),
  };
  lines.push(`CVJ Studio bench — ${info.machine}`);
  lines.push('app = CVJ Studio, rf = bare React Flow with the same graph and view; ×rf = median of per-run ratios');
  lines.push('');
  const header = ['tactics', 'open ms (×rf)', 'pan p95 ms (×rf)', 'pan med', 'pan drop% (rf)', 'zoom p95 (×rf)', 'zoom drop%', 'drag p95 (×rf)', 'drag100 p95', 'add ms', 'rename ms', 'undo100 ms', 'heap MB', 'parse ms', 'serialize ms', 'svg ms', 'png ms'];
  lines.push(header.join(' | '));
  lines.push(header.map(() => '---').join(' | '));
  for (const s of result.sizes) {
    lines.push(
      [
        s.tactics,
        `${f(s.openMs.app, 0)} (${f(s.openMs.ratio, 2)})`,
        `${f(s.pan.p95.app)} (${f(s.pan.p95.ratio, 2)})`,
        f(s.pan.median.app),
        `${f(s.pan.dropped.app, 0)} (${f(s.pan.dropped.base, 0)})`,
        `${f(s.zoom.p95.app)} (${f(s.zoom.p95.ratio, 2)})`,
        f(s.zoom.dropped.app, 0),
        `${f(s.drag.p95.app)} (${f(s.drag.p95.ratio, 2)})`,
        f(s.drag100P95Ms),
        f(s.addMs),
        f(s.renameMs),
        f(s.undo100MoveMs),
        f(s.heapMb, 0),
        f(s.node.parseMs),
        f(s.node.serializeMs),
        f(s.node.svgMs),
        f(s.node.pngMs, 0),
      ].join(' | '),
    );
  }
  lines.push('');
  lines.push(`initial renderer JavaScript: ${f(info.initialJsKb)} KB gzip; bench took ${Math.round(info.seconds)} s`);
  console.log(lines.join('\n'));
  return { ...result, table: lines.join('\n') };
}
