/**
 * The flow of people through a directed graph, solved exactly: x = inject + Cᵀx, where C[s][t]
 * is the fraction of the people at s who go on to t. Linear in the graph's size when it has no
 * cycle; a cycle (the Promote → Aware loop, or any other the user draws) is solved as the linear
 * system it is, not by a fixed number of passes:
 *
 * 1. A depth-first search finds the back edges (those that close a cycle). Without them the
 *    graph is acyclic, and the search's reverse postorder is a topological order of it.
 * 2. The people arriving along back edges are unknowns y, one per node a back edge reaches. By
 *    linearity x = F(inject) + Σ y_w · F(unit at w), where F is one pass in topological order.
 * 3. Each y_w is what its back edges carry: y = b + A y, a dense system of the size of the
 *    loop entries only (usually one to a few), solved by Gaussian elimination.
 *
 * The loop grows without limit when a loop gives back at least what it takes (the spectral
 * radius of A is 1 or more): then no finite, non-negative y exists, and the nodes it feeds are
 * reported unbounded instead of infinite or NaN.
 */

/** A graph in compressed rows: the edges leaving node i are start[i] .. start[i + 1] - 1. */
export interface FlowGraph {
  n: number;
  start: Int32Array;
  target: Int32Array;
  coef: Float64Array;
}

export interface FlowSolution {
  values: Float64Array;
  /** Nodes whose value grows without limit (a loop with gain ≥ 1 feeds them); null when none. */
  unbounded: Uint8Array | null;
  /** The loops' gain (spectral radius of A), or null without a loop. */
  loopGain: number | null;
}

/** A graph from parallel edge arrays (`keep[k]` 0 leaves edge k out). */
export function buildGraph(
  n: number,
  from: Int32Array,
  to: Int32Array,
  weight: Float64Array,
  keep?: Uint8Array,
): FlowGraph {
  const start = new Int32Array(n + 1);
  let count = 0;
  for (let k = 0; k < from.length; k++) {
    if (keep && !keep[k]) continue;
    start[from[k]! + 1]! += 1;
    count += 1;
  }
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const target = new Int32Array(count);
  const coef = new Float64Array(count);
  for (let k = 0; k < from.length; k++) {
    if (keep && !keep[k]) continue;
    const at = fill[from[k]!]!++;
    target[at] = to[k]!;
    coef[at] = weight[k]!;
  }
  return { n, start, target, coef };
}

/** The same graph with every edge reversed (for the adjoint: what one more person at a node is worth). */
export function transpose(g: FlowGraph): FlowGraph {
  const m = g.target.length;
  const from = new Int32Array(m);
  for (let s = 0; s < g.n; s++) for (let k = g.start[s]!; k < g.start[s + 1]!; k++) from[k] = s;
  // Reversed: each edge s → t becomes t → s, with the same fraction.
  return buildGraph(g.n, g.target, from, g.coef);
}

