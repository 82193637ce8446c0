import { describeValue, formatNumber } from "@crimestats/internal";
import { monthName, type MonthKey } from "@crimestats/periods";
import type { CountCube } from "./countCube.js";
import { PoliceDataError } from "./PoliceDataError.js";
import { checkCube, isStringList, optionsOf } from "./internal/check.js";
import { scanSeries, type ShiftCandidate } from "./internal/detectBreaksScan.js";
import { strides } from "./internal/select.js";

/** A row of a cube (one series): its area and offence labels, each absent when the cube has no such dimension. */
export interface BreakRow {
  /** Area label, when the cube has an `"area"` dimension. */
  readonly area?: string;
  /** Offence label, when the cube has an `"offence"` dimension. */
  readonly offence?: string;
}

/** A change in the way counts are recorded, found in the counts themselves by {@link detectBreaks}. */
export interface DetectedBreak {
  /**
   * - `"series-start"`: a row with no counts for at least `window` months has counts from `month`;
   * - `"series-end"`: a row with counts has none from `month`, for at least `window` months;
   * - `"moved"`: a row fell (or ended) and a related row rose (or started) by a similar amount
   *   in the same month (± 1): counts moved from one row to the other (a reallocation or a relabelling);
   * - `"level-shift"`: a row of offences not allocated to an area (`unallocated`) rose or fell,
   *   with no single row to match (its counterpart is spread over the areas).
   */
  readonly kind: "series-start" | "series-end" | "moved" | "level-shift";
  /** First month on the new basis. */
  readonly month: MonthKey;
  /** Row that lost counts (or stopped); `null` for a start or a rise. */
  readonly from: BreakRow | null;
  /** Row that gained counts (or started); `null` for an end or a fall. */
  readonly to: BreakRow | null;
  /**
   * Estimated counts a month that changed (unrounded): trimmed mean of the `window` months from
   * `month` minus that of the `window` months before, in the row named (`to` for a start or a
   * rise, positive; `from` for an end or a fall, negative). For `"moved"`, the counts a month that
   * left `from` (its mean before minus its mean after, positive).
   */
  readonly size: number;
  /**
   * The shift statistic `(after − before) / sqrt(φ (after + before + 1) / (window − 1))` of the
   * trimmed window means, φ being the row's dispersion (positive for a rise, negative for a fall);
   * for `"moved"`, the smaller absolute value of the two rows' statistics. Its absolute value is
   * at least `minScore`.
   */
  readonly score: number;
  /** One plain-English sentence saying what changed. */
  readonly explanation: string;
}

/** Options of {@link detectBreaks}. */
export interface DetectBreaksOptions {
  /** Months compared on each side of a month (default 6; a whole number from 3 to 60). */
  readonly window?: number;
  /** Smallest absolute shift statistic of a change, in each row of a move too (default 5; a positive number). */
  readonly minScore?: number;
  /**
   * Smallest relative size |after − before| ÷ max(after, before) of a level shift in an
   * `unallocated` row, and of at least one of the two rows of a move (default 0.5; from 0 to 1).
   */
  readonly minRelative?: number;
  /** Largest ratio of the larger to the smaller size of a fall and a rise that are matched (default 2; at least 1). */
  readonly sizeRatio?: number;
  /**
   * Whether counts can move between two rows. Default: the same area and the same offence
   * group (with `groups`), or the same offence in another area.
   */
  readonly related?: (a: BreakRow, b: BreakRow) => boolean;
  /** Offence label → offence group (e.g. Metropolitan Police MinorText → MajorText), for the default `related`. */
  readonly groups?: Readonly<Record<string, string>>;
  /** Area labels that are not areas (e.g. "Unknown"): their unmatched rises and falls are reported as `"level-shift"`. */
  readonly unallocated?: readonly string[];
}

const DEFAULTS = { window: 6, minScore: 5, minRelative: 0.5, sizeRatio: 2 } as const;

