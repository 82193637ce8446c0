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
  private stamp: Int32Array;
  private epoch = 0;
  private parentArc: Int32Array;
  private stackNode: Int32Array;
  private stackPos: Int32Array;
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
      if (this.from[a]! < 0 || lo[a] === hi[a]) continue;
      deg[this.from[a]! + 1]!++;
      deg[this.to[a]! + 1]!++;
    }
    for (let x = 0; x < this.nodes; x++) deg[x + 1]! += deg[x]!;
    this.adjStart = deg;
    this.adjArc = new Int32Array(deg[this.nodes]!);
    const fill = deg.slice(0, this.nodes);
    for (let a = 0; a < this.arcs; a++) {
      if (this.from[a]! < 0 || lo[a] === hi[a]) continue;
      this.adjArc[fill[this.from[a]!]!++] = a;
      this.adjArc[fill[this.to[a]!]!++] = a;
    }
    this.stamp = new Int32Array(this.nodes);
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

  /**
   * Depth-first search for an augmenting path from `s` to a node accepted by `isTarget`, skipping
   * arc `skip`. Returns the node reached or -1; parents are left in `parentArc`.
   */
  private search(s: number, isTarget: (x: number) => boolean, skip: number): number {
    const ep = ++this.epoch;
    const stamp = this.stamp;
    const adjStart = this.adjStart;
    const adjArc = this.adjArc;
    let top = 0;
    stamp[s] = ep;
    this.stackNode[0] = s;
    this.stackPos[0] = adjStart[s]!;
    while (top >= 0) {
      const x = this.stackNode[top]!;
      const end = adjStart[x + 1]!;
      let p = this.stackPos[top]!;
      let advanced = false;
      while (p < end) {
        const a = adjArc[p++]!;
        if (a === skip) continue;
        const y = this.other(a, x);
        if (stamp[y] === ep || this.res(a, x) <= 0) continue;
        stamp[y] = ep;
        this.parentArc[y] = a;
        if (isTarget(y)) {
          this.stackPos[top] = p;
          return y;
        }
        this.stackPos[top] = p;
        top++;
        this.stackNode[top] = y;
        this.stackPos[top] = adjStart[y]!;
        advanced = true;
        break;
      }
      if (!advanced) top--;
    }
    return -1;
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
    let sum = 0;
    for (let p = this.adjStart[x]!; p < this.adjStart[x + 1]!; p++) {
      const a = this.adjArc[p]!;
      if (a === skip) continue;
      sum += out ? this.res(a, x) : this.res(a, this.other(a, x));
      if (sum >= UNBOUNDED) return UNBOUNDED;
    }
    return sum;
  }

  /** Max flow from `s` to `t` avoiding `skip`, at most `cap`; the flow is undone afterwards. */
  maxFlow(s: number, t: number, skip: number, cap: number): number {
    let limit = Math.min(cap, this.localCut(s, true, skip), this.localCut(t, false, skip));
    let total = 0;
    const isT = (y: number) => y === t;
    while (total < limit) {
      const reached = this.search(s, isT, skip);
      if (reached < 0) break;
      total += this.augment(s, t, limit - total, true);
    }
    this.undo();
    return total;
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
   * Moves `f` to a feasible circulation by pushing every node's excess to nodes in deficit along
   * residual paths. Returns the id of a node whose excess cannot be placed (infeasible), or -1.
   */
  makeFeasible(): number {
    const excess = new Float64Array(this.nodes);
    for (let a = 0; a < this.arcs; a++) {
      if (this.from[a]! < 0) continue;
      excess[this.to[a]!]! += this.f[a]!;
      excess[this.from[a]!]! -= this.f[a]!;
    }
    const isDeficit = (y: number) => excess[y]! < 0;
    for (let k = 1; k <= this.nodes; k++) {
      const s = k % this.nodes; // relations first, the ground node last
      while (excess[s]! > 0) {
        const t = this.search(s, isDeficit, -1);
        if (t < 0) {
          if (s !== 0) return s;
          // name a relation on the other side of the imbalance
          for (let y = 1; y < this.nodes; y++) if (excess[y]! < 0) return y;
          return 0;
        }
        const pushed = this.augment(s, t, Math.min(excess[s]!, -excess[t]!), false);
        excess[s]! -= pushed;
        excess[t]! += pushed;
      }
    }
    for (let s = 0; s < this.nodes; s++) if (excess[s]! !== 0) return s;
    return -1;
  }

  /**
   * After a capped query fell short, the nodes reachable from `s` in the residual graph without
   * `skip` (one side of a minimum cut); call right after {@link maxFlow} returned less than asked.
   */
  reachable(s: number, skip: number): Uint8Array {
    const seen = new Uint8Array(this.nodes);
    const stack = [s];
    seen[s] = 1;
    while (stack.length > 0) {
      const x = stack.pop() as number;
      for (let p = this.adjStart[x]!; p < this.adjStart[x + 1]!; p++) {
        const a = this.adjArc[p]!;
        if (a === skip || this.res(a, x) <= 0) continue;
        const y = this.other(a, x);
        if (seen[y] === 0) {
          seen[y] = 1;
          stack.push(y);
        }
      }
    }
    return seen;
  }
}