export function solveFlow(g: FlowGraph, inject: Float64Array): FlowSolution {
  const { order, back } = searchGraph(g);
  const pass = (source: Float64Array): Float64Array => {
    const x = Float64Array.from(source);
    for (const v of order) {
      const xv = x[v]!;
      if (xv === 0) continue;
      for (let k = g.start[v]!; k < g.start[v + 1]!; k++) {
        if (!back[k]) x[g.target[k]!]! += g.coef[k]! * xv;
      }
    }
    return x;
  };
  const base = pass(inject);
  // Back edges, grouped by the node they reach (one unknown per such node).
  const entries: number[] = [];
  const entryIndex = new Map<number, number>();
  const backEdges: { from: number; entry: number; coef: number }[] = [];
  for (let s = 0; s < g.n; s++) {
    for (let k = g.start[s]!; k < g.start[s + 1]!; k++) {
      if (!back[k] || g.coef[k] === 0) continue;
      const t = g.target[k]!;
      let w = entryIndex.get(t);
      if (w === undefined) {
        w = entries.length;
        entryIndex.set(t, w);
        entries.push(t);
      }
      backEdges.push({ from: s, entry: w, coef: g.coef[k]! });
    }
  }
  if (entries.length === 0) return { values: base, unbounded: null, loopGain: null };

  const m = entries.length;
  const backflow = (x: Float64Array): Float64Array => {
    const injected = Float64Array.from(inject);
    for (const e of backEdges) injected[entries[e.entry]!]! += e.coef * x[e.from]!;
    return injected;
  };
  const feeds = (from: number[]): Uint8Array => {
    // Every node the given loop entries feed: what grows without limit when their loop does.
    const marked = new Uint8Array(g.n);
    const stack = [...from];
    for (const v of stack) marked[v] = 1;
    while (stack.length > 0) {
      const v = stack.pop()!;
      for (let k = g.start[v]!; k < g.start[v + 1]!; k++) {
        const t = g.target[k]!;
        if (g.coef[k] !== 0 && !marked[t]) {
          marked[t] = 1;
          stack.push(t);
        }
      }
    }
    return marked;
  };
  if (m > DIRECT_MAX) return iterate(pass, backflow, base, () => feeds(entries));

  // A[w][u]: what back edges into w carry per person injected at u; b[w]: what they carry of `base`.
  const A = Array.from({ length: m }, () => new Float64Array(m));
  const b = new Float64Array(m);
  const unit = new Float64Array(g.n);
  for (let u = 0; u < m; u++) {
    unit[entries[u]!] = 1;
    const response = pass(unit);
    unit[entries[u]!] = 0;
    for (const e of backEdges) A[e.entry]![u]! += e.coef * response[e.from]!;
  }
  for (const e of backEdges) b[e.entry]! += e.coef * base[e.from]!;

  const loopGain = spectralRadius(A);
  // Entries nobody reaches (b = 0 and fed by no entry that is reached) carry nothing: y = 0. The
  // rest must have a finite, non-negative solution, which exists exactly when their gain < 1.
  const liveList = [...reachedEntries(A, b)];
  let solved = liveList.length === 0 ? new Float64Array(0) : solveDense(A, b, liveList);
  const scale = Math.max(1, ...liveList.map((w) => Math.abs(b[w]!)));
  if (solved && solved.some((v) => !Number.isFinite(v) || v < -1e-9 * scale)) solved = null;
  if (!solved) return { values: base, unbounded: feeds(liveList.map((w) => entries[w]!)), loopGain };
  const injected = Float64Array.from(inject);
  liveList.forEach((w, i) => {
    injected[entries[w]!]! += Math.max(0, solved![i]!);
  });
  return { values: pass(injected), unbounded: null, loopGain };
}

/**
 * Above this many loop entries the dense system (m passes to build, m³ to solve) costs more than
 * sweeping: the back edges' flow is then iterated to convergence instead (see `iterate`).
 */
const DIRECT_MAX = 64;

/**
 * Many loop entries (a journey where dozens of Promote cards feed dozens of Aware cards): each
 * sweep is one exact pass of the acyclic part with the back edges carrying the previous sweep's
 * people, which converges geometrically at the loops' gain. Sweeps run until nothing changes in
 * the last bits (relative change under 1e-15), not a fixed number of times; when the gain is so
 * close to 1 that this would take too long, the remaining geometric tail is added in closed form
 * (Aitken). A gain of 1 (the ratio of successive changes reaches 1) grows without limit.
 */
function iterate(
  pass: (source: Float64Array) => Float64Array,
  backflow: (x: Float64Array) => Float64Array,
  base: Float64Array,
  affected: () => Uint8Array,
): FlowSolution {
  let x = base;
  let previous = Infinity;
  let ratio = 0;
  for (let sweep = 0; sweep < 5_000; sweep++) {
    const next = pass(backflow(x));
    let change = 0;
    let size = 0;
    for (let i = 0; i < next.length; i++) {
      change = Math.max(change, Math.abs(next[i]! - x[i]!));
      size = Math.max(size, Math.abs(next[i]!));
    }
    const relative = change / Math.max(1, size);
    if (previous !== Infinity && previous > 0) ratio = change / previous;
    previous = change;
    if (relative <= 1e-15) return { values: next, unbounded: null, loopGain: ratio };
    if (sweep > 50 && ratio >= 1 - 1e-9) return { values: base, unbounded: affected(), loopGain: ratio };
    if (sweep === 4_999) {
      // The tail of a geometric series: what the sweeps not run would still add.
      const tail = ratio / (1 - ratio);
      const values = Float64Array.from(next, (v, i) => v + (v - x[i]!) * tail);
      return { values, unbounded: null, loopGain: ratio };
    }
    x = next;
  }
  return { values: x, unbounded: null, loopGain: ratio };
}