/**
 * Find recording breaks in a count cube: rows (area × offence series) that start or stop, and
 * counts that move from one row to a related one (an area reallocated, a category relabelled).
 *
 * Each row is read as a monthly series. At each month with `window` months on both sides, the
 * trimmed mean of each side (the month farthest from the side's median left out, so a one-month
 * spike or dip is not a break) gives the quasi-Poisson shift statistic
 * `z = (after − before) / sqrt(φ (after + before + 1) / (window − 1))`: the difference of two
 * Poisson means over its standard error, scaled by the row's dispersion φ (its month-to-month
 * variance over its mean, at least 1, estimated robustly from the median absolute deviation of the
 * differences of consecutive months). A *start* is a row with no counts in the `window` months
 * before and `z ≥ minScore`; an *end* the reverse. A *shift* is a month whose |z| is at least
 * `minScore`, the largest of its sign within `window − 1` months, placed at the best split of
 * the months around it (least absolute deviation from the medians of the two parts, within two
 * months). Changes are then taken in order of |z|, largest first, and each is matched with an
 * opposite change of a related row in the same month (± 1, the same month preferred, then the
 * largest |z| for its closeness in size), where |z| ≥ `minScore` too, the two sizes are within a
 * factor `sizeRatio`, and one of the two rows changes by at least `minRelative` of its level:
 * that pair is `"moved"`. A change in an `unallocated` row is matched only when one row stops
 * and the other starts (a renaming), since its counterpart is usually spread over the areas.
 * Unmatched starts and ends are reported as such; unmatched shifts only in `unallocated` rows
 * (elsewhere a rise or fall alone may be a real change in crime, which is not a break).
 * The defaults keep false reports rare on seasonal series (see the method notes, "Detecting
 * breaks in the data", for the precision, recall and false-positive rate measured on generated
 * series and the breaks found in the London Datastore files).
 *
 * @param cube - a count cube with a `"month"` dimension and an `"area"` and/or `"offence"` dimension.
 * @param options - window, thresholds, which rows are related, offence groups, unallocated areas.
 * @returns the breaks found, by month, then kind, then row order.
 * @throws {@link PoliceDataError} `invalid-argument` when `cube` is not a well-formed count cube or
 * has no month, or neither an area nor an offence dimension; `invalid-option` for a bad option.
 * @example
 * ```ts
 * const base = [30, 34, 28, 31, 29, 33, 30, 32, 27, 31, 30, 29];
 * const old = base.map((c, i) => (i < 6 ? c : 0));
 * const renamed = base.map((c, i) => (i < 6 ? 0 : c));
 * const months = base.map((_, i) => `2024-${String(i + 1).padStart(2, "0")}` as MonthKey);
 * const { cube } = await countCube([
 *   ...old.map((count, i) => ({ area: "Harrow", month: months[i]!, offence: "Burglary in a dwelling", count })),
 *   ...renamed.map((count, i) => ({ area: "Harrow", month: months[i]!, offence: "Residential burglary", count })),
 * ]);
 * const breaks = detectBreaks(cube, { groups: { "Burglary in a dwelling": "Burglary", "Residential burglary": "Burglary" } });
 * breaks.map((b) => [b.kind, b.month, b.from?.offence, b.to?.offence]);
 * //=> [["moved", "2024-07", "Burglary in a dwelling", "Residential burglary"]]
 * breaks[0]!.explanation;
 * //=> "In Harrow, about 30 offences a month moved from Burglary in a dwelling to Residential burglary in July 2024: the first stopped and the second started in the same month, as when a category or area is renamed."
 * ```
 */
