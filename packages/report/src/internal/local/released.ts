import {
  auditTable,
  discloseCount,
  discloseRatio,
  oneWayTable,
  protectTable,
  publishTable,
  type CellStatus,
  type DisclosurePolicy,
  type RatioInput,
  type ReleasedTable,
} from "@crimestats/disclosure";
import { formatNumber } from "@crimestats/internal";
import { asReportError } from "../assessmentInput.js";
import { capitalise, listWords } from "../sections/words.js";

/**
 * The small pieces every local section uses to release a figure under the disclosure policy:
 * a count, a ratio (rate, share, percentage) that follows its inputs, a one-way table with
 * secondary suppression, and the policy in words. Nothing here returns a count the policy hides.
 */

/** The policy of counts from published open data (the data.police.uk street files): no rule, every count exact. */
export const OPEN_DATA_POLICY: DisclosurePolicy = { id: "none", protectionWidth: 0 };

/** A count as released: the released value (`null` when hidden) and what to print. */
export interface ReleasedCount {
  /** The released value: rounded or as counted, `null` when suppressed. Never the true count of a hidden cell. */
  readonly value: number | null;
  /** What to print: the value with thousands separators, or the policy's suppression symbol. */
  readonly text: string;
  /** What was done to it (kept for the program, e.g. to suppress a ratio; never printed). */
  readonly status: CellStatus;
}

/** Options of {@link released}. */
export interface ReleasedOptions {
  /**
   * The count was already published rounded to this base (a row's `rounded`): it is shown as given
   * and never disclosed again.
   */
  readonly alreadyRounded?: number;
}

/**
 * One count released under the policy: suppressed, recoded or rounded by its primary rules.
 *
 * @param count - The exact count (whole, ≥ 0).
 * @param policy - The disclosure policy.
 * @param options - `alreadyRounded` for a count published rounded already (shown as given).
 * @returns `{ value, text, status }`.
 * @throws {@link ReportError} `invalid-data` when the disclosure package rejects the count or the policy.
 * @example
 * ```ts
 * released(3, disclosurePreset("suppress-1-4-round-5"));    //=> { value: null, text: "*", status: "primary-suppressed" }
 * released(1234, disclosurePreset("suppress-1-4-round-5")); //=> { value: 1235, text: "1,235", status: "rounded" }
 * ```
 */
export function released(count: number, policy: DisclosurePolicy, options: ReleasedOptions = {}): ReleasedCount {
  if (options.alreadyRounded !== undefined) return { value: count, text: formatNumber(count, 0), status: "rounded" };
  try {
    const d = discloseCount(count, policy);
    return { value: d.value, text: d.value === null ? d.display : formatNumber(d.value, 0), status: d.status };
  } catch (error) {
    throw asReportError(error);
  }
}

/** A derived figure as released: `null` (and the symbol) when an input is hidden, or undefined. */
export interface ReleasedRatio {
  /** The figure at full precision (round only to print), `null` when suppressed or undefined (denominator 0). */
  readonly value: number | null;
  /** What to print: the rounded figure with its suffix, the suppression symbol, or "–" when undefined. */
  readonly text: string;
  /** Why it is not shown: an input hidden by the policy, the denominator 0, or `null` when shown. */
  readonly code: "numerator-suppressed" | "denominator-suppressed" | "undefined" | null;
}

/** Options of {@link releasedRatio} and {@link releasedRate}. */
export interface ReleasedRatioOptions {
  /** Multiplier: 100 for a percentage, 1000 for a rate per 1,000. */
  readonly per: number;
  /** Decimals printed. */
  readonly decimals: number;
  /** Appended to the printed figure, e.g. `"%"`. Default none. */
  readonly suffix?: string;
}

/**
 * A share or percentage of two counts, both subject to the policy: hidden when either input is
 * (suppressed, secondary-suppressed or recoded), otherwise computed from the exact counts
 * (`discloseRatio` of @crimestats/disclosure, whose default basis is the unrounded counts), so it
 * states the data as recorded and may differ slightly from one worked out from the rounded counts
 * shown (a figure from rounded counts can misstate a small change, even reverse its direction).
 *
 * @param numerator - The numerator's exact count and, when decided by a table, its status.
 * @param denominator - The denominator's exact count and status.
 * @param policy - The disclosure policy.
 * @param options - `per`, `decimals`, `suffix`.
 * @returns `{ value, text, code }`.
 * @throws {@link ReportError} `invalid-data` when the disclosure package rejects an input.
 * @example
 * ```ts
 * const policy = disclosurePreset("suppress-1-4-round-5");
 * releasedRatio({ count: 3 }, { count: 40 }, policy, { per: 100, decimals: 1, suffix: "%" }).text;  //=> "*"
 * releasedRatio({ count: 17 }, { count: 40 }, policy, { per: 100, decimals: 1, suffix: "%" }).text; //=> "42.5%" (17 shown as 15)
 * ```
 */
