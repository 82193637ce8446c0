import { localColumnSpecs } from "./internal/localColumns.js";
import type { LocalKind } from "./localKind.js";
import { LocalKindSchema } from "./localKind.js";

/**
 * Which kind of local data a CSV header is: a kind whose required columns ({@link localLayout},
 * `required: true`) are all in the header. When several kinds qualify, the one with more of the
 * header's columns in its layout wins, then the one with more required columns (a header
 * `measure, area, period, count` is `incidents`; a youth-justice file also has a column of its own,
 * such as `population_10_to_17`, `cohort`, `percent` or `cohort_name`). Column names are compared
 * after trimming; their order does not matter.
 *
 * @param header - The column names of the CSV's first line.
 * @returns The kind, or `null` when no kind's required columns are all there (or two kinds tie).
 * @throws Never.
 * @example
 * ```ts
 * localKindOf(["question", "area", "period", "percent"]);
 * //=> "survey"
 * ```
 */
export function localKindOf(header: readonly string[]): LocalKind | null {
  const names = new Set(Array.isArray(header) ? header.filter((h): h is string => typeof h === "string").map((h) => h.trim()) : []);
  let best: { kind: LocalKind; known: number; required: number } | null = null;
  let tie = false;
  for (const kind of LocalKindSchema.options) {
    const specs = localColumnSpecs(kind);
    const required = specs.filter((s) => s.required === true);
    if (!required.every((s) => names.has(s.name))) continue;
    const known = specs.filter((s) => names.has(s.name)).length;
    const better = best === null || known > best.known || (known === best.known && required.length > best.required);
    if (better) {
      best = { kind, known, required: required.length };
      tie = false;
    } else if (known === best?.known && required.length === best.required) {
      tie = true;
    }
  }
  return best === null || tie ? null : best.kind;
}
