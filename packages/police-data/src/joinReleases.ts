import { CompensatedSum, describeValue } from "@crimestats/internal";
import type { MonthKey } from "@crimestats/periods";
import { compareVintages, type VintageComparison } from "./compareVintages.js";
import type { CountCube } from "./countCube.js";
import { PoliceDataError } from "./PoliceDataError.js";
import { checkCube, optionsOf } from "./internal/check.js";
import { monthIndexOf, monthKeyOf } from "./internal/month.js";
import { strides } from "./internal/select.js";

/** Options of {@link joinReleases}. */
export interface JoinReleasesOptions {
  /**
   * Maps an offence label of one release to the label of the joined series (called once per
   * label and release, with the release's `vintage`), so that the categories of different eras
   * meet: return the label to count it under (several labels of a release may map to one, their
   * counts are added), or `null` to leave the label out (reported in `dropped`). Default: every
   * label as it is.
   */
  readonly offence?: (label: string, vintage: string) => string | null;
}

/** A run of consecutive months of a joined series and the release they come from. */
export interface ReleaseRun {
  /** First month of the run. */
  readonly first: MonthKey;
  /** Last month of the run. */
  readonly last: MonthKey;
  /** Vintage of the release the counts of these months come from. */
  readonly vintage: string;
}

/** An offence label of one release that `options.offence` renamed. */
export interface MappedLabel {
  /** Vintage of the release. */
  readonly vintage: string;
  /** The label as in the release. */
  readonly from: string;
  /** The label it is counted under in the joined series. */
  readonly to: string;
}

/** An offence label of one release that `options.offence` left out (mapped to `null`). */
export interface DroppedLabel {
  /** Vintage of the release. */
  readonly vintage: string;
  /** The label as in the release. */
  readonly label: string;
  /** Sum of the label's counts in the release, over all its months. */
  readonly count: number;
}

/** The result of {@link joinReleases}. */
export interface JoinedReleases {
  /**
   * The joined counts: dims `["area", "month", "offence"]`, months consecutive from the first
   * to the last month of any release, vintage `"joined"`. Areas and offences are listed in order
   * of first appearance, releases oldest first; a label missing from the release that supplies a
   * month counts 0 there.
   */
  readonly cube: CountCube;
  /** Runs of months and the release each came from, in month order. */
  readonly sources: readonly ReleaseRun[];
  /**
   * `compareVintages` of each older release against each release that replaced it in some
   * month, over the months both hold, after mapping the offence labels; older releases first.
   */
  readonly revisions: readonly VintageComparison[];
  /** Labels renamed by `options.offence`, releases oldest first. */
  readonly mapped: readonly MappedLabel[];
  /** Labels mapped to `null`, with the count left out, releases oldest first. */
  readonly dropped: readonly DroppedLabel[];
}

/** One release with its offence labels mapped, laid out area × month × offence. */
interface Release {
  readonly cube: CountCube;
  readonly vintage: string;
  readonly position: number;
  /** Month index of the first and last month (`-1` when the release has no month). */
  readonly first: number;
  readonly last: number;
}

/** Argument error naming `releases[i]`. */
function badRelease(i: number, what: string): PoliceDataError {
  return new PoliceDataError("invalid-argument", `releases[${i}]: ${what}`, { release: i });
}

/** Throw unless `labels` holds each label once. */
function checkDistinct(i: number, dim: string, labels: readonly string[]): void {
  const seen = new Set<string>();
  for (const l of labels) {
    if (seen.has(l)) throw badRelease(i, `the ${dim} label ${describeValue(l)} appears twice; expected each label once (as countCube gives)`);
    seen.add(l);
  }
}

/** Call the user's mapping for one label, checking what it returns. */
function mapLabel(map: NonNullable<JoinReleasesOptions["offence"]>, label: string, vintage: string): string | null {
  let to: unknown;
  try {
    to = map(label, vintage);
  } catch (e) {
    throw new PoliceDataError(
      "invalid-option",
      `offence: the function threw for ${describeValue(label)} of release ${describeValue(vintage)} (${e instanceof Error ? e.message : describeValue(e)}); expected a label or null`,
      { label, vintage },
    );
  }
  if (to !== null && typeof to !== "string") {
    throw new PoliceDataError(
      "invalid-option",
      `offence: the function returned ${describeValue(to)} for ${describeValue(label)} of release ${describeValue(vintage)}; expected a label (text) or null`,
      { label, vintage, value: describeValue(to) },
    );
  }
  return to;
}

