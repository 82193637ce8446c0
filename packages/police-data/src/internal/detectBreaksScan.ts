/**
 * The per-series part of `detectBreaks`: trimmed window means, the shift statistic, and the
 * candidate starts, ends and shifts of one monthly series. Typed arrays, no allocation per month.
 */

/** A candidate change in one series, at month position `t` (the first month on the new basis). */
export interface ShiftCandidate {
  /** Row (series) number. */
  readonly row: number;
  /** Month position in the series. */
  readonly t: number;
  /** "start": zero for the window before, counts after; "end": the reverse; "shift": a change of level. */
  readonly kind: "start" | "end" | "shift";
  /** Trimmed mean of the window before `t`. */
  readonly before: number;
  /** Trimmed mean of the window from `t`. */
  readonly after: number;
  /** The shift statistic at `t` (positive for a rise). */
  readonly score: number;
  /** |after − before| ÷ max(after, before), from 0 to 1. */
  readonly relative: number;
}

/**
 * Trimmed mean of `x[s .. s + w - 1]` for every start `s` from 0 to `x.length - w`, written to
 * `out[s]`: the month farthest from the window's median is left out (the largest when both
 * extremes are as far), and the other `w - 1` months are averaged. One month that is far off
 * (a spike or a dip) therefore moves no window mean. `scratch` holds `w` numbers.
 */
export function trimmedWindowMeans(x: Float64Array, w: number, out: Float64Array, scratch: Float64Array): void {
  const n = x.length - w + 1;
  for (let s = 0; s < n; s++) {
    // insertion sort of the window into scratch (w is small)
    let sum = 0;
    for (let i = 0; i < w; i++) {
      const v = x[s + i]!;
      sum += v;
      let j = i - 1;
      while (j >= 0 && scratch[j]! > v) {
        scratch[j + 1] = scratch[j]!;
        j--;
      }
      scratch[j + 1] = v;
    }
    const half = w >> 1;
    const median = w % 2 === 1 ? scratch[half]! : (scratch[half - 1]! + scratch[half]!) / 2;
    const low = scratch[0]!;
    const high = scratch[w - 1]!;
    const dropped = high - median >= median - low ? high : low;
    out[s] = (sum - dropped) / (w - 1);
  }
}

/**
 * The shift statistic of window means `before` and `after` of `n` months each:
 * `(after − before) / sqrt((after + before + 1) / n)`, a difference of Poisson means divided by
 * its standard error under the Poisson model (the variance of a mean of `n` Poisson months is
 * the mean ÷ `n`); the `+ 1` keeps it finite, and small, when both means are 0.
 */
function shiftScore(before: number, after: number, n: number): number {
  // n is the number of months of each mean divided by the dispersion of the series (quasi-Poisson)
  return (after - before) / Math.sqrt((after + before + 1) / n);
}

/**
 * Push the candidates of series `x` (row `row`) to `out`: months `t` with a full window of `w`
 * months on each side where
 * - a *start*: the `w` months before are all 0, month `t` is not, and the score ≥ `minScore`;
 * - an *end*: month `t - 1` is not 0, the `w` months from `t` are all 0, and the score ≤ −`minScore`;
 * - a *shift*: |score| ≥ `minScore` and is the largest |score| of the same sign within `w - 1`
 *   months either side (the earliest wins a tie), and no start or end of the same sign is that
 *   near; its month is then moved to the best split within two months (see {@link refine}), where
 *   |score| must still be at least `minScore`.
 * `means` (length ≥ `x.length - w + 1`), `scores` (length ≥ `x.length`) and `scratch` (length ≥ `w`)
 * are work space.
 */