export function releasedRatio(numerator: RatioInput, denominator: RatioInput, policy: DisclosurePolicy, options: ReleasedRatioOptions): ReleasedRatio {
  try {
    const r = discloseRatio(numerator, denominator, policy, { per: options.per });
    if (r.code !== null) return { value: null, text: policy.suppress?.symbol ?? "*", code: r.code };
    if (r.value === null) return { value: null, text: "–", code: "undefined" };
    return { value: r.value, text: `${formatNumber(r.value, options.decimals)}${options.suffix ?? ""}`, code: null };
  } catch (error) {
    throw asReportError(error);
  }
}

/**
 * Whether the policy hides a count (suppressed, secondary-suppressed, or recoded so that a
 * figure from the exact count would give it away).
 *
 * @param input - The exact count and, when decided by a table, its status.
 * @param policy - The disclosure policy.
 * @returns `true` when a figure derived from it must not be shown.
 * @throws {@link ReportError} `invalid-data` when the disclosure package rejects the count.
 * @example
 * ```ts
 * isHidden({ count: 3 }, disclosurePreset("suppress-1-4-round-5")); //=> true
 * ```
 */
export function isHidden(input: RatioInput, policy: DisclosurePolicy): boolean {
  try {
    // A structural-zero denominator is never hidden, so only the numerator can make it suppressed.
    return discloseRatio(input, { count: 0, status: "structural-zero" }, policy).code === "numerator-suppressed";
  } catch (error) {
    throw asReportError(error);
  }
}

/**
 * A rate of a count per `per` residents: the residents are not a disclosed count, so only the
 * count can hide the rate (suppressed, secondary-suppressed or recoded); computed from the exact
 * count, so it may differ slightly from one worked out from the rounded count shown.
 *
 * @param count - The exact count and, when decided by a table, its status.
 * @param population - Residents (> 0).
 * @param policy - The disclosure policy.
 * @param options - `per` (e.g. 1000), `decimals`, `suffix`.
 * @returns `{ value, text, code }` (`undefined` when the population is not positive).
 * @throws {@link ReportError} `invalid-data` when the disclosure package rejects the count.
 * @example
 * ```ts
 * releasedRate({ count: 252 }, 100_000, disclosurePreset("suppress-1-4-round-5"), { per: 1000, decimals: 2 }).text; //=> "2.52" (the count is shown as 250)
 * ```
 */
export function releasedRate(count: RatioInput, population: number, policy: DisclosurePolicy, options: ReleasedRatioOptions): ReleasedRatio {
  if (isHidden(count, policy)) return { value: null, text: policy.suppress?.symbol ?? "*", code: "numerator-suppressed" };
  if (!(population > 0) || !Number.isFinite(population)) return { value: null, text: "–", code: "undefined" };
  const value = (count.count * options.per) / population;
  return { value, text: `${formatNumber(value, options.decimals)}${options.suffix ?? ""}`, code: null };
}

/** A one-way table of counts with its total, released with secondary suppression. */
export interface ReleasedParts {
  /** Each part's released figure, in input order (status is the program's: `primary-` or `secondary-suppressed`). */
  readonly parts: readonly { readonly id: string; readonly count: ReleasedCount }[];
  /** The total's released figure (worked out from the exact counts, released under the same rule). */
  readonly total: ReleasedCount;
  /** The publishable view (one `suppressed` status for every hidden cell). */
  readonly table: ReleasedTable;
  /** Ids of figures that the disclosure audit finds could be narrowed (empty when safe). */
  readonly disclosed: readonly string[];
  /** The status of each cell as the program knows it, for ratios: `RatioInput` by id. */
  readonly inputs: ReadonlyMap<string, RatioInput>;
}

/**
 * Releases parts and their total as a one-way table: primary rules, then secondary suppression
 * (`protectTable`) so that no hidden part can be worked out from the total and the others, then
 * the publishable view (`publishTable`) and the audit (`auditTable`), as the ward tables do.
 *
 * @param counts - Exact counts by part id (insertion order kept). The total id must not be one of them.
 * @param policy - The disclosure policy.
 * @param total - The total cell's id, e.g. `"All wards"`.
 * @returns The released parts, total, publishable table and audit findings.
 * @throws {@link ReportError} `invalid-data` when the disclosure package rejects a count or the policy.
 * @example
 * ```ts
 * const hide = { id: "hide-1-4", suppress: { min: 1, max: 4, symbol: "*" }, protectionWidth: 5 };
 * releasedParts({ A: 3, B: 40, C: 52 }, hide, "Total").parts.map((p) => p.count.text);
 * //=> ["*", "*", "52"]
 * ```
 */
