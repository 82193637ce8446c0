import type { Network } from "./network.js";

/** Stands for "no upper bound" inside the flow arithmetic (exact in doubles with room to add). */
export const UNBOUNDED = 2 ** 45;

/**
 * Exact interval computation on a network with integer arc bounds: for an arc `a = (u → v)` in a
 * feasible circulation `f`, the largest value of `a` over all feasible circulations is
 * `f_a + maxflow(v → u)` in the residual graph without `a` (capped by `hi_a − f_a`), and the
 * smallest is `f_a − maxflow(u → v)` (capped by `f_a − lo_a`). Because the constraint matrix of a
 * network is totally unimodular and the bounds are integers, these LP optima are attained by
 * integer tables: the LP bound is the integer bound (Ford & Fulkerson 1962; the same argument as
 * in Cox (1980) and Castro (2006) for the network model of 2-D and hierarchical tables).
 *
 * Augmenting paths are found by depth-first search with early exit, and every query's search
 * stops as soon as the flow reaches the best local bound (the residual capacity around `u` or `v`),
 * so a full search is only needed when the interval is narrowed by something non-local.
 */
export class FlowEngine {
  readonly nodes: number;
  readonly arcs: number;
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly lo: Float64Array;
  readonly hi: Float64Array;
  readonly f: Float64Array;
  private adjStart: Int32Array;
  private adjArc: Int32Array;
  private freeEnd: Int32Array = new Int32Array(0);
  private posFrom: Int32Array;
  private posTo: Int32Array;
  private stamp: Int32Array;
  private epoch = 0;
  private parentArc: Int32Array;
  private stackNode: Int32Array;
  private stackPos: Int32Array;
  private preStamp: Int32Array;
  private preArc: Int32Array;
  private undoArc: number[] = [];
  private undoDelta: number[] = [];

  /** `flow` is a feasible starting point (clamped into the bounds) or the bounds' lower ends. */
  constructor(net: Network, lo: Float64Array, hi: Float64Array, flow: Float64Array) {
    this.nodes = net.nodes;
    this.arcs = lo.length;
    this.from = net.from;
    this.to = net.to;
    this.lo = lo;
    this.hi = hi;
    this.f = flow;
    const deg = new Int32Array(this.nodes + 1);
    for (let a = 0; a < this.arcs; a++) {
      if (this.from[a]! < 0) continue;
      deg[this.from[a]! + 1]!++;
      deg[this.to[a]! + 1]!++;
    }
    for (let x = 0; x < this.nodes; x++) deg[x + 1]! += deg[x]!;
    this.adjStart = deg;
    this.adjArc = new Int32Array(deg[this.nodes]!);
    const fill = deg.slice(0, this.nodes);
    this.posFrom = new Int32Array(this.arcs);
    this.posTo = new Int32Array(this.arcs);
    // free arcs (lo < hi) first in each node's list, fixed arcs after `freeEnd`
    for (let pass = 0; pass < 2; pass++) {
      for (let a = 0; a < this.arcs; a++) {
        if (this.from[a]! < 0 || lo[a]! < hi[a]! !== (pass === 0)) continue;
        this.posFrom[a] = fill[this.from[a]!]!;
        this.adjArc[fill[this.from[a]!]!++] = a;
        this.posTo[a] = fill[this.to[a]!]!;
        this.adjArc[fill[this.to[a]!]!++] = a;
      }
      if (pass === 0) this.freeEnd = fill.slice();
    }
    this.stamp = new Int32Array(this.nodes);
    this.preStamp = new Int32Array(this.nodes);
    this.preArc = new Int32Array(this.nodes);
    this.parentArc = new Int32Array(this.nodes);
    this.stackNode = new Int32Array(this.nodes);
    this.stackPos = new Int32Array(this.nodes);
  }

  /** Residual capacity of leaving node `x` along arc `a`. */
  private res(a: number, x: number): number {
    return this.from[a] === x ? this.hi[a]! - this.f[a]! : this.f[a]! - this.lo[a]!;
  }

  private other(a: number, x: number): number {
    return this.from[a] === x ? this.to[a]! : this.from[a]!;
  }

  private degree(x: number): number {
    return this.adjStart[x + 1]! - this.adjStart[x]!;
  }

