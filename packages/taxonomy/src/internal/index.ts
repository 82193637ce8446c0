import type { Category, Taxonomy } from "@crimestats/schema";
import { checkTaxonomy } from "./checks.js";
import { normalise } from "./normalise.js";

/** Look-up tables built once per taxonomy object. */
export interface TaxonomyIndex {
  /** Categories by exact code. */
  readonly byCode: ReadonlyMap<string, Category>;
  /** Categories by folded code, name or alias. */
  readonly byText: ReadonlyMap<string, readonly Category[]>;
  /** Raw text already looked up → its folded matches (bounded; raw strings in files repeat). */
  readonly byRaw: Map<string, readonly Category[]>;
}

/** Most raw strings remembered per taxonomy. */
export const RAW_CACHE_LIMIT = 4096;

let cache: WeakMap<Taxonomy, TaxonomyIndex> | undefined;

/**
 * The index of a taxonomy, built on first use and cached by object identity (taxonomies are
 * treated as immutable). The taxonomy is checked against the schema first: `invalid-taxonomy`
 * names the argument (`what`) when it is not one.
 */
export function indexOf(taxonomy: Taxonomy, what = "taxonomy"): TaxonomyIndex {
  cache ??= new WeakMap();
  const hit = typeof taxonomy === "object" && taxonomy !== null ? cache.get(taxonomy) : undefined;
  if (hit !== undefined) return hit;
  checkTaxonomy(taxonomy, what);
  const byCode = new Map<string, Category>();
  const byText = new Map<string, Category[]>();
  const add = (key: string, c: Category): void => {
    const k = normalise(key);
    if (k === "") return;
    const list = byText.get(k);
    if (list === undefined) byText.set(k, [c]);
    else if (!list.includes(c)) list.push(c);
  };
  for (const c of taxonomy.categories) {
    byCode.set(c.code, c);
    add(c.code, c);
    add(c.name, c);
    for (const a of c.aliases ?? []) add(a, c);
  }
  const index = { byCode, byText, byRaw: new Map<string, readonly Category[]>() };
  cache.set(taxonomy, index);
  return index;
}
