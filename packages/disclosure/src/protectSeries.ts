import { describeValue } from "@crimestats/internal";
import { DisclosureError } from "./DisclosureError.js";
import type { DisclosurePolicy } from "./disclosurePolicySchema.js";
import { type AuditSeriesOptions, type AuditSeriesResult, type AuditedFigure, auditSeries } from "./auditSeries.js";
import { discloseValid } from "./discloseCount.js";
import { monthKeyFromIndex } from "@crimestats/periods";
import { checkLastMonth, MAX_MONTHS, monthIndex } from "./internal/months.js";
import { checkArray, checkCount, checkId, checkObject, optionsOf, protectionWidthOf } from "./internal/validate.js";
import { possibleCounts } from "./possibleCounts.js";
import { parseDisclosurePolicy } from "./parseDisclosurePolicy.js";
import type { CountSeries, ReleasedSeries, SeriesFigure } from "./seriesTypes.js";

/** Options of {@link protectSeries}. */
export interface ProtectSeriesOptions {
  /** Length of the rolling windows released, in months. Default `12` (rolling years). */
  readonly window?: number;
  /** Also release every single month. Default `true`. */
  readonly releaseMonths?: boolean;
  /** The protection width. Default: the policy's `protectionWidth`. */
  readonly protectionWidth?: number;
  /**
   * `true` (default): every window of `window` months (rolling years). `false`: consecutive
   * windows that do not overlap (quarters, financial years), starting at each series' first month.
   */
  readonly rolling?: boolean;
  /**
   * Nested geographies (wards within a borough; see {@link AuditSeriesOptions.nesting}). Needs
   * windows that do not overlap: `rolling: false` or `window: 1`.
   */
  readonly nesting?: AuditSeriesOptions["nesting"];
}

/** A released series after secondary suppression. */
export interface ProtectedSeries extends ReleasedSeries {
  /** Ids `"<area>:<first>..<last>"` of the secondary-suppressed figures, in the order chosen. */
  readonly secondary: readonly string[];
}

/**
 * Releases each area's monthly counts and rolling windows (every window of `window` consecutive
 * months) under a policy, and suppresses further figures until {@link auditSeries} finds nothing:
 * no hidden or recoded figure, and no small month, can be narrowed below the protection width by
 * differencing overlapping windows. Recoded small counts (the `5` of `small-to-5-round-5`) are
 * protected like suppressed ones. Every figure is disclosed from its own exact count (a rolling
 * year is never a sum of rounded months). Publish {@link publishSeries}'s view of the result.
 *
 * Method: while a figure is disclosed, the published figure with the smallest count among those
 * overlapping it (in the same area, or with `nesting` in the same parent-and-children group) is
 * suppressed (months before windows on a tie, then earlier first), and the release is audited
 * again; a shown figure whose own range of counts is narrower than the width, or that nothing else
 * overlaps, is hidden itself. Each step relaxes the attacker's constraints, and a month that no
 * published figure covers is unbounded above, so the loop ends with a release the audit passes.
 * Finally a secondary suppression that the released figures determine exactly is shown again.
 *
 * @param series - Exact monthly counts per area.
 * @param policy - The disclosure policy.
 * @param options - Window length, whether months are released, protection width.
 * @returns The released figures (months first, then windows, area by area) and the secondary ids.
 * @throws {@link DisclosureError} naming the area and month for a bad count or month, a repeated
 * area, a window longer than the series or a series of more than 600 months; `invalid-option` for
 * options that are not an object.
 * @example
 * ```ts
 * const policy = { id: "hide-1-4", suppress: { min: 1, max: 4, symbol: "*" }, protectionWidth: 5 };
 * const s = protectSeries([{ area: "Roxeth", start: "2018-01", counts: [7, 9, 3] }], policy, { window: 2 });
 * s.figures.map((f) => f.display);
 * //=> ["7", "9", "*", "16", "*"]
 * ```
 */
