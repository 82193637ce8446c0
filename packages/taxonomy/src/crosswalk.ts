import { describeValue } from "@crimestats/internal";
import type { Category, Taxonomy } from "@crimestats/schema";
import { TaxonomyError } from "./TaxonomyError.js";
import type { CrosswalkMatch, CrosswalkTable } from "./crosswalkTypes.js";
import { builtInTables } from "./data/crosswalks.js";
import { findCategory } from "./findCategory.js";
import { checkOptions, checkTables } from "./internal/checks.js";
import { indexOf } from "./internal/index.js";
import { checkMonth, inForce } from "./internal/month.js";

/**
 * Options of {@link crosswalk}.
 */
export interface CrosswalkOptions {
  /**
   * The month the counts are for (`"YYYY-MM"`). Without it, the current rows are used (those with
   * no `validTo`); with it, the rows in force that month, so Home Office public order offences map
   * to data.police.uk "Public disorder and weapons" in 2012 and to "Public order" from May 2013.
   * Target categories not in force that month are left out (so the result can be `null`); a source
   * category not in force that month is an error (`not-in-force`), never a silent `null`.
   */
  readonly month?: string;
  /**
   * The crosswalk tables to search instead of the built-in ones (to add your own classification).
   */
  readonly tables?: readonly CrosswalkTable[];
}

/**
 * The result of {@link crosswalk}.
 */
export interface CrosswalkResult {
  /** The counterpart (the first of `targets` when the source splits). */
  readonly target: Category;
  /** Every counterpart, in table order (more than one only when `match` is `partial`). */
  readonly targets: readonly Category[];
  /** How good the correspondence is; see {@link CrosswalkMatch}. */
  readonly match: CrosswalkMatch;
}

/** Shortest chain of tables from one taxonomy id to another (breadth-first, table order breaks ties). */
function findPath(tables: readonly CrosswalkTable[], from: string, to: string): readonly CrosswalkTable[] | undefined {
  const via = new Map<string, CrosswalkTable[]>([[from, []]]);
  let frontier = [from];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier) {
      const path = via.get(id) ?? [];
      for (const t of tables) {
        if (t.from !== id || via.has(t.to)) continue;
        const p = [...path, t];
        if (t.to === to) return p;
        via.set(t.to, p);
        next.push(t.to);
      }
    }
    frontier = next;
  }
  return undefined;
}

const RANK: Record<CrosswalkMatch, number> = { exact: 0, "many-to-one": 1, partial: 2 };

function worse(a: CrosswalkMatch, b: CrosswalkMatch): CrosswalkMatch {
  return RANK[a] >= RANK[b] ? a : b;
}

/**
 * Maps a category of one classification to its counterpart in another and says how good the
 * match is: Metropolitan Police minor class → Home Office sub-group → data.police.uk category →
 * MOPAC 7 where defined. Where no table joins the two directly, the shortest chain of tables is
 * followed and the matches combine: exact steps stay exact, a source that reaches one target
 * through several parts is `many-to-one` (even if those parts happen to make up all of it), and a
 * source that reaches several targets, or has a part with no counterpart, is `partial`.
 *
 * `code` may be a category code or any text {@link findCategory} accepts.
 *
 * @param from - The source classification (e.g. `metropolitanPoliceCategories`).
 * @param to - The target classification (e.g. `policeUkCategories`).
 * @param code - The source category's code, name or alias.
 * @param options - `month` to use the rows in force that month; `tables` to use other crosswalk tables.
 * @returns The counterpart(s) and the match, or `null` when the source's offences have no
 *   counterpart at all in the target (drug offences in MOPAC 7).
 * @throws {@link TaxonomyError} `unknown-category` when `code` is not in `from`; `no-crosswalk`
 *   when no chain of tables leads from `from` to `to` (crosswalks run from detailed to broader
 *   classifications, never back); `invalid-month` for a bad `month`; `not-in-force` when `month` is
 *   outside the source category's validity (`"Theft from the person"` of data.police.uk in 2012);
 *   `invalid-taxonomy` when `from` or `to` is not a valid taxonomy; `invalid-option` when the
 *   options are not an object or `tables` is not an array of well-formed tables.
 * @example
 * ```ts
 * const r = crosswalk(metropolitanPoliceCategories, policeUkCategories, "BURGLARY IN A DWELLING");
 * [r?.target.code, r?.match];
 * //=> ["burglary", "many-to-one"]
 * crosswalk(homeOfficeOffenceGroups, policeUkCategories, "public-order", { month: "2012-06" })?.target.code;
 * //=> "public-disorder-weapons"
 * crosswalk(policeUkCategories, mopac7, "vehicle-crime")?.match;
 * //=> "partial"
 * crosswalk(policeUkCategories, mopac7, "drugs");
 * //=> null
 * ```
 */
