import { describe, expect, it } from 'vitest';
import { forecastJourney } from '../../../../shared/model/forecast';
import type { Connection, Journey } from '../../../../shared/model/types';
import { randomJourney } from './random';

/**
 * Large journeys against independent solves: the coefficient rule of docs/forecast.md written
 * again here, plainly, then (I − Cᵀ) x = reach solved by Gaussian elimination: dense at 1,000
 * tactics, and at 10,000 the same elimination keeping only non-zero entries (a dense 10,000²
 * matrix is 800 MB), cross-checked against the dense one at 1,000 and against a fixed-point
 * iteration run to convergence.
 */
/** The rule, written plainly: shares as given (scaled to the rate if over it), the rest split evenly. */
function coefficients(doc: Journey): { from: number; to: number; c: number }[] {
  const index = new Map(doc.tactics.map((t, i) => [t.id, i]));
  const out: { from: number; to: number; c: number }[] = [];
  const bySource = new Map<string, Connection[]>();
  for (const c of doc.connections) bySource.set(c.source, [...(bySource.get(c.source) ?? []), c]);
  for (const t of doc.tactics) {
    const mine = bySource.get(t.id) ?? [];
    const rate = (t.conversionRate ?? 100) / 100;
    const given = mine.filter((c) => c.share !== undefined).reduce((s, c) => s + c.share! / 100, 0);
    const scale = given > rate ? rate / given : 1;
    const rest = mine.filter((c) => c.share === undefined);
    for (const c of mine) {
      const fraction = c.share !== undefined ? (c.share / 100) * scale : Math.max(0, rate - given * scale) / rest.length;
      out.push({ from: index.get(t.id)!, to: index.get(c.target)!, c: fraction });
    }
  }
  return out;
}

function denseSolve(doc: Journey): Float64Array {
  const n = doc.tactics.length;
  const M = Array.from({ length: n }, (_, i) => {
    const row = new Float64Array(n + 1);
    row[i] = 1;
    row[n] = doc.tactics[i]!.reach ?? 0;
    return row;
  });
  for (const { from, to, c } of coefficients(doc)) M[to]![from]! -= c;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(M[r]![col]!) > Math.abs(M[pivot]![col]!)) pivot = r;
    [M[col], M[pivot]] = [M[pivot]!, M[col]!];
    const p = M[col]!;
    for (let r = col + 1; r < n; r++) {
      const row = M[r]!;
      const f = row[col]! / p[col]!;
      if (f !== 0) for (let k = col; k <= n; k++) row[k]! -= f * p[k]!;
    }
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = M[i]![n]!;
    for (let k = i + 1; k < n; k++) s -= M[i]![k]! * x[k]!;
    x[i] = s / M[i]![i]!;
  }
  return x;
}

/**
 * The same Gaussian elimination as `denseSolve`, storing only the non-zero entries (a 10,000²
 * dense matrix is 800 MB). No pivoting is needed: every column of I − Cᵀ is diagonally dominant
 * (what leaves a card never exceeds what reached it), so elimination in journey order is stable.
 */
function eliminationSolve(doc: Journey): Float64Array {
  const n = doc.tactics.length;
  const edges = coefficients(doc);
  // Unknowns in journey order, except the cards a backward connection reaches (the loop's way
  // in), which go last: the rest is then triangular and fill-in stays within those few columns.
  const entries = new Set(edges.filter((e) => e.to < e.from).map((e) => e.to));
  const order = [...Array.from({ length: n }, (_, i) => i).filter((i) => !entries.has(i)), ...entries];
  const pos = new Int32Array(n);
  order.forEach((tactic, i) => (pos[tactic] = i));
  const rows = Array.from({ length: n }, (_, i) => new Map<number, number>([[i, 1]]));
  const below = Array.from({ length: n }, () => new Set<number>());
  const b = new Float64Array(n);
  doc.tactics.forEach((t, i) => (b[pos[i]!] = t.reach ?? 0));
  for (const e of edges) {
    const [row, col] = [pos[e.to]!, pos[e.from]!];
    rows[row]!.set(col, (rows[row]!.get(col) ?? 0) - e.c);
    if (row > col) below[col]!.add(row);
  }
  for (let col = 0; col < n; col++) {
    const pivotRow = rows[col]!;
    const pivot = pivotRow.get(col)!;
    for (const r of below[col]!) {
      const row = rows[r]!;
      const value = row.get(col);
      if (value === undefined) continue;
      const f = value / pivot;
      row.delete(col);
      for (const [c, v] of pivotRow) {
        if (c <= col) continue;
        row.set(c, (row.get(c) ?? 0) - f * v);
        if (c < r) below[c]!.add(r);
      }
      b[r]! -= f * b[col]!;
    }
  }
  const y = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let sum = b[i]!;
    for (const [c, v] of rows[i]!) if (c > i) sum -= v * y[c]!;
    y[i] = sum / rows[i]!.get(i)!;
  }
  return Float64Array.from({ length: n }, (_, tactic) => y[pos[tactic]!]!);
}

function iterativeSolve(doc: Journey): Float64Array {
  const reach = Float64Array.from(doc.tactics, (t) => t.reach ?? 0);
  const edges = coefficients(doc);
  let x = Float64Array.from(reach);
  for (let iteration = 0; iteration < 100_000; iteration++) {
    const next = Float64Array.from(reach);
    for (const { from, to, c } of edges) next[to]! += c * x[from]!;
    let change = 0;
    for (let i = 0; i < x.length; i++) change = Math.max(change, Math.abs(next[i]! - x[i]!) / Math.max(1, Math.abs(next[i]!)));
    x = next;
    if (change < 1e-16) break;
  }
  return x;
}

function expectWithin(doc: Journey, expected: Float64Array) {
  const result = forecastJourney(doc);
  expect(result.unbounded).toBe(false);
  let worst = 0;
  doc.tactics.forEach((t, i) => {
    const people = result.tactics.get(t.id)!.people!;
    worst = Math.max(worst, Math.abs(people - expected[i]!) / Math.max(1, Math.abs(expected[i]!)));
  });
  expect(worst).toBeLessThanOrEqual(1e-9);
}

describe('forecast at scale, against independent solves', () => {
  it('1,000 tactics, loops entering anywhere (solved by sweeps): within 1e-9 relative of a dense Gaussian solve', () => {
    const doc = randomJourney(1000, 7);
    expect(doc.connections.some((c) => c.source.startsWith('promote') && c.target.startsWith('aware'))).toBe(true);
    expectWithin(doc, denseSolve(doc));
  });

  it('1,000 tactics, a few loop entries (solved directly): within 1e-9 relative of a dense Gaussian solve', () => {
    const doc = randomJourney(1000, 5, 4);
    expectWithin(doc, denseSolve(doc));
  });

  it('10,000 tactics with the loop: within 1e-9 relative of Gaussian elimination and of a fixed-point solve run to convergence', () => {
    const doc = randomJourney(10_000, 11, 6);
    expect(doc.tactics).toHaveLength(10_000);
    const direct = eliminationSolve(doc);
    expectWithin(doc, direct);
    expectWithin(doc, iterativeSolve(doc));
  }, 60_000);

  it('the kept-sparse elimination is the dense one (1,000 tactics, loops anywhere)', () => {
    const doc = randomJourney(1000, 7);
    const dense = denseSolve(doc);
    const sparse = eliminationSolve(doc);
    dense.forEach((v, i) => expect(Math.abs(v - sparse[i]!)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(v))));
  }, 60_000);
});