export function detectBreaks(cube: CountCube, options?: DetectBreaksOptions): readonly DetectedBreak[] {
  checkCube(cube, "cube");
  options = optionsOf("detectBreaks", options);
  const months = cube.labels.month;
  const hasArea = cube.dims.includes("area");
  const hasOffence = cube.dims.includes("offence");
  if (months === undefined || months.length === 0 || (!hasArea && !hasOffence)) {
    throw new PoliceDataError(
      "invalid-argument",
      `cube: expected a cube with a "month" dimension (with at least one month) and an "area" or "offence" dimension, got dims ${describeValue(cube.dims)}`,
      { dims: cube.dims },
    );
  }
  const o = resolveOptions(options);
  const w = o.window;
  const areas = cube.labels.area ?? [];
  const offences = cube.labels.offence ?? [];
  const nArea = hasArea ? areas.length : 1;
  const nOffence = hasOffence ? offences.length : 1;
  const T = months.length;
  const st = strides(cube);
  const rowOf = (r: number): BreakRow => {
    const a = Math.floor(r / nOffence);
    const f = r % nOffence;
    return { ...(hasArea ? { area: areas[a]! } : {}), ...(hasOffence ? { offence: offences[f]! } : {}) };
  };

  // 1. every row's trimmed window means and shift statistics, and its candidate changes
  const R = nArea * nOffence;
  const M = new Float64Array(R * T);
  const S = new Float64Array(R * T);
  const candidates: ShiftCandidate[] = [];
  if (T >= 2 * w) {
    const scratch = new Float64Array(w);
    const x = new Float64Array(T);
    for (let a = 0; a < nArea; a++) {
      for (let f = 0; f < nOffence; f++) {
        const r = a * nOffence + f;
        const base = a * st.area + f * st.offence;
        let any = false;
        for (let t = 0; t < T; t++) {
          const v = cube.values[base + t * st.month]!;
          x[t] = v;
          if (v !== 0) any = true;
        }
        if (any) scanSeries(x, r, w, o.minScore, M.subarray(r * T, (r + 1) * T), S.subarray(r * T, (r + 1) * T), scratch, candidates);
      }
    }
  }

  // 2. each change (strongest first) is matched with an opposite change in a related row, at the same month ± 1
  const rows = new Map<number, BreakRow>();
  const row = (r: number): BreakRow => {
    let b = rows.get(r);
    if (b === undefined) {
      b = rowOf(r);
      rows.set(r, b);
    }
    return b;
  };
  // the default: the same offence in another area, or another offence of the same group in the same area
  const groupOf = new Int32Array(nOffence).fill(-1);
  if (o.groups !== undefined && hasOffence) {
    const ids = new Map<string, number>();
    for (let f = 0; f < nOffence; f++) {
      const label = offences[f]!;
      if (!Object.hasOwn(o.groups, label)) continue;
      const g = o.groups[label]!;
      let id = ids.get(g);
      if (id === undefined) {
        id = ids.size;
        ids.set(g, id);
      }
      groupOf[f] = id;
    }
  }
  const relatedRows = new Map<number, number[]>();
  const relatedOf = (r: number): number[] => {
    let list = relatedRows.get(r);
    if (list !== undefined) return list;
    list = [];
    if (o.related !== undefined) {
      for (let q = 0; q < R; q++) if (q !== r && o.related(row(r), row(q))) list.push(q);
    } else {
      const a = Math.floor(r / nOffence);
      const f = r % nOffence;
      for (let b = 0; b < nArea; b++) if (b !== a) list.push(b * nOffence + f);
      if (groupOf[f]! >= 0) for (let g = 0; g < nOffence; g++) if (g !== f && groupOf[g] === groupOf[f]) list.push(a * nOffence + g);
    }
    relatedRows.set(r, list);
    return list;
  };
  // claimed[r * T + t]: the sign of a change already matched within window − 1 months of that row and month
  // (a step moves the statistic of every month whose windows hold it, so one change is matched once)
  const claimed = new Int8Array(R * T);
  const claim = (r: number, t: number, sign: number): void => {
    for (let u = Math.max(0, t - w + 1); u <= Math.min(T - 1, t + w - 1); u++) claimed[r * T + u] = sign;
  };
  const unallocatedRow = (r: number): boolean => {
    const area = row(r).area;
    return area !== undefined && o.unallocated.has(area);
  };
  const edges = new Set<number>();
  for (const c of candidates) if (c.kind !== "shift") edges.add(c.row * T + c.t);
  // the statistic of row r at month t is the largest of its sign within two months (not the slope of a nearby change), or a start or end
  const peak = (r: number, t: number): boolean => {
    if (edges.has(r * T + t)) return true;
    const z = S[r * T + t]!;
    for (let u = Math.max(w, t - 2); u <= Math.min(T - w, t + 2); u++)
      if (u !== t && S[r * T + u]! * z > 0 && Math.abs(S[r * T + u]!) > Math.abs(z)) return false;
    return true;
  };
  const zerosFrom = (r: number, from: number, to: number): boolean => {
    const base = Math.floor(r / nOffence) * st.area + (r % nOffence) * st.offence;
    for (let u = from; u < to; u++) if (cube.values[base + u * st.month] !== 0) return false;
    return true;
  };
  const used = new Set<ShiftCandidate>();
  const anchors = [...candidates].sort((p, q) => Math.abs(q.score) - Math.abs(p.score) || p.t - q.t || p.row - q.row);
  const out: { b: DetectedBreak; t: number; order: number; r: number }[] = [];
  for (const c of anchors) {
    const sign = c.score > 0 ? 1 : -1;
    if (claimed[c.row * T + c.t] === sign) continue;
    const change = Math.abs(c.after - c.before);
    let best = -1;
    let bestT = -1;
    let bestDt = Number.POSITIVE_INFINITY;
    let bestFit = Number.POSITIVE_INFINITY;
    for (const q of relatedOf(c.row)) {
      for (let k = 0; k < 3; k++) {
        const dt = k === 0 ? 0 : k === 1 ? -1 : 1;
        const t = c.t + dt;
        if (t < w || t > T - w || claimed[q * T + t] === -sign) continue;
        const z = S[q * T + t]!;
        if (-sign * z < o.minScore || !peak(q, t)) continue;
        // the counterpart of a change in an unallocated row is spread over the areas: it is matched only when both rows stop and start (a relabelling)
        if ((unallocatedRow(c.row) || unallocatedRow(q)) && !(edges.has(q * T + t) && c.kind !== "shift")) continue;
        const before = M[q * T + t - w]!;
        const after = M[q * T + t]!;
        const other = Math.abs(after - before);
        const ratio = Math.max(change, other) / Math.min(change, other);
        if (!(ratio <= o.sizeRatio)) continue;
        if (c.relative < o.minRelative && other / Math.max(before, after) < o.minRelative) continue;
        // the nearest month first, then the strongest change for its closeness in size
        const fit = -Math.abs(z) / Math.sqrt(ratio);
        if (Math.abs(dt) < bestDt || (Math.abs(dt) === bestDt && fit < bestFit)) {
          best = q;
          bestT = t;
          bestDt = Math.abs(dt);
          bestFit = fit;
        }
      }
    }
    if (best < 0) continue;
    used.add(c);
    claim(c.row, c.t, sign);
    claim(best, bestT, -sign);
    const z = S[best * T + bestT]!;
    const [fromRow, fallT, toRow, riseT] = sign < 0 ? [c.row, c.t, best, bestT] : [best, bestT, c.row, c.t];
    // the month: where the losing row stops, else where the gaining row starts, else the sharper change
    const t = edges.has(fromRow * T + fallT) ? fallT : edges.has(toRow * T + riseT) ? riseT : Math.abs(z) > Math.abs(c.score) ? bestT : c.t;
    const lost = M[fromRow * T + fallT - w]! - M[fromRow * T + fallT]!;
    // a renaming: the losing row stops and the gaining row starts (within a month of each other)
    const started = edges.has(toRow * T + riseT) || (riseT > 0 && edges.has(toRow * T + riseT - 1)) || (riseT + 1 < T && edges.has(toRow * T + riseT + 1));
    const bothEdges = zerosFrom(fromRow, fallT, fallT + w) && started;
    const from = row(fromRow);
    const to = row(toRow);
    out.push({
      t,
      order: 0,
      r: fromRow,
      b: {
        kind: "moved",
        month: months[t]!,
        from,
        to,
        size: lost,
        score: Math.min(Math.abs(c.score), Math.abs(z)),
        explanation: movedSentence(from, to, lost, months[t]!, bothEdges),
      },
    });
  }

  // 3. what is left: starts, ends, and shifts of unallocated rows
  for (const c of candidates) {
    if (used.has(c) || claimed[c.row * T + c.t] === (c.score > 0 ? 1 : -1) || Math.abs(c.score) < o.minScore) continue;
    const r = row(c.row);
    const month = months[c.t]!;
    const size = c.after - c.before;
    if (c.kind === "start") {
      out.push({
        t: c.t,
        order: 1,
        r: c.row,
        b: { kind: "series-start", month, from: null, to: r, size, score: c.score, explanation: startSentence(r, c, month, w) },
      });
    } else if (c.kind === "end") {
      out.push({
        t: c.t,
        order: 2,
        r: c.row,
        b: { kind: "series-end", month, from: r, to: null, size, score: c.score, explanation: endSentence(r, c, month, w) },
      });
    } else if (r.area !== undefined && o.unallocated.has(r.area) && c.relative >= o.minRelative) {
      out.push({
        t: c.t,
        order: 3,
        r: c.row,
        b: { kind: "level-shift", month, from: size < 0 ? r : null, to: size > 0 ? r : null, size, score: c.score, explanation: shiftSentence(r, c, month) },
      });
    }
  }
  out.sort((p, q) => p.t - q.t || p.order - q.order || p.r - q.r);
  return out.map((e) => e.b);
}

