import { describeValue } from "@crimestats/internal";
import { BenchmarkError } from "../BenchmarkError.js";

/**
 * Indexes rows by `area`, throwing `duplicate-area` on a repeat and `code` on rows that are not an
 * array or a missing name: `invalid-argument` for a positional argument (the default),
 * `invalid-option` for a field of the options.
 */
export function indexByArea<T extends { readonly area: string }>(
  fn: string,
  rows: readonly T[],
  name = "rows",
  code: "invalid-argument" | "invalid-option" = "invalid-argument",
): Map<string, T> {
  if (!Array.isArray(rows)) {
    throw new BenchmarkError(code, `${fn}: ${name} must be an array of rows, got ${describeValue(rows)}.`, {
      name,
      value: rows,
    });
  }
  const byArea = new Map<string, T>();
  rows.forEach((row: T, index: number) => {
    const area: unknown = (row as { area?: unknown } | null)?.area;
    if (typeof area !== "string" || area === "") {
      throw new BenchmarkError(code, `${fn}: ${name}[${index}].area must be a non-empty area name, got ${describeValue(area)}.`, {
        name: "area",
        index,
        value: area,
      });
    }
    if (byArea.has(area)) {
      throw new BenchmarkError("duplicate-area", `${fn}: the area ${describeValue(area)} appears more than once in ${name}.`, {
        area,
        index,
      });
    }
    byArea.set(area, row);
  });
  return byArea;
}