/** Check release `i` and lay it out area × month × offence with its labels mapped. */
function prepare(raw: unknown, i: number, map: JoinReleasesOptions["offence"], mapped: MappedLabel[][], dropped: DroppedLabel[][]): Release {
  checkCube(raw, `releases[${i}]`);
  const vintage = raw.vintage;
  if (vintage === undefined) {
    throw badRelease(i, "the cube has no vintage; expected the release it comes from (countCube's vintage option, or records that carry one)");
  }
  for (const d of ["area", "month", "offence"] as const) {
    if (!raw.dims.includes(d)) throw badRelease(i, `the cube has dims [${raw.dims.join(", ")}]; expected area, month and offence (countCube's default)`);
  }
  const areas = raw.labels.area!;
  const months = raw.labels.month!;
  const offences = raw.labels.offence!;
  checkDistinct(i, "area", areas);
  checkDistinct(i, "offence", offences);
  // offence position in the release → position in its mapped labels (-1: dropped)
  const target = new Int32Array(offences.length);
  const labels: string[] = [];
  const ids = new Map<string, number>();
  const mappedHere: MappedLabel[] = [];
  const droppedAt: number[] = [];
  for (let o = 0; o < offences.length; o++) {
    const from = offences[o]!;
    const to = map === undefined ? from : mapLabel(map, from, vintage);
    if (to === null) {
      target[o] = -1;
      droppedAt.push(o);
      continue;
    }
    if (to !== from) mappedHere.push({ vintage, from, to });
    let id = ids.get(to);
    if (id === undefined) {
      id = labels.length;
      labels.push(to);
      ids.set(to, id);
    }
    target[o] = id;
  }
  const st = strides(raw);
  const nA = areas.length;
  const nM = months.length;
  const nO = labels.length;
  const values = new Float64Array(nA * nM * nO);
  const lost = droppedAt.map(() => new CompensatedSum());
  for (let a = 0; a < nA; a++) {
    for (let m = 0; m < nM; m++) {
      const base = a * st.area + m * st.month;
      const out = (a * nM + m) * nO;
      for (let o = 0; o < offences.length; o++) {
        const t = target[o]!;
        if (t >= 0) values[out + t] = values[out + t]! + raw.values[base + o * st.offence]!;
      }
      for (let k = 0; k < droppedAt.length; k++) lost[k]!.add(raw.values[base + droppedAt[k]! * st.offence]!);
    }
  }
  const total = new CompensatedSum();
  for (let k = 0; k < values.length; k++) total.add(values[k]!);
  mapped.push(mappedHere);
  dropped.push(droppedAt.map((o, k) => ({ vintage, label: offences[o]!, count: lost[k]!.value })));
  return {
    cube: {
      dims: ["area", "month", "offence"],
      labels: { area: areas, month: months, offence: labels },
      shape: [nA, nM, nO],
      values,
      total: total.value,
      vintage,
    },
    vintage,
    position: i,
    first: nM === 0 ? -1 : monthIndexOf(months[0]!),
    last: nM === 0 ? -1 : monthIndexOf(months[nM - 1]!),
  };
}

/** `"2024-01"` or `"2024-01..2024-03"`. */
function runText(first: number, last: number): string {
  return first === last ? monthKeyOf(first) : `${monthKeyOf(first)}..${monthKeyOf(last)}`;
}