interface ResolvedOptions {
  window: number;
  minScore: number;
  minRelative: number;
  sizeRatio: number;
  related: ((a: BreakRow, b: BreakRow) => boolean) | undefined;
  groups: Readonly<Record<string, string>> | undefined;
  unallocated: ReadonlySet<string>;
}

function resolveOptions(options: DetectBreaksOptions): ResolvedOptions {
  const bad = (name: string, value: unknown, expected: string): never => {
    throw new PoliceDataError("invalid-option", `${name}: expected ${expected}, got ${describeValue(value)}`, { [name]: describeValue(value) });
  };
  const window = options.window ?? DEFAULTS.window;
  if (typeof window !== "number" || !Number.isInteger(window) || window < 3 || window > 60) bad("window", window, "a whole number of months from 3 to 60");
  const minScore = options.minScore ?? DEFAULTS.minScore;
  if (typeof minScore !== "number" || !(minScore > 0 && minScore < Number.POSITIVE_INFINITY)) bad("minScore", minScore, "a positive number");
  const minRelative = options.minRelative ?? DEFAULTS.minRelative;
  if (typeof minRelative !== "number" || !(minRelative >= 0 && minRelative <= 1)) bad("minRelative", minRelative, "a number from 0 to 1");
  const sizeRatio = options.sizeRatio ?? DEFAULTS.sizeRatio;
  if (typeof sizeRatio !== "number" || !(sizeRatio >= 1 && sizeRatio < Number.POSITIVE_INFINITY)) bad("sizeRatio", sizeRatio, "a number of at least 1");
  const groups = options.groups;
  if (groups !== undefined) {
    if (typeof groups !== "object" || groups === null || Array.isArray(groups)) bad("groups", groups, "an object mapping offence labels to group labels");
    for (const key of Object.keys(groups)) {
      if (typeof groups[key] !== "string") bad("groups", groups[key], `a group label (text) for offence ${describeValue(key)}`);
    }
  }
  const unallocated = options.unallocated ?? [];
  if (!isStringList(unallocated)) bad("unallocated", unallocated, "a list of area labels (text)");
  const user = options.related;
  if (user !== undefined && typeof user !== "function") bad("related", user, "a function (a, b) => boolean");
  const related =
    user === undefined
      ? undefined
      : (a: BreakRow, b: BreakRow): boolean => {
          const answer = user(a, b);
          if (typeof answer !== "boolean") bad("related", answer, "a function that returns true or false");
          return answer;
        };
  return { window, minScore, minRelative, sizeRatio, related, groups, unallocated: new Set(unallocated) };
}