export function protectSeries(series: readonly CountSeries[], policy: DisclosurePolicy, options?: ProtectSeriesOptions): ProtectedSeries {
  const opts = optionsOf(options, "protectSeries");
  parseDisclosurePolicy(policy);
  const windowLength = opts.window ?? 12;
  if (typeof windowLength !== "number" || !Number.isSafeInteger(windowLength) || windowLength < 1) {
    throw new DisclosureError("invalid-option", `Option "window" is ${describeValue(windowLength)}; expected a positive whole number of months.`, {
      field: "window",
      value: describeValue(windowLength),
    });
  }
  const releaseMonths = opts.releaseMonths ?? true;
  const width = protectionWidthOf(opts.protectionWidth, policy);
  checkArray(series, "The series");
  const symbol = policy.suppress?.symbol ?? "*";
  const figures: SeriesFigure[] = [];
  const counts: number[] = [];
  const areaOf: number[] = [];
  const firstOf: number[] = []; // month indices of each figure's window
  const lastOf: number[] = [];
  const areas = new Set<string>();
  series.forEach((s, k) => {
    checkObject(s, `Series ${k}`);
    checkId(s.area, `The area of series ${k}`);
    checkArray(s.counts, `The counts of area ${describeValue(s.area)}`);
    if (areas.has(s.area)) {
      throw new DisclosureError("duplicate-cell", `Area "${s.area}" appears more than once; expected one series per area.`, { cell: s.area });
    }
    areas.add(s.area);
    const start = monthIndex(s.start, `Area "${s.area}"`);
    if (s.counts.length > MAX_MONTHS) {
      throw new DisclosureError("invalid-argument", `Area "${s.area}" has ${s.counts.length} months; expected at most ${MAX_MONTHS}.`, { cell: s.area });
    }
    checkLastMonth(start + s.counts.length - 1, `Area "${s.area}"`);
    for (const [i, c] of s.counts.entries()) checkCount(c, `${s.area}:${monthKeyFromIndex(start + i)}`);
    if (!releaseMonths && s.counts.length < windowLength) {
      throw new DisclosureError(
        "invalid-argument",
        `Area "${s.area}" has ${s.counts.length} months, fewer than the ${windowLength}-month window; expected at least one full window.`,
        { cell: s.area },
      );
    }
    const push = (a: number, b: number) => {
      let sum = 0;
      for (let i = a; i <= b; i++) sum += s.counts[i]!;
      const id = `${s.area}:${monthKeyFromIndex(start + a)}..${monthKeyFromIndex(start + b)}`;
      figures.push({ area: s.area, first: monthKeyFromIndex(start + a), last: monthKeyFromIndex(start + b), ...discloseValid(sum, policy, false, id) });
      counts.push(sum);
      areaOf.push(k);
      firstOf.push(start + a);
      lastOf.push(start + b);
    };
    if (releaseMonths) for (let i = 0; i < s.counts.length; i++) push(i, i);
    const step = opts.rolling === false ? windowLength : 1;
    if (!(releaseMonths && windowLength === 1)) {
      for (let b = windowLength - 1; b < s.counts.length; b += step) push(b - windowLength + 1, b);
    }
  });
  const secondary: string[] = [];
  const nesting = opts.nesting ?? [];
  /** The published figure with the smallest count among `candidates` (months first on a tie). */
  const cheapest = (candidates: readonly number[], a: number, b: number, area: string): number => {
    let pick = -1;
    for (const i of candidates) {
      const f = figures[i]!;
      if (f.value === null || f.status === "structural-zero") continue;
      const fa = firstOf[i]!;
      const fb = lastOf[i]!;
      if (fb < a || fa > b) continue; // does not overlap
      if (fa === a && fb === b && f.area === area) continue; // the disclosed figure itself
      const better =
        pick < 0 || counts[i]! < counts[pick]! || (counts[i]! === counts[pick]! && f.first === f.last && figures[pick]!.first !== figures[pick]!.last);
      if (better) pick = i;
    }
    return pick;
  };
  const hide = (i: number, status: "primary-suppressed" | "secondary-suppressed" = "secondary-suppressed") => {
    const f = figures[i]!;
    figures[i] = { ...f, value: null, display: symbol, status };
    if (status === "secondary-suppressed") secondary.push(`${f.area}:${f.first}..${f.last}`);
  };
  /**
   * The figure to hide next for a disclosed `target`: the target itself when it is shown and its
   * own range of counts is narrower than the width (or nothing else overlaps it), else the cheapest
   * published figure overlapping it among `candidates`.
   */
  const nextToHide = (target: AuditedFigure, candidates: readonly number[]): number => {
    const self = candidates.find((i) => figures[i]!.area === target.area && figures[i]!.first === target.first && figures[i]!.last === target.last);
    const shown = self !== undefined && figures[self]!.value !== null;
    if (shown) {
      const range = possibleCounts(figures[self]!.value, policy);
      if (range.upper - range.lower < width) return self;
    }
    const pick = cheapest(candidates, monthIndex(target.first, ""), monthIndex(target.last, ""), target.area);
    return pick < 0 && shown ? self : pick;
  };
  /** Shows again every secondary suppression that the released figures determine exactly. */
  const unhideDetermined = (audit: AuditSeriesResult) => {
    for (const a of audit.figures) {
      if (a.status !== "secondary-suppressed" || a.width !== 0) continue;
      const i = figures.findIndex((f) => f.area === a.area && f.first === a.first && f.last === a.last);
      const f = figures[i]!;
      const id = `${f.area}:${f.first}..${f.last}`;
      figures[i] = { ...f, ...discloseValid(counts[i]!, policy, false, id) };
      secondary.splice(secondary.indexOf(id), 1);
    }
  };
  if (nesting.length > 0) {
    // one audit over all areas, since nesting links them
    const all = figures.map((_, i) => i);
    for (;;) {
      const audit = auditSeries({ figures, policy }, { protectionWidth: width, nesting });
      const target = audit.disclosed[0];
      if (target === undefined) {
        unhideDetermined(audit);
        break;
      }
      const group = new Set<string>([target.area]);
      for (const n of nesting) {
        if (n.parent === target.area || n.children.includes(target.area)) {
          group.add(n.parent);
          for (const c of n.children) group.add(c);
        }
      }
      const pick = nextToHide(
        target,
        all.filter((i) => group.has(figures[i]!.area)),
      );
      if (pick < 0) break; // cannot happen: a month no published figure covers is unbounded above
      hide(
        pick,
        pick >= 0 && figures[pick]!.area === target.area && figures[pick]!.first === target.first && figures[pick]!.last === target.last
          ? "primary-suppressed"
          : "secondary-suppressed",
      );
    }
    return { figures, policy, secondary };
  }
  for (let k = 0; k < series.length; k++) {
    const idx = figures.map((_, i) => i).filter((i) => areaOf[i] === k);
    for (;;) {
      const audit = auditSeries({ figures: idx.map((i) => figures[i]!), policy }, { protectionWidth: width });
      const target = audit.disclosed[0];
      if (target === undefined) {
        unhideDetermined(audit);
        break;
      }
      const pick = nextToHide(target, idx);
      if (pick < 0) break; // cannot happen: a month no published figure covers is unbounded above
      const f = figures[pick]!;
      hide(pick, f.first === target.first && f.last === target.last ? "primary-suppressed" : "secondary-suppressed");
    }
  }
  return { figures, policy, secondary };
}
