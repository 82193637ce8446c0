import { describeValue } from "@crimestats/internal";
import { ChartsError } from "./ChartsError.js";
import { checkBoundaries, checkValues, nameKey } from "./internal/boundaryInput.js";
import type { Boundaries, BoundaryFeature } from "./types.js";

/** One area's value for a map: `value` `null` is a value not shown (e.g. suppressed under a disclosure policy), with `label` saying why. */
export interface AreaValue {
  /** The area's code (e.g. `"E09000015"`) or name (e.g. `"Harrow"`). */
  readonly area: string;
  /** The value, or `null` when it is not shown. */
  readonly value: number | null;
  /** What the table shows for the area instead of or beside the number, e.g. `"Fewer than 10"`. */
  readonly label?: string;
}

/** Options of {@link joinBoundaries}. */
export interface JoinBoundariesOptions {
  /** Join on the features' codes, on their names, or `"auto"` (default): codes when every area looks like a code (an ONS-style code, or one of the features' codes), else names. */
  readonly by?: "code" | "name" | "auto";
}

/** A boundary joined to its area's value. */
export interface JoinedBoundary {
  /** The boundary. */
  readonly feature: BoundaryFeature;
  /** The area as the values name it. */
  readonly area: string;
  /** The value, or `null` when it is not shown. */
  readonly value: number | null;
  /** The value's label, or `null` when none was given. */
  readonly label: string | null;
}

/** What {@link joinBoundaries} returns: every boundary and every value accounted for. */
export interface JoinBoundariesResult {
  /** How the join was made (`"auto"` resolved). */
  readonly by: "code" | "name";
  /** Boundaries with a value, in the boundaries' order (a value joins every feature with its key, e.g. an area drawn as two features). */
  readonly matched: readonly JoinedBoundary[];
  /** Areas of the values that no boundary has, as given. */
  readonly areasWithoutBoundary: readonly string[];
  /** Boundaries with no value, by name (or code when the feature has no name). */
  readonly boundariesWithoutData: readonly string[];
}

/** An ONS-style area code: a letter and eight digits. */
const onsCode = /^[A-Z]\d{8}$/;

/**
 * Joins area values to their boundaries by code or by name. Names are compared ignoring case,
 * punctuation and spacing, with "&" read as "and" (so "Kensington & Chelsea" joins "Kensington and
 * Chelsea"); codes are compared ignoring case and surrounding spaces. Nothing is dropped in
 * silence: values with no boundary and boundaries with no value are listed.
 *
 * @param boundaries - Boundaries from {@link readBoundaries}.
 * @param values - One value per area (`null` for a value not shown).
 * @param options - What to join on.
 * @returns The joined boundaries, the areas without a boundary and the boundaries without data.
 * @throws {@link ChartsError} `invalid-argument` when the boundaries are not from `readBoundaries`,
 * the values are not an array of `{ area, value }`, an area is named twice, or an area has an empty name;
 * `invalid-number` when a value is neither a finite number nor null; `invalid-option` when `by` is not `"code"`, `"name"` or `"auto"`, or names
 * a key the boundaries do not have.
 * @example
 * ```ts
 * const square = { type: "Polygon" as const, coordinates: [[[0, 51], [0.1, 51], [0.1, 51.1], [0, 51.1], [0, 51]]] };
 * const boundaries = {
 *   features: [
 *     { code: "E09000007", name: "Camden", geometry: square, properties: {} },
 *     { code: "E09000020", name: "Kensington and Chelsea", geometry: square, properties: {} },
 *   ],
 *   codeProperty: "LAD21CD",
 *   nameProperty: "LAD21NM",
 * };
 * const joined = joinBoundaries(boundaries, [{ area: "Kensington & Chelsea", value: 9.1 }, { area: "Harrow", value: 4.2 }]);
 * [joined.by, joined.matched.length, joined.areasWithoutBoundary, joined.boundariesWithoutData];
 * //=> ["name", 1, ["Harrow"], ["Camden"]]
 * ```
 */
export function joinBoundaries(boundaries: Boundaries, values: readonly AreaValue[], options: JoinBoundariesOptions = {}): JoinBoundariesResult {
  const fn = "joinBoundaries";
  checkBoundaries(fn, boundaries);
  checkValues(fn, values);
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new ChartsError("invalid-option", `${fn}: the options are ${describeValue(options)}: expected an object such as { by: "code" }.`, {});
  }
  const wanted = options.by ?? "auto";
  if (wanted !== "code" && wanted !== "name" && wanted !== "auto") {
    throw new ChartsError("invalid-option", `${fn}: by is ${describeValue(wanted)}: expected "code", "name" or "auto".`, { field: "by" });
  }
  const codes = new Set(boundaries.features.map((feature) => (feature.code === null ? null : codeKey(feature.code))));
  const by =
    wanted !== "auto" ? wanted : values.length > 0 && values.every((row) => onsCode.test(row.area.trim()) || codes.has(codeKey(row.area))) ? "code" : "name";
  if (boundaries.features.every((feature) => (by === "code" ? feature.code : feature.name) === null)) {
    throw new ChartsError("invalid-option", `${fn}: by is "${by}", but the boundaries have no ${by}s: expected a join on what the boundaries hold.`, {
      field: "by",
    });
  }
  const key = by === "code" ? codeKey : nameKey;
  const byKey = new Map<string, AreaValue>();
  for (const row of values) {
    const rowKey = key(row.area);
    if (byKey.has(rowKey)) {
      throw new ChartsError("invalid-argument", `${fn}: the area ${JSON.stringify(row.area)} is given twice: expected one value per area.`, { area: row.area });
    }
    byKey.set(rowKey, row);
  }
  const used = new Set<string>();
  const matched: JoinedBoundary[] = [];
  const boundariesWithoutData: string[] = [];
  for (const feature of boundaries.features) {
    const own = by === "code" ? feature.code : feature.name;
    const row = own === null ? undefined : byKey.get(key(own));
    if (row === undefined) {
      boundariesWithoutData.push(feature.name ?? feature.code ?? "an unnamed boundary");
      continue;
    }
    used.add(key(row.area));
    matched.push({ feature, area: row.area, value: row.value, label: row.label ?? null });
  }
  const areasWithoutBoundary = values.filter((row) => !used.has(key(row.area))).map((row) => row.area);
  return { by, matched, areasWithoutBoundary, boundariesWithoutData };
}

/** A code as compared: trimmed, upper case. */
function codeKey(code: string): string {
  return code.trim().toUpperCase();
}
