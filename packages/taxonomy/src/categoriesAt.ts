import type { Category, Taxonomy } from "@crimestats/schema";
import { indexOf } from "./internal/index.js";
import { checkMonth, inForce } from "./internal/month.js";

/**
 * The categories of a taxonomy in force in a month: those whose `validFrom` is not after it and
 * whose `validTo` is not before it (open ends count as in force), in the taxonomy's order. For
 * data.police.uk this is the list the API's `crime-categories?date=YYYY-MM` returns (without the
 * `all-crime` meta-category).
 *
 * @param taxonomy - The classification.
 * @param month - The month, `"YYYY-MM"`.
 * @returns The categories in force, possibly none.
 * @throws {@link TaxonomyError} `invalid-month` when `month` is not `"YYYY-MM"`;
 *   `invalid-taxonomy` when `taxonomy` is not a valid taxonomy.
 * @example
 * ```ts
 * categoriesAt(policeUkCategories, "2012-06").map((c) => c.code).includes("public-disorder-weapons");
 * //=> true
 * categoriesAt(policeUkCategories, "2011-01").length;
 * //=> 6
 * ```
 */
export function categoriesAt(taxonomy: Taxonomy, month: string): readonly Category[] {
  indexOf(taxonomy);
  checkMonth(month, "categoriesAt");
  return taxonomy.categories.filter((c) => inForce(c, month));
}
