import { palette } from "./palette.js";
import type { AreaStyle, AreaStyles } from "./types.js";
import { checkAreaName } from "./internal/check.js";
import { ChartsError } from "./ChartsError.js";

/** The areas of a document, by role, for {@link areaStyles}. */
export interface AreaStylesInput {
  /** The focus area, e.g. `"Harrow"`. */
  readonly focus: string;
  /** The comparator group's members other than the focus area, in the document's order. Default none. */
  readonly comparators?: readonly string[];
  /** The benchmark area, e.g. `"London"`. Default none. */
  readonly benchmarkArea?: string;
}

/**
 * Dash patterns of comparators in order, each of its own family so two lines differ by more than a
 * dash length (colour-blind readers may not tell vermillion from dark orange): short dashes, dots,
 * dash-dot, dash-dot-dot, then sparse dots and long dashes. The focus area is solid, the benchmark
 * area long dashes (8, 4).
 */
const comparatorDashes: readonly (readonly number[])[] = [
  [4, 2],
  [1, 2],
  [8, 3, 2, 3],
  [12, 3, 2, 3, 2, 3],
  [1, 5],
  [16, 4],
];
/** Point shapes of comparators in order (the focus area is a circle, the benchmark area a square). */
const comparatorShapes = ["triangle-up", "diamond", "triangle-down", "cross", "triangle-right", "triangle-left"];

/**
 * The style of every area of a document, so each area keeps its colour, dash and point shape
 * across all charts: the focus area in the palette's focus blue, solid and widest; comparators in
 * the palette's comparator colours in the order given (grey past the fourth), each with its own
 * dash and shape; the benchmark area in dark grey with long dashes.
 *
 * @param input - The focus area, the comparators and the benchmark area.
 * @returns The styles by area name.
 * @throws {@link ChartsError} `invalid-argument` when a name is not a non-empty string or an area is named twice.
 * @example
 * ```ts
 * const styles = areaStyles({ focus: "Harrow", comparators: ["Barnet", "Brent"], benchmarkArea: "London" });
 * [styles["Harrow"].colour, styles["Barnet"].colour, styles["London"].dash];
 * //=> ["#0072B2", "#D55E00", [8, 4]]
 * ```
 */
export function areaStyles(input: AreaStylesInput): AreaStyles {
  if (typeof input !== "object" || input === null) {
    throw new ChartsError("invalid-argument", "areaStyles: the input is not an object: expected { focus, comparators?, benchmarkArea? }.", {});
  }
  const comparators = input.comparators ?? [];
  if (!Array.isArray(comparators)) {
    throw new ChartsError("invalid-argument", "areaStyles: comparators is not an array: expected a list of area names.", {});
  }
  const names = [input.focus, ...comparators, ...(input.benchmarkArea === undefined ? [] : [input.benchmarkArea])];
  for (const [i, name] of names.entries()) checkAreaName("areaStyles", name, i === 0 ? "focus" : `area ${i + 1}`);
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) throw new ChartsError("invalid-argument", `areaStyles: area "${name}" is named twice: expected each area once.`, { area: name });
    seen.add(name);
  }
  const styles: Record<string, AreaStyle> = {
    [input.focus]: { role: "focus", colour: palette.focus, dash: [], shape: "circle", strokeWidth: 3 },
  };
  comparators.forEach((name, i) => {
    styles[name] = {
      role: "comparator",
      colour: palette.comparators[i] ?? palette.otherArea,
      dash: comparatorDashes[i % comparatorDashes.length] ?? [],
      shape: comparatorShapes[i % comparatorShapes.length] ?? "cross",
      strokeWidth: 1.5,
    };
  });
  if (input.benchmarkArea !== undefined) {
    styles[input.benchmarkArea] = { role: "benchmark-area", colour: palette.benchmarkArea, dash: [8, 4], shape: "square", strokeWidth: 2 };
  }
  return styles;
}
