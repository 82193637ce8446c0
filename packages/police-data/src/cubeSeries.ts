import { CompensatedSum } from "@crimestats/internal";
import type { CountCube } from "./countCube.js";
import { PoliceDataError } from "./PoliceDataError.js";
import { positions, strides } from "./internal/select.js";
import { checkCube, optionsOf } from "./internal/check.js";
import type { MonthKey } from "@crimestats/periods";

/** Which slice of the cube to turn into a series. */
export interface CubeSeriesOptions {
  /** One area label; when absent, all areas (unknown areas included) are summed. */
  readonly area?: string;
  /** One offence label; when absent, all offences are summed. */
  readonly offence?: string;
}

/**
 * Result of {@link cubeSeries}: a monthly series, `values[i]` being the count of month
 * `start + i`. It is a `MonthlyValues` of `@crimestats/rates`, so the series functions there take it.
 */
export interface CubeSeriesResult {
  /** First month `"YYYY-MM"`. */
  readonly start: MonthKey;
  /** One count per consecutive month. */
  readonly values: Float64Array;
}

/**
 * Turn a cube into the monthly series `{ start, values }` that `@crimestats/rates` takes for
 * rolling years and monthly averages: one area (or all) and one offence (or all), every month
 * of the cube in order.
 *
 * @param cube - a cube with a `"month"` dimension.
 * @param options - the area and offence to keep (others are summed).
 * @returns the series.
 * @throws {@link PoliceDataError} `invalid-argument` when the cube has no month dimension or no month,
 * or `cube` is not a well-formed count cube (dims, labels, shape and values that agree; finite
 * counts; consecutive months); `invalid-option` when a label is not in the cube or the options
 * are not an object.
 * @example
 * ```ts
 * const { cube } = await countCube([
 *   { area: "Harrow", month: "2024-01", offence: "Burglary" },
 *   { area: "Brent", month: "2024-03", offence: "Burglary", count: 4 },
 * ]);
 * const series = cubeSeries(cube, { area: "Brent" });
 * [series.start, [...series.values]];
 * //=> ["2024-01", [0, 0, 4]]
 * ```
 */
export function cubeSeries(cube: CountCube, options?: CubeSeriesOptions): CubeSeriesResult {
  checkCube(cube, "cube");
  options = optionsOf("cubeSeries", options);
  const months = cube.labels.month;
  if (months === undefined || months.length === 0) {
    throw new PoliceDataError(
      "invalid-argument",
      `cube: expected a cube with a "month" dimension and at least one month, got dims ${cube.dims.join(", ") || "(none)"}`,
      { dims: cube.dims },
    );
  }
  const st = strides(cube);
  const areas = positions(cube, "area", options.area);
  const offences = positions(cube, "offence", options.offence);
  const values = new Float64Array(months.length);
  for (let m = 0; m < months.length; m++) {
    const sum = new CompensatedSum();
    for (const a of areas) for (const o of offences) sum.add(cube.values[a * st.area + m * st.month + o * st.offence]!);
    values[m] = sum.value;
  }
  return { start: months[0]!, values };
}