/** Iterative depth-first search: reverse postorder, and which edges close a cycle. */
function searchGraph(g: FlowGraph): { order: Int32Array; back: Uint8Array } {
  const state = new Uint8Array(g.n); // 0 new, 1 on the stack, 2 done
  const back = new Uint8Array(g.target.length);
  const post: number[] = [];
  const stack = new Int32Array(g.n);
  const next = new Int32Array(g.n);
  for (let root = 0; root < g.n; root++) {
    if (state[root] !== 0) continue;
    let top = 0;
    stack[0] = root;
    state[root] = 1;
    next[root] = g.start[root]!;
    while (top >= 0) {
      const v = stack[top]!;
      const k = next[v]!;
      if (k < g.start[v + 1]!) {
        next[v] = k + 1;
        const t = g.target[k]!;
        if (state[t] === 1) back[k] = 1;
        else if (state[t] === 0) {
          state[t] = 1;
          next[t] = g.start[t]!;
          stack[++top] = t;
        }
      } else {
        state[v] = 2;
        post.push(v);
        top -= 1;
      }
    }
  }
  return { order: Int32Array.from(post.reverse()), back };
}

/** Entries that receive people: b > 0, or fed (A[w][u] > 0) by an entry that does. */
function reachedEntries(A: Float64Array[], b: Float64Array): Set<number> {
  const m = b.length;
  const live = new Set<number>();
  const stack: number[] = [];
  for (let w = 0; w < m; w++) {
    if (b[w]! > 0) {
      live.add(w);
      stack.push(w);
    }
  }
  while (stack.length > 0) {
    const u = stack.pop()!;
    for (let w = 0; w < m; w++) {
      if (A[w]![u]! > 0 && !live.has(w)) {
        live.add(w);
        stack.push(w);
      }
    }
  }
  return live;
}

/** (I − A) y = b on the rows and columns `keep`, by Gaussian elimination with partial pivoting; null if singular. */
function solveDense(A: Float64Array[], b: Float64Array, keep: number[]): Float64Array | null {
  const m = keep.length;
  const M = keep.map((w, i) => {
    const row = new Float64Array(m + 1);
    keep.forEach((u, j) => {
      row[j] = (i === j ? 1 : 0) - A[w]![u]!;
    });
    row[m] = b[w]!;
    return row;
  });
  for (let col = 0; col < m; col++) {
    let pivot = col;
    for (let r = col + 1; r < m; r++) if (Math.abs(M[r]![col]!) > Math.abs(M[pivot]![col]!)) pivot = r;
    if (Math.abs(M[pivot]![col]!) < 1e-12) return null;
    [M[col], M[pivot]] = [M[pivot]!, M[col]!];
    const p = M[col]!;
    for (let r = 0; r < m; r++) {
      if (r === col) continue;
      const row = M[r]!;
      const factor = row[col]! / p[col]!;
      if (factor === 0) continue;
      for (let c = col; c <= m; c++) row[c]! -= factor * p[c]!;
    }
  }
  return Float64Array.from(M, (row, i) => row[m]! / row[i]!);
}

/** The spectral radius of a non-negative matrix, by power iteration (the loop gain shown to users). */
function spectralRadius(A: Float64Array[]): number {
  const m = A.length;
  let v = new Float64Array(m).fill(1 / m);
  let radius = 0;
  for (let iteration = 0; iteration < 500; iteration++) {
    const next = new Float64Array(m);
    for (let w = 0; w < m; w++) {
      let sum = 0;
      for (let u = 0; u < m; u++) sum += A[w]![u]! * v[u]!;
      next[w] = sum;
    }
    const norm = next.reduce((s, x) => s + x, 0);
    if (norm === 0) return 0;
    const estimate = norm / v.reduce((s, x) => s + x, 0);
    for (let w = 0; w < m; w++) next[w] = next[w]! / norm;
    // A small shift keeps periodic loops (gain oscillating between entries) converging.
    for (let w = 0; w < m; w++) next[w] = 0.5 * next[w]! + 0.5 * v[w]!;
    v = next;
    if (Math.abs(estimate - radius) < 1e-12 * Math.max(1, estimate)) return estimate;
    radius = estimate;
  }
  return radius;
}