export function releasedParts(counts: Readonly<Record<string, number>>, policy: DisclosurePolicy, total: string): ReleasedParts {
  try {
    const protectedTable = protectTable(oneWayTable(counts, { total }), policy);
    const table = publishTable(protectedTable);
    const audit = auditTable(table);
    const byId = new Map(protectedTable.cells.map((c) => [c.id, c]));
    const countOf = (id: string): ReleasedCount => {
      const c = byId.get(id);
      if (c === undefined) return { value: null, text: policy.suppress?.symbol ?? "*", status: "suppressed" };
      return { value: c.value, text: c.value === null ? c.display : formatNumber(c.value, 0), status: c.status };
    };
    const inputs = new Map<string, RatioInput>();
    for (const [id, count] of Object.entries(counts)) inputs.set(id, { count, status: byId.get(id)?.status ?? "suppressed" });
    inputs.set(total, { count: Object.values(counts).reduce((a, b) => a + b, 0), status: byId.get(total)?.status ?? "suppressed" });
    return {
      parts: Object.keys(counts).map((id) => ({ id, count: countOf(id) })),
      total: countOf(total),
      table,
      disclosed: audit.disclosed.map((d) => d.id),
      inputs,
    };
  } catch (error) {
    throw asReportError(error);
  }
}

/**
 * How a derived figure's basis is said in a note: from the exact counts, and, when the policy rounds
 * counts, that it may therefore differ slightly from the rounded counts shown.
 *
 * @param policy - The disclosure policy.
 * @param pronoun - The figure(s) the words follow: `"it"` or `"they"`.
 * @returns Words to follow "…, " in a sentence.
 * @throws Never.
 * @example
 * ```ts
 * fromExactCounts(disclosurePreset("suppress-1-4-round-5"), "they");
 * //=> "worked out from the exact counts, so they may differ slightly from the rounded counts shown"
 * fromExactCounts({ id: "none", protectionWidth: 0 }, "it"); //=> "worked out from the counts shown"
 * ```
 */
export function fromExactCounts(policy: DisclosurePolicy, pronoun: "it" | "they"): string {
  return policy.round === undefined
    ? "worked out from the counts shown"
    : `worked out from the exact counts, so ${pronoun} may differ slightly from the rounded counts shown`;
}

/**
 * The note under a one-way table whose periods hide a part: no share is shown for them, since the
 * shares of the other parts over the exact total would give the hidden part away.
 *
 * @param periods - The labels of the periods with a hidden part, in order.
 * @returns One sentence.
 * @throws Never.
 * @example
 * ```ts
 * hiddenSharesNote(["2017", "2018"]);
 * //=> "No share is shown for 2017 and 2018, where a count is hidden: worked out from the exact total, the other shares would give it away."
 * ```
 */
export function hiddenSharesNote(periods: readonly string[]): string {
  return `No share is shown for ${listWords([...periods])}, where a count is hidden: worked out from the exact total, the other shares would give it away.`;
}

/** A range of counts in words: `{ min: 1, max: 4 }` → "1 to 4". */
function rangeWords(range: { readonly min: number; readonly max: number }): string {
  return range.min === range.max ? String(range.min) : `${range.min} to ${range.max}`;
}

/** The policy's rules in words, or `null` when it has none. */
function rulesWords(policy: DisclosurePolicy): string | null {
  const parts: string[] = [];
  if (policy.suppress !== undefined) parts.push(`counts of ${rangeWords(policy.suppress)} are shown as ${policy.suppress.symbol}`);
  if (policy.recode !== undefined) parts.push(`counts of ${rangeWords(policy.recode)} are shown as ${policy.recode.value}`);
  const r = policy.round;
  if (r !== undefined) {
    const how = r.mode === "nearest" ? "to the nearest" : r.mode === "up" ? "up to a multiple of" : "down to a multiple of";
    parts.push(parts.length > 0 ? `others rounded ${how} ${r.base}` : `counts are rounded ${how} ${r.base}`);
  }
  return parts.length === 0 ? null : listWords(parts);
}

/**
 * The disclosure policy of the local sections in one sentence: its rules in words (not its id, as the ward tables), and
 * that rates and shares are hidden where a count they use is and are otherwise worked out from the
 * exact counts; a policy with no rule says the counts are published as recorded.
 *
 * @param policy - The disclosure policy.
 * @returns One sentence.
 * @throws Never.
 * @example
 * ```ts
 * disclosureSentence(disclosurePreset("suppress-1-4-round-5"));
 * //=> "Counts of 1 to 4 are shown as * and others rounded to the nearest 5; a rate or share is not shown where a count it uses is hidden, and is worked out from the exact counts."
 * disclosureSentence({ id: "none", protectionWidth: 0 });
 * //=> "Counts are published as recorded: no rule suppresses or rounds a figure."
 * ```
 */
export function disclosureSentence(policy: DisclosurePolicy): string {
  const rules = rulesWords(policy);
  if (rules === null) return "Counts are published as recorded: no rule suppresses or rounds a figure.";
  return `${capitalise(rules)}; a rate or share is not shown where a count it uses is hidden, and is worked out from the exact counts.`;
}