  /**
   * Depth-first search for an augmenting path from `s` to `t` without arc `skip`, looking one step
   * ahead: a node with a residual arc into `t` ends the search at once. When `t` has few arcs its
   * in-neighbours are marked first; otherwise each newly reached node with few arcs is checked.
   * On a 2-D table this finds the usual rectangle paths in a handful of steps even when a column
   * node has tens of thousands of arcs.
   */
  private searchTo(s: number, t: number, skip: number): boolean {
    const SMALL = 64;
    const ep = ++this.epoch;
    const stamp = this.stamp;
    const adjStart = this.adjStart;
    const adjArc = this.adjArc;
    const marked = this.degree(t) <= SMALL;
    if (marked) {
      for (let p = adjStart[t]!; p < this.freeEnd[t]!; p++) {
        const a = adjArc[p]!;
        if (a === skip) continue;
        const y = this.other(a, t);
        if (this.res(a, y) > 0) {
          this.preStamp[y] = ep;
          this.preArc[y] = a;
        }
      }
    }
    const reaches = (y: number): boolean => {
      if (y === t) return true;
      if (marked) {
        if (this.preStamp[y] !== ep) return false;
        this.parentArc[t] = this.preArc[y]!;
        return true;
      }
      if (this.degree(y) > SMALL) return false;
      for (let p = adjStart[y]!; p < this.freeEnd[y]!; p++) {
        const a = adjArc[p]!;
        if (a !== skip && this.other(a, y) === t && this.res(a, y) > 0) {
          this.parentArc[t] = a;
          return true;
        }
      }
      return false;
    };
    if (reaches(s)) return true;
    /** One step of look-ahead from a node with few arcs: does a residual neighbour reach `t`? */
    const lookAhead = (x: number): boolean => {
      if (this.degree(x) > SMALL) return false;
      for (let p = adjStart[x]!; p < this.freeEnd[x]!; p++) {
        const a = adjArc[p]!;
        if (a === skip) continue;
        const y = this.other(a, x);
        if (stamp[y] === ep || this.res(a, x) <= 0) continue;
        const saved = this.parentArc[y]!;
        this.parentArc[y] = a;
        if (reaches(y)) {
          stamp[y] = ep;
          return true;
        }
        this.parentArc[y] = saved;
      }
      return false;
    };
    let top = 0;
    stamp[s] = ep;
    if (lookAhead(s)) return true;
    this.stackNode[0] = s;
    this.stackPos[0] = adjStart[s]!;
    while (top >= 0) {
      const x = this.stackNode[top]!;
      const end = this.freeEnd[x]!;
      let p = this.stackPos[top]!;
      let advanced = false;
      while (p < end) {
        const a = adjArc[p++]!;
        if (a === skip) continue;
        const y = this.other(a, x);
        if (stamp[y] === ep || this.res(a, x) <= 0) continue;
        stamp[y] = ep;
        this.parentArc[y] = a;
        if (reaches(y) || lookAhead(y)) return true;
        this.stackPos[top] = p;
        top++;
        this.stackNode[top] = y;
        this.stackPos[top] = adjStart[y]!;
        advanced = true;
        break;
      }
      if (!advanced) top--;
    }
    return false;
  }

  /** Pushes up to `limit` along the path found to `t`; returns the amount pushed. */
  private augment(s: number, t: number, limit: number, record: boolean): number {
    let amount = limit;
    for (let y = t; y !== s; ) {
      const a = this.parentArc[y]!;
      const x = this.other(a, y);
      amount = Math.min(amount, this.res(a, x));
      y = x;
    }
    for (let y = t; y !== s; ) {
      const a = this.parentArc[y]!;
      const x = this.other(a, y);
      const delta = this.from[a] === x ? amount : -amount;
      this.f[a]! += delta;
      if (record) {
        this.undoArc.push(a);
        this.undoDelta.push(delta);
      }
      y = x;
    }
    return amount;
  }

  private undo(): void {
    for (let i = this.undoArc.length - 1; i >= 0; i--) this.f[this.undoArc[i]!]! -= this.undoDelta[i]!;
    this.undoArc.length = 0;
    this.undoDelta.length = 0;
  }

  /** Sum of residual capacity leaving (`out`) or entering node `x`, skipping arc `skip`. */
  private localCut(x: number, out: boolean, skip: number): number {
    if (this.degree(x) > 256) return UNBOUNDED; // not worth scanning; only an early-exit bound
    let sum = 0;
    for (let p = this.adjStart[x]!; p < this.freeEnd[x]!; p++) {
      const a = this.adjArc[p]!;
      if (a === skip) continue;
      sum += out ? this.res(a, x) : this.res(a, this.other(a, x));
      if (sum >= UNBOUNDED) return UNBOUNDED;
    }
    return sum;
  }