/**
 * Join several releases (vintages) of the same table into one monthly series per area and
 * offence, the newest release winning for each month it covers: for each month, the counts come
 * from the release with the latest last month that holds that month (on a tie, the one later in
 * the list). The London Datastore "MPS Borough Level Crime" files join this way: the historical
 * file (2010-04..2023-02), then the 24-month releases 2023-03..2025-02 and 2024-01..2025-12 give
 * one series from 2010-04 to 2025-12, the latter supplying 2024-01 onwards.
 *
 * Offence labels can be mapped per release (`options.offence`), so categories of different eras
 * meet, e.g. through a crosswalk of `@crimestats/taxonomy`. Nothing is left out in silence: the
 * months each release supplies are listed (`sources`), the revisions between a release and the
 * one that replaced it are compared cell by cell (`revisions`, by `compareVintages`), and every
 * renamed or left-out label is reported (`mapped`, `dropped` with its count). The counts of the
 * months a release supplies are copied as they are, so their sums are that release's sums.
 *
 * @param releases - count cubes of the releases (any order), each with a `vintage` and the
 * dimensions area, month and offence (as `countCube` gives by default).
 * @param options - `offence`: maps a label of a release to the joined label, or to `null`.
 * @returns the joined cube, the release of each run of months, the revisions, the labels mapped
 * and the labels dropped.
 * @throws {@link PoliceDataError} `invalid-argument` when `releases` is not a non-empty list of
 * well-formed count cubes (see `cubeSeries`) with dimensions area, month and offence, each label
 * once, a vintage each and no vintage twice, at least one with a month; `invalid-data` when a
 * month between the first and the last is in no release (the message names the missing months);
 * `invalid-option` when the options are not an object, `offence` is not a function, or it throws
 * or returns something other than text or `null`.
 * @example
 * ```ts
 * // MinorText of every era → Home Office offence group; Action Fraud (NFIB) rows left out
 * const toHomeOffice = (label: string) => {
 *   const target = crosswalk(metropolitanPoliceCategories, homeOfficeOffenceGroups, label)?.target;
 *   return target === undefined || target.code === "action-fraud" ? null : target.name;
 * };
 * const older = await countCube([
 *   { area: "Harrow", month: "2023-12", offence: "BURGLARY IN A DWELLING", count: 60 },
 *   { area: "Harrow", month: "2024-01", offence: "BURGLARY IN A DWELLING", count: 55 },
 *   { area: "Harrow", month: "2024-01", offence: "NFIB", count: 4 },
 * ], { vintage: "2023-03_2025-02" });
 * const newer = await countCube([
 *   { area: "Harrow", month: "2024-01", offence: "RES BURGLARY OF A HOME", count: 50 },
 *   { area: "Harrow", month: "2024-01", offence: "RES BURGLARY OF UNCONNECTED BUILDING", count: 6 },
 *   { area: "Harrow", month: "2024-02", offence: "RES BURGLARY OF A HOME", count: 57 },
 * ], { vintage: "2024-01_2025-12" });
 * const joined = joinReleases([older.cube, newer.cube], { offence: toHomeOffice });
 * [joined.cube.labels.month, joined.cube.labels.offence, [...joined.cube.values]];
 * //=> [["2023-12", "2024-01", "2024-02"], ["Residential burglary"], [60, 56, 57]]
 * joined.sources;
 * //=> [{ first: "2023-12", last: "2023-12", vintage: "2023-03_2025-02" }, { first: "2024-01", last: "2024-02", vintage: "2024-01_2025-12" }]
 * joined.revisions[0].revisions;
 * //=> [{ area: "Harrow", month: "2024-01", offence: "Residential burglary", previous: 55, current: 56, change: 1 }]
 * joined.dropped;
 * //=> [{ vintage: "2023-03_2025-02", label: "NFIB", count: 4 }]
 * joined.mapped.map((m) => m.from);
 * //=> ["BURGLARY IN A DWELLING", "RES BURGLARY OF A HOME", "RES BURGLARY OF UNCONNECTED BUILDING"]
 * ```
 */
