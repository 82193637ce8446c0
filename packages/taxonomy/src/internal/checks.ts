import { describeValue } from "@crimestats/internal";
import { safeParseTaxonomy, type Taxonomy } from "@crimestats/schema";
import type { CrosswalkTable } from "../crosswalkTypes.js";
import { TaxonomyError } from "../TaxonomyError.js";

/**
 * Throws `invalid-taxonomy` unless `taxonomy` is a valid taxonomy (by the schema's
 * `TaxonomySchema`), naming the argument and the first problems found.
 */
export function checkTaxonomy(taxonomy: unknown, what: string): asserts taxonomy is Taxonomy {
  const result = safeParseTaxonomy(taxonomy);
  if (result.success) return;
  const problems = result.error.details.problems;
  const listed = problems
    .slice(0, 3)
    .map((p) => `${p.path === "" ? "(the value)" : p.path}: ${p.message}`)
    .join("; ");
  const more = problems.length > 3 ? `; and ${problems.length - 3} more` : "";
  throw new TaxonomyError("invalid-taxonomy", `The ${what} is not a taxonomy (${listed}${more}); expected a classification such as policeUkCategories.`, {
    problems,
  });
}

/** The options argument: `{}` when left out, else it must be an object (not `null`, not an array). */
export function checkOptions<T extends object>(options: T | undefined, fn: string): Partial<T> {
  if (options === undefined) return {};
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new TaxonomyError("invalid-option", `The options of ${fn} are ${describeValue(options)}; expected an object, or no options.`, { value: options });
  }
  return options;
}

const isText = (v: unknown): v is string => typeof v === "string";
const MATCHES: readonly unknown[] = ["exact", "many-to-one", "partial"];

/** Throws `invalid-option` unless `tables` is an array of well-formed crosswalk tables. */
export function checkTables(tables: unknown): readonly CrosswalkTable[] {
  const fail = (where: string, value: unknown, expected: string): never => {
    throw new TaxonomyError("invalid-option", `The crosswalk option tables${where} is ${describeValue(value)}; expected ${expected}.`, { value });
  };
  if (!Array.isArray(tables)) return fail("", tables, "an array of crosswalk tables ({ from, to, rows })");
  for (let i = 0; i < tables.length; i++) {
    const t: unknown = tables[i];
    if (typeof t !== "object" || t === null) fail(`[${i}]`, t, "a table { from, to, rows }");
    const { from, to, rows } = t as Record<string, unknown>;
    if (!isText(from)) fail(`[${i}].from`, from, "a taxonomy id");
    if (!isText(to)) fail(`[${i}].to`, to, "a taxonomy id");
    if (!Array.isArray(rows)) return fail(`[${i}].rows`, rows, "an array of rows");
    for (let j = 0; j < rows.length; j++) {
      const r: unknown = rows[j];
      const at = `[${i}].rows[${j}]`;
      if (typeof r !== "object" || r === null) fail(at, r, "a row { from, to, match }");
      const row = r as Record<string, unknown>;
      if (!isText(row["from"])) fail(`${at}.from`, row["from"], "a category code");
      if (row["to"] !== null && !isText(row["to"])) fail(`${at}.to`, row["to"], "a category code or null");
      if (row["match"] !== undefined && !MATCHES.includes(row["match"])) fail(`${at}.match`, row["match"], '"exact", "many-to-one" or "partial"');
      for (const k of ["validFrom", "validTo"]) if (row[k] !== undefined && !isText(row[k])) fail(`${at}.${k}`, row[k], 'a month "YYYY-MM"');
    }
  }
  return tables as readonly CrosswalkTable[];
}