  /**
   * Max flow from `s` to `t` avoiding `skip`, at most `cap`. The flow is undone afterwards unless
   * `keep` is set (then call {@link undoFlow} when done).
   */
  maxFlow(s: number, t: number, skip: number, cap: number, keep = false): number {
    const limit = Math.min(cap, this.localCut(s, true, skip), this.localCut(t, false, skip));
    let total = 0;
    while (total < limit) {
      if (!this.searchTo(s, t, skip)) break;
      total += this.augment(s, t, limit - total, true);
    }
    if (!keep) this.undo();
    return total;
  }

  /** Whether an augmenting path from `s` to `t` avoiding `skip` exists (the flow is not changed). */
  pathExists(s: number, t: number, skip: number): boolean {
    return this.searchTo(s, t, skip);
  }

  /** Undoes the flow kept by {@link maxFlow}. */
  undoFlow(): void {
    this.undo();
  }

  /** Relaxes (or sets) the attacker's bounds of arc `a`; the current flow must stay within them. */
  setBounds(a: number, lo: number, hi: number): void {
    this.lo[a] = lo;
    this.hi[a] = hi;
    if (lo >= hi || this.from[a]! < 0) return; // a fixed arc may stay in the free region
    for (const end of [0, 1]) {
      const x = end === 0 ? this.from[a]! : this.to[a]!;
      const pos = end === 0 ? this.posFrom[a]! : this.posTo[a]!;
      if (pos < this.freeEnd[x]!) continue; // already in the free region
      const slot = this.freeEnd[x]!++;
      const b = this.adjArc[slot]!;
      this.adjArc[slot] = a;
      this.adjArc[pos] = b;
      if (this.from[b] === x) this.posFrom[b] = pos;
      else this.posTo[b] = pos;
      if (end === 0) this.posFrom[a] = slot;
      else this.posTo[a] = slot;
    }
  }

  /** All arcs incident to node `x`. */
  incident(x: number): Int32Array {
    return this.adjArc.subarray(this.adjStart[x]!, this.adjStart[x + 1]!);
  }

  /**
   * The exact interval of arc `a` over all feasible circulations, with each side's search capped
   * at `capUp` / `capDown` (pass `UNBOUNDED` for the exact interval). An upper end of `UNBOUNDED`
   * or more means "no upper bound".
   */
  interval(a: number, capUp = UNBOUNDED, capDown = UNBOUNDED): [number, number] {
    const fa = this.f[a]!;
    if (this.from[a]! < 0) return [this.lo[a]!, this.hi[a]!];
    const u = this.from[a]!;
    const v = this.to[a]!;
    const up = this.maxFlow(v, u, a, Math.min(capUp, this.hi[a]! - fa));
    const down = this.maxFlow(u, v, a, Math.min(capDown, fa - this.lo[a]!));
    return [fa - down, fa + up];
  }

