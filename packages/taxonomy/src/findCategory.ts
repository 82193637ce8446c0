import { describeValue } from "@crimestats/internal";
import type { Category, Taxonomy } from "@crimestats/schema";
import { TaxonomyError } from "./TaxonomyError.js";
import { checkOptions } from "./internal/checks.js";
import { RAW_CACHE_LIMIT, indexOf } from "./internal/index.js";
import { normalise } from "./internal/normalise.js";

/**
 * Options of {@link findCategory}.
 */
export interface FindCategoryOptions {
  /**
   * Only match categories at this level (1 = top). Use it when reading a file whose columns say
   * which level a string is at (`MajorText` is level 1, `MinorText` level 2).
   */
  readonly level?: number;
}

/**
 * Finds the category a piece of text names: its code, its name or one of its aliases, compared
 * after folding case, spacing, punctuation and "&"/"and" ("Criminal damage & arson",
 * "CRIMINAL DAMAGE AND ARSON" and `criminal-damage-arson` all find the same category). When the
 * text names categories at several levels (the MPS `POSSESSION OF WEAPONS` is both a major class
 * and its only minor class), the most detailed one is returned unless `options.level` says
 * otherwise. Unknown text is an error that names it, never a silent "other".
 *
 * @param taxonomy - The classification to search (e.g. `policeUkCategories`).
 * @param text - The category text or code as found in a file.
 * @param options - `level` to restrict the match to one level.
 * @returns The category.
 * @throws {@link TaxonomyError} `unknown-category` when nothing matches;
 *   `ambiguous-category` when the text names two categories at the same level;
 *   `invalid-taxonomy` when `taxonomy` is not a valid taxonomy; `invalid-option` when the options
 *   are not an object or `level` is not a whole number from 1.
 * @example
 * ```ts
 * findCategory(policeUkCategories, "Violent crime").code;
 * //=> "violent-crime"
 * findCategory(metropolitanPoliceCategories, "burglary - residential").name;
 * //=> "BURGLARY - RESIDENTIAL"
 * findCategory(metropolitanPoliceCategories, "POSSESSION OF WEAPONS", { level: 1 }).code;
 * //=> "possession-of-weapons"
 * ```
 */
export function findCategory(taxonomy: Taxonomy, text: string, options?: FindCategoryOptions): Category {
  const index = indexOf(taxonomy);
  const { level } = checkOptions(options, "findCategory");
  if (level !== undefined && !(typeof level === "number" && Number.isInteger(level) && level >= 1)) {
    throw new TaxonomyError("invalid-option", `The level ${describeValue(level)} is not valid; expected a whole number from 1 (the top level).`, { level });
  }
  // Text that is not a string matches nothing (and is named in the unknown-category error).
  let found: readonly Category[] = [];
  if (typeof text === "string") {
    const exact = index.byCode.get(text);
    if (exact !== undefined && (level === undefined || exact.level === level)) return exact;
    const cached = index.byRaw.get(text);
    if (cached !== undefined) {
      found = cached;
    } else {
      found = index.byText.get(normalise(text)) ?? [];
      if (index.byRaw.size < RAW_CACHE_LIMIT) index.byRaw.set(text, found);
    }
  }
  if (level !== undefined) found = found.filter((c) => c.level === level);
  if (found.length === 0) {
    const where = level === undefined ? "" : ` at level ${level}`;
    throw new TaxonomyError(
      "unknown-category",
      `${describeValue(text)} is not a category of ${taxonomy.name} (${taxonomy.id})${where}; expected a code, name or alias of one of its ${taxonomy.categories.length} categories.`,
      { taxonomy: taxonomy.id, text, level: level },
    );
  }
  let best = found[0] as Category;
  let tie: Category | undefined;
  for (const c of found) {
    if (c.level > best.level) {
      best = c;
      tie = undefined;
    } else if (c !== best && c.level === best.level) {
      tie = c;
    }
  }
  if (tie !== undefined) {
    throw new TaxonomyError(
      "ambiguous-category",
      `${describeValue(text)} names two categories of ${taxonomy.id} at level ${best.level} ("${best.code}" and "${tie.code}"); give the code instead.`,
      { taxonomy: taxonomy.id, text, codes: [best.code, tie.code] },
    );
  }
  return best;
}
