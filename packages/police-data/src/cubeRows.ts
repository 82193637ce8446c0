import { CompensatedSum, describeValue } from "@crimestats/internal";
import type { CountCube } from "./countCube.js";
import { PoliceDataError } from "./PoliceDataError.js";
import { labelIndex, positions, strides } from "./internal/select.js";
import { monthIndexOf } from "./internal/month.js";
import type { MonthKey } from "@crimestats/periods";
import { OUTSIDE_AREA, UNKNOWN_AREA } from "./types.js";
import { checkCube, isStringList } from "./internal/check.js";

/** Options of {@link cubeRows}. */
export interface CubeRowsOptions {
  /** Population of each area (label → residents). */
  readonly population: ReadonlyMap<string, number> | Readonly<Record<string, number>>;
  /** Months to sum, inclusive (default: every month of the cube). */
  readonly months?: { readonly first: MonthKey; readonly last: MonthKey };
  /** One offence label (default: all offences summed). */
  readonly offence?: string;
  /** Areas to list, in this order (default: every area of the cube except the unknown areas). */
  readonly areas?: readonly string[];
}

/** The count and population of one area, as `@crimestats/benchmark` takes them. */
export interface AreaCountRow {
  /** Area label. */
  readonly area: string;
  /** Count summed over the months (and offences) asked for. */
  readonly count: number;
  /** Population of the area. */
  readonly population: number;
}

/**
 * Turn a cube into one row `{ area, count, population }` per area: the counts summed over a
 * window of months (a rolling year, a financial year) for one offence or all, beside each area's
 * population: the input of rates and benchmarks. The unknown areas ({@link UNKNOWN_AREA},
 * {@link OUTSIDE_AREA}) are left out unless listed in `areas` (their counts stay in the cube and
 * in the reconciliation).
 *
 * @param cube - a cube with `"area"` and `"month"` dimensions.
 * @param options - populations, months, offence, areas.
 * @returns one row per area.
 * @throws {@link PoliceDataError} `missing-population` when an area has no population (or a
 * population that is not a finite number > 0), `invalid-option` for a label or month not in the cube
 * or options without `population`, `invalid-argument` for a malformed cube (see `cubeSeries`).
 * @example
 * ```ts
 * const { cube } = await countCube([
 *   { area: "Harrow", month: "2024-01", offence: "Burglary", count: 10 },
 *   { area: "Harrow", month: "2024-02", offence: "Burglary", count: 5 },
 *   { area: "Brent", month: "2024-02", offence: "Burglary", count: 7 },
 * ]);
 * cubeRows(cube, { population: { Harrow: 261_000, Brent: 339_000 }, months: { first: "2024-02", last: "2024-02" } });
 * //=> [{ area: "Brent", count: 7, population: 339000 }, { area: "Harrow", count: 5, population: 261000 }]
 * ```
 */
export function cubeRows(cube: CountCube, options: CubeRowsOptions): AreaCountRow[] {
  checkCube(cube, "cube");
  if (typeof options !== "object" || options === null || typeof options.population !== "object" || options.population === null) {
    throw new PoliceDataError(
      "invalid-option",
      `options: expected { population } with the population of each area (a Map or an object), got ${describeValue(options)}`,
      { options: describeValue(options) },
    );
  }
  if (options.areas !== undefined && !isStringList(options.areas)) {
    throw new PoliceDataError("invalid-option", `areas: expected a list of area labels, got ${describeValue(options.areas)}`, {
      areas: describeValue(options.areas),
    });
  }
  const areaLabels = cube.labels.area;
  const months = cube.labels.month;
  if (areaLabels === undefined || months === undefined) {
    throw new PoliceDataError("invalid-argument", `cube: expected "area" and "month" dimensions, got ${cube.dims.join(", ")}`, { dims: cube.dims });
  }
  const pop = options.population;
  const popOf = (area: string): number | undefined =>
    pop instanceof Map ? pop.get(area) : Object.hasOwn(pop, area) ? (pop as Record<string, number>)[area] : undefined;
  let m0 = 0;
  let m1 = months.length - 1;
  if (options.months !== undefined) {
    if (typeof options.months !== "object" || options.months === null) {
      throw new PoliceDataError("invalid-option", `months: expected { first, last } as "YYYY-MM", got ${describeValue(options.months)}`, {
        months: describeValue(options.months),
      });
    }
    const first = monthIndexOf(options.months.first);
    const last = monthIndexOf(options.months.last);
    const start = months.length > 0 ? monthIndexOf(months[0]!) : 0;
    if (first < 0 || last < 0 || first > last || first < start || last > start + months.length - 1) {
      throw new PoliceDataError(
        "invalid-option",
        `months: ${describeValue(options.months)} is not a window inside the cube's months ${months[0] ?? "(none)"}..${months[months.length - 1] ?? "(none)"}`,
        { months: describeValue(options.months) },
      );
    }
    m0 = first - start;
    m1 = last - start;
  }
  const st = strides(cube);
  const offences = positions(cube, "offence", options.offence);
  const areas = options.areas ?? areaLabels.filter((a) => a !== UNKNOWN_AREA && a !== OUTSIDE_AREA);
  return areas.map((area) => {
    const a = labelIndex(cube, "area", area);
    const population = popOf(area);
    if (population === undefined || typeof population !== "number" || !Number.isFinite(population) || population <= 0) {
      throw new PoliceDataError(
        "missing-population",
        `population of ${describeValue(area)} is ${describeValue(population)}; expected a finite number > 0 (or leave the area out with the areas option)`,
        { area, population: typeof population === "number" ? population : population === undefined ? null : describeValue(population) },
      );
    }
    const sum = new CompensatedSum();
    for (let m = m0; m <= m1; m++) for (const o of offences) sum.add(cube.values[a * st.area + m * st.month + o * st.offence]!);
    return { area, count: sum.value, population };
  });
}