export function joinReleases(releases: readonly CountCube[], options?: JoinReleasesOptions): JoinedReleases {
  if (!Array.isArray(releases) || releases.length === 0) {
    throw new PoliceDataError("invalid-argument", `releases: expected a non-empty list of count cubes (one per release), got ${describeValue(releases)}`, {
      releases: describeValue(releases),
    });
  }
  options = optionsOf("joinReleases", options);
  const map = options.offence;
  if (map !== undefined && typeof map !== "function") {
    throw new PoliceDataError("invalid-option", `offence: expected a function (label, vintage) => label or null, got ${describeValue(map)}`, {
      offence: describeValue(map),
    });
  }
  const mappedBy: MappedLabel[][] = [];
  const droppedBy: DroppedLabel[][] = [];
  const given: Release[] = [];
  const vintages = new Map<string, number>();
  for (let i = 0; i < releases.length; i++) {
    const r = prepare(releases[i], i, map, mappedBy, droppedBy);
    const before = vintages.get(r.vintage);
    if (before !== undefined) throw badRelease(i, `the vintage ${describeValue(r.vintage)} is also that of releases[${before}]; expected one cube per release`);
    vintages.set(r.vintage, i);
    given.push(r);
  }
  // oldest first: by last month, then by position in the list (later in the list = newer)
  const order = given.map((_, i) => i).sort((x, y) => given[x]!.last - given[y]!.last || x - y);
  const withMonths = given.filter((r) => r.first >= 0);
  if (withMonths.length === 0) {
    throw new PoliceDataError("invalid-argument", "releases: no release holds a month; expected at least one cube with a month", {});
  }
  const start = Math.min(...withMonths.map((r) => r.first));
  const end = Math.max(...withMonths.map((r) => r.last));
  const nM = end - start + 1;
  // winner of each month: releases assigned oldest first, so the newest holding a month wins
  const winner = new Int32Array(nM).fill(-1);
  for (const i of order) {
    const r = given[i]!;
    if (r.first >= 0) winner.fill(i, r.first - start, r.last - start + 1);
  }
  const missing: { first: MonthKey; last: MonthKey }[] = [];
  const missingText: string[] = [];
  let count = 0;
  for (let m = 0; m < nM; m++) {
    if (winner[m] !== -1) continue;
    let e = m;
    while (e + 1 < nM && winner[e + 1] === -1) e++;
    missing.push({ first: monthKeyOf(start + m), last: monthKeyOf(start + e) });
    missingText.push(runText(start + m, start + e));
    count += e - m + 1;
    m = e;
  }
  if (missing.length > 0) {
    throw new PoliceDataError(
      "invalid-data",
      `releases: ${count} month${count === 1 ? "" : "s"} (${missingText.join(", ")}) ${count === 1 ? "is" : "are"} in no release; expected releases that together cover every month from ${monthKeyOf(start)} to ${monthKeyOf(end)}`,
      { missing, first: monthKeyOf(start), last: monthKeyOf(end) },
    );
  }
  // labels in order of first appearance, releases oldest first
  const areaIds = new Map<string, number>();
  const offenceIds = new Map<string, number>();
  for (const i of order) {
    const { labels } = given[i]!.cube;
    for (const a of labels.area!) if (!areaIds.has(a)) areaIds.set(a, areaIds.size);
    for (const o of labels.offence!) if (!offenceIds.has(o)) offenceIds.set(o, offenceIds.size);
  }
  const nA = areaIds.size;
  const nO = offenceIds.size;
  const values = new Float64Array(nA * nM * nO);
  for (const r of given) {
    const { labels, values: from } = r.cube;
    const ra = labels.area!.map((a) => areaIds.get(a)!);
    const ro = labels.offence!.map((o) => offenceIds.get(o)!);
    const rM = labels.month!.length;
    const rO = ro.length;
    for (let m = 0; m < rM; m++) {
      const jm = r.first - start + m;
      if (winner[jm] !== r.position) continue;
      for (let a = 0; a < ra.length; a++) {
        const src = (a * rM + m) * rO;
        const dst = (ra[a]! * nM + jm) * nO;
        for (let o = 0; o < rO; o++) values[dst + ro[o]!] = from[src + o]!;
      }
    }
  }
  const total = new CompensatedSum();
  for (let k = 0; k < values.length; k++) total.add(values[k]!);
  const sources: ReleaseRun[] = [];
  for (let m = 0; m < nM; m++) {
    let e = m;
    while (e + 1 < nM && winner[e + 1] === winner[m]) e++;
    sources.push({ first: monthKeyOf(start + m), last: monthKeyOf(start + e), vintage: given[winner[m]!]!.vintage });
    m = e;
  }
  // each older release against each release that replaced it in a month it holds
  const revisions: VintageComparison[] = [];
  for (const i of order) {
    const r = given[i]!;
    if (r.first < 0) continue;
    const by: number[] = [];
    for (let m = r.first - start; m <= r.last - start; m++) {
      const w = winner[m]!;
      if (w !== i && !by.includes(w)) by.push(w);
    }
    for (const w of by) revisions.push(compareVintages(r.cube, given[w]!.cube));
  }
  return {
    cube: {
      dims: ["area", "month", "offence"],
      labels: {
        area: [...areaIds.keys()],
        month: Array.from({ length: nM }, (_, m) => monthKeyOf(start + m)),
        offence: [...offenceIds.keys()],
      },
      shape: [nA, nM, nO],
      values,
      total: total.value,
      vintage: "joined",
    },
    sources,
    revisions,
    mapped: order.flatMap((i) => mappedBy[i]!),
    dropped: order.flatMap((i) => droppedBy[i]!),
  };
}