  /**
   * Moves `f` to a feasible circulation by sending every node's excess to nodes in deficit.
   * Returns a relation node on the failing side when no feasible circulation exists, or -1.
   */
  makeFeasible(): number {
    // Dinic's algorithm from the nodes in excess to the nodes in deficit (a super-source and a
    // super-sink in all but name): BFS levels over the residual graph, then blocking flows along
    // level-increasing arcs with per-node arc pointers.
    const n = this.nodes;
    const excess = new Float64Array(n);
    for (let a = 0; a < this.arcs; a++) {
      if (this.from[a]! < 0) continue;
      excess[this.to[a]!]! += this.f[a]!;
      excess[this.from[a]!]! -= this.f[a]!;
    }
    const level = new Int32Array(n);
    const iter = new Int32Array(n);
    const queue = new Int32Array(n);
    const pathArc = new Int32Array(n);
    const pathNode = new Int32Array(n + 1);
    for (;;) {
      level.fill(-1);
      let head = 0;
      let tail = 0;
      for (let x = 0; x < n; x++) {
        if (excess[x]! > 0) {
          level[x] = 0;
          queue[tail++] = x;
        }
      }
      if (tail === 0) break;
      let sinkLevel = -1;
      while (head < tail) {
        const x = queue[head++]!;
        if (sinkLevel >= 0 && level[x]! >= sinkLevel) break;
        if (excess[x]! < 0) {
          sinkLevel = level[x]!;
          continue;
        }
        for (let p = this.adjStart[x]!; p < this.freeEnd[x]!; p++) {
          const a = this.adjArc[p]!;
          if (this.res(a, x) <= 0) continue;
          const y = this.other(a, x);
          if (level[y] !== -1) continue;
          level[y] = level[x]! + 1;
          queue[tail++] = y;
        }
      }
      if (sinkLevel < 0) break; // no deficit reachable
      for (let x = 0; x < n; x++) iter[x] = this.adjStart[x]!;
      for (let s = 0; s < n; s++) {
        while (excess[s]! > 0 && level[s] === 0) {
          // DFS along level+1 arcs to a node in deficit at `sinkLevel`
          let depth = 0;
          pathNode[0] = s;
          let found = false;
          while (depth >= 0) {
            const x = pathNode[depth]!;
            if (excess[x]! < 0 && level[x] === sinkLevel && depth > 0) {
              found = true;
              break;
            }
            let advanced = false;
            if (level[x]! < sinkLevel) {
              for (; iter[x]! < this.freeEnd[x]!; iter[x]!++) {
                const a = this.adjArc[iter[x]!]!;
                if (this.res(a, x) <= 0) continue;
                const y = this.other(a, x);
                if (level[y] !== level[x]! + 1) continue;
                pathArc[depth] = a;
                pathNode[++depth] = y;
                advanced = true;
                break;
              }
            }
            if (!advanced) {
              level[x] = -2; // dead end for this phase
              depth--;
              if (depth >= 0) iter[pathNode[depth]!]!++;
            }
          }
          if (!found) break;
          const t = pathNode[depth]!;
          let amount = Math.min(excess[s]!, -excess[t]!);
          for (let k = 0; k < depth; k++) amount = Math.min(amount, this.res(pathArc[k]!, pathNode[k]!));
          for (let k = 0; k < depth; k++) {
            const a = pathArc[k]!;
            this.f[a]! += this.from[a] === pathNode[k] ? amount : -amount;
          }
          excess[s]! -= amount;
          excess[t]! += amount;
        }
      }
    }
    let bad = -1;
    for (let x = 1; x < n; x++) if (excess[x]! > 0) return x;
    if (excess[0]! > 0) {
      for (let y = 1; y < n; y++) if (excess[y]! < 0) return y;
      bad = 0;
    }
    return bad;
  }

  /**
   * One side of a minimum cut between `s` and `t` (call with the maximum flow applied): the nodes
   * reachable from `s` (`side: "source"`) or the nodes that reach `t` (`side: "sink"`) in the
   * residual graph without `skip`, whichever is found first by searching both ways in step.
   */
  cutSide(s: number, t: number, skip: number): { readonly nodes: number[]; readonly side: "source" | "sink" } {
    // Both searches advance one arc at a time, so the smaller side is found in time proportional
    // to its own arcs even when the other side holds a node with tens of thousands of arcs.
    const seenF = new Set<number>([s]);
    const seenB = new Set<number>([t]);
    const listF = [s];
    const listB = [t];
    let nodeF = 0; // index into listF of the node being expanded
    let nodeB = 0;
    let posF = this.adjStart[s]!;
    let posB = this.adjStart[t]!;
    for (;;) {
      // forward: one arc
      while (nodeF < listF.length && posF >= this.adjStart[listF[nodeF]! + 1]!) {
        nodeF++;
        if (nodeF < listF.length) posF = this.adjStart[listF[nodeF]!]!;
      }
      if (nodeF >= listF.length) return { nodes: listF, side: "source" };
      {
        const x = listF[nodeF]!;
        const a = this.adjArc[posF++]!;
        if (a !== skip && this.res(a, x) > 0) {
          const y = this.other(a, x);
          if (!seenF.has(y)) {
            seenF.add(y);
            listF.push(y);
          }
        }
      }
      // backward: one arc
      while (nodeB < listB.length && posB >= this.adjStart[listB[nodeB]! + 1]!) {
        nodeB++;
        if (nodeB < listB.length) posB = this.adjStart[listB[nodeB]!]!;
      }
      if (nodeB >= listB.length) return { nodes: listB, side: "sink" };
      {
        const z = listB[nodeB]!;
        const a = this.adjArc[posB++]!;
        if (a !== skip) {
          const y = this.other(a, z);
          if (this.res(a, y) > 0 && !seenB.has(y)) {
            seenB.add(y);
            listB.push(y);
          }
        }
      }
    }
  }

  /** The other end of arc `a` from node `x`. */
  otherEnd(a: number, x: number): number {
    return this.other(a, x);
  }
}