export function scanSeries(
  x: Float64Array,
  row: number,
  w: number,
  minScore: number,
  means: Float64Array,
  scores: Float64Array,
  scratch: Float64Array,
  out: ShiftCandidate[],
): void {
  const T = x.length;
  if (T < 2 * w) return;
  trimmedWindowMeans(x, w, means, scratch);
  const n = (w - 1) / dispersion(x, scores);
  scores.fill(0, 0, T);
  for (let t = w; t <= T - w; t++) scores[t] = shiftScore(means[t - w]!, means[t]!, n);
  const mark = out.length;
  // starts and ends: exact zeros on one side
  let zerosBefore = 0; // consecutive zero months ending at t - 1
  for (let t = 1; t <= T - w; t++) {
    zerosBefore = x[t - 1] === 0 ? zerosBefore + 1 : 0;
    if (t < w) continue;
    const s = scores[t]!;
    if (x[t]! > 0 && zerosBefore >= w && s >= minScore) {
      out.push(candidate(row, t, "start", means, w, s));
    } else if (x[t - 1]! > 0 && x[t] === 0 && s <= -minScore && allZero(x, t, t + w)) {
      out.push(candidate(row, t, "end", means, w, s));
    }
  }
  const edges = out.length;
  for (let t = w; t <= T - w; t++) {
    const s = scores[t]!;
    const a = Math.abs(s);
    if (a < minScore) continue;
    const lo = Math.max(w, t - w + 1);
    const hi = Math.min(T - w, t + w - 1);
    let peak = true;
    for (let u = lo; u <= hi && peak; u++) {
      if (u === t) continue;
      const v = scores[u]!;
      if (v * s <= 0) continue;
      const b = Math.abs(v);
      if (u < t ? b >= a : b > a) peak = false;
    }
    if (!peak) continue;
    let near = false;
    for (let k = mark; k < edges && !near; k++) {
      const e = out[k]!;
      if (Math.abs(e.t - t) < w && (e.kind === "start") === s > 0) near = true;
    }
    if (near) continue;
    const at = refine(x, t, w);
    if (at >= 0 && Math.abs(scores[at]!) >= minScore) out.push(candidate(row, at, "shift", means, w, scores[at]!));
  }
}

/**
 * The month from `t - 2` to `t + 2` that splits `x[t - w .. t + w - 1]` into two parts with the
 * least total absolute deviation from each part's median (an L1 change point; the closest to `t`
 * wins a tie), or -1 when that month has no full window on both sides (the change is not where
 * the statistic can be read). Trimming moves the peak of the statistic by a month when the first
 * month on the new basis is the one left out of a window.
 */
export function refine(x: Float64Array, t: number, w: number): number {
  const from = Math.max(0, t - w);
  const to = Math.min(x.length, t + w);
  let best = t;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const d of [0, -1, 1, -2, 2]) {
    const s = t + d;
    if (s <= from || s >= to) continue;
    const cost = deviation(x, from, s) + deviation(x, s, to);
    if (cost < bestCost) {
      best = s;
      bestCost = cost;
    }
  }
  return best < w || best > x.length - w ? -1 : best;
}

/** Sum of absolute deviations of `x[from .. to - 1]` from their median. */
function deviation(x: Float64Array, from: number, to: number): number {
  const part = x.slice(from, to);
  const m = median(part);
  let sum = 0;
  for (let i = 0; i < part.length; i++) sum += Math.abs(part[i]! - m);
  return sum;
}

/**
 * The dispersion of a series: its month-to-month variance over its mean, at least 1 (1 is
 * Poisson). The variance is estimated robustly from the differences of consecutive months
 * (`(1.4826 × median |d − median d|)² / 2`, so one step or one spike does not inflate it) over the
 * months after the first nonzero one; the mean is that of the same months.
 */
export function dispersion(x: Float64Array, work: Float64Array = new Float64Array(x.length)): number {
  let first = 0;
  while (first < x.length && x[first] === 0) first++;
  const n = x.length - first - 1;
  if (n < 2) return 1;
  const d = work.subarray(0, n);
  let sum = x[first]!;
  for (let i = 0; i < n; i++) {
    d[i] = x[first + i + 1]! - x[first + i]!;
    sum += x[first + i + 1]!;
  }
  const mean = sum / (n + 1);
  if (!(mean > 0)) return 1;
  const med = median(d);
  for (let i = 0; i < n; i++) d[i] = Math.abs(d[i]! - med);
  const mad = 1.4826 * median(d);
  const variance = (mad * mad) / 2;
  return Math.max(1, variance / mean);
}

/** Median of `a` (reordered in place), by selection (Hoare's quickselect, middle pivot). */
function median(a: Float64Array): number {
  const n = a.length;
  const upper = select(a, n >> 1);
  if (n % 2 === 1) return upper;
  // the lower middle is the largest value left of position n/2 after the selection
  let lower = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n >> 1; i++) if (a[i]! > lower) lower = a[i]!;
  return (lower + upper) / 2;
}

/** The k-th smallest value of `a` (0-based); afterwards values left of k are ≤ it and values right of k are ≥ it. */
function select(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const tmp = a[i]!;
        a[i] = a[j]!;
        a[j] = tmp;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return a[k]!;
}

function allZero(x: Float64Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (x[i] !== 0) return false;
  return true;
}

function candidate(row: number, t: number, kind: ShiftCandidate["kind"], means: Float64Array, w: number, score: number): ShiftCandidate {
  const before = means[t - w]!;
  const after = means[t]!;
  const top = Math.max(before, after);
  return { row, t, kind, before, after, score, relative: top > 0 ? Math.abs(after - before) / top : 0 };
}