export function crosswalk(from: Taxonomy, to: Taxonomy, code: string, options?: CrosswalkOptions): CrosswalkResult | null {
  const opts = checkOptions(options, "crosswalk");
  const month = opts.month === undefined ? undefined : checkMonth(opts.month, "crosswalk");
  const tables = opts.tables === undefined ? builtInTables : checkTables(opts.tables);
  indexOf(from, "source taxonomy (from)");
  indexOf(to, "target taxonomy (to)");
  const source = findCategory(from, code);
  if (month !== undefined && !inForce(source, month)) {
    throw new TaxonomyError(
      "not-in-force",
      `${describeValue(code)} (${source.code}) is not a category of ${from.id} in ${month}; expected a month from ${source.validFrom ?? "the start"} to ${source.validTo ?? "now"}, when it was in use.`,
      { taxonomy: from.id, text: code, code: source.code, month, validFrom: source.validFrom, validTo: source.validTo },
    );
  }
  if (from.id === to.id) {
    const same = indexOf(to).byCode.get(source.code) ?? source;
    return { target: same, targets: [same], match: "exact" };
  }
  const path = findPath(tables, from.id, to.id);
  if (path === undefined) {
    throw new TaxonomyError(
      "no-crosswalk",
      `There is no crosswalk from ${from.id} to ${to.id}; expected one of: ${tables.map((t) => `${t.from} → ${t.to}`).join(", ")} (or a chain of them).`,
      { from: from.id, to: to.id },
    );
  }
  let parts: { code: string; match: CrosswalkMatch }[] = [{ code: source.code, match: "exact" }];
  let unmapped = false;
  for (const table of path) {
    const next: { code: string; match: CrosswalkMatch }[] = [];
    for (const part of parts) {
      let found = false;
      for (const row of table.rows) {
        if (row.from !== part.code) continue;
        if (month === undefined ? row.validTo !== undefined : !inForce(row, month)) continue;
        found = true;
        if (row.to === null) unmapped = true;
        else next.push({ code: row.to, match: worse(part.match, row.match ?? "partial") });
      }
      if (!found) unmapped = true;
    }
    parts = next;
  }
  const byCode = indexOf(to).byCode;
  const targets: Category[] = [];
  for (const part of parts) {
    const c = byCode.get(part.code);
    if (c === undefined) {
      throw new TaxonomyError("unknown-category", `Crosswalk row points at ${JSON.stringify(part.code)}, which is not a category of ${to.id}.`, {
        taxonomy: to.id,
        text: part.code,
      });
    }
    if (month !== undefined && !inForce(c, month)) {
      unmapped = true;
      continue;
    }
    if (!targets.includes(c)) targets.push(c);
  }
  const first = targets[0];
  if (first === undefined) return null;
  let match: CrosswalkMatch;
  if (targets.length > 1 || unmapped) match = "partial";
  else if (parts.length === 1) match = parts[0]!.match;
  else match = "many-to-one";
  return { target: first, targets, match };
}