/** "Burglary in Harrow", "Harrow", "Burglary". */
function describeRow(r: BreakRow): string {
  if (r.area !== undefined && r.offence !== undefined) return `${r.offence} in ${r.area}`;
  return r.area ?? r.offence ?? "";
}

function monthText(month: MonthKey): string {
  return `${monthName(Number(month.slice(5, 7)))} ${month.slice(0, 4)}`;
}

/** A monthly mean for a sentence: whole numbers from 10, one decimal below. */
function amount(x: number): string {
  return formatNumber(x, Math.abs(x) >= 10 ? 0 : 1, { trim: true });
}

function movedSentence(from: BreakRow, to: BreakRow, size: number, month: MonthKey, bothEdges: boolean): string {
  const how = bothEdges
    ? "the first stopped and the second started in the same month, as when a category or area is renamed"
    : "the first fell and the second rose by a similar amount, as when offences are reallocated";
  let what: string;
  if (from.area !== undefined && from.area === to.area && from.offence !== undefined && to.offence !== undefined) {
    what = `In ${from.area}, about ${amount(size)} offences a month moved from ${from.offence} to ${to.offence}`;
  } else if (from.offence !== undefined && from.offence === to.offence && from.area !== undefined && to.area !== undefined) {
    what = `About ${amount(size)} offences a month of ${from.offence} moved from ${from.area} to ${to.area}`;
  } else {
    what = `About ${amount(size)} offences a month moved from ${describeRow(from)} to ${describeRow(to)}`;
  }
  return `${what} in ${monthText(month)}: ${how}.`;
}

function startSentence(r: BreakRow, c: ShiftCandidate, month: MonthKey, w: number): string {
  return `${describeRow(r)} has offences from ${monthText(month)} (about ${amount(c.after)} a month) after at least ${w} months with none.`;
}

function endSentence(r: BreakRow, c: ShiftCandidate, month: MonthKey, w: number): string {
  return `${describeRow(r)} has no offences from ${monthText(month)}, for at least ${w} months, after about ${amount(c.before)} a month.`;
}

function shiftSentence(r: BreakRow, c: ShiftCandidate, month: MonthKey): string {
  return `${describeRow(r)} ${c.after > c.before ? "rose" : "fell"} from about ${amount(c.before)} to about ${amount(c.after)} offences a month in ${monthText(month)}; these offences have no area, so the matching change is spread over the areas.`;
}
