import { describeValue } from "@crimestats/internal";
import { BenchmarkError } from "./BenchmarkError.js";
import { numericOrdinal } from "./internal/format.js";
import { assertObject, assertOneOf, assertOptionalText } from "./internal/validate.js";
import type { RankOrder } from "./types.js";

/** Options of {@link describeRank}. */
export interface DescribeRankOptions {
  /** The direction the rank was computed in: `ascending` (1 = lowest) or `descending` (1 = highest). */
  readonly order: RankOrder;
  /** What is ranked, placed after the direction: `"crime rate"` gives "2nd lowest crime rate of 32". */
  readonly subject?: string | undefined;
  /** What the total counts, placed after it: `"districts"` gives "… of 6 districts". */
  readonly among?: string | undefined;
  /** How many rows share the rank (from `rank()`); above 1 the phrase starts with "joint". */
  readonly tied?: number | undefined;
  /** `numeric` (default) writes "2nd"; `words` writes "second" up to "tenth", then "11th". */
  readonly ordinals?: "numeric" | "words" | undefined;
}

const WORDS = ["", "", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

/**
 * Writes a rank the way analysts do: "2nd lowest of 32", "lowest of 5", "joint 2nd highest of 6".
 * Rank 1 is the extreme itself ("lowest"); the last rank, when not tied, is the opposite extreme
 * ("highest of 32" rather than "32nd lowest of 32"). The total is always written, because the
 * same rank among 32 areas and among 33 are different statements.
 *
 * @param rank - A whole-number rank from 1 to `total` (an `average` tie rank cannot be described;
 *   rank with `min` ties for prose).
 * @param total - The number of areas ranked.
 * @param options - `order` (required), `subject`, `among`, `tied` and `ordinals`.
 * @returns The phrase, without a leading capital or a full stop.
 * @throws {@link BenchmarkError} `invalid-rank` when `rank` is not a whole number from 1 to
 *   `total`; `invalid-number` when `total` or `tied` is not a positive whole number;
 *   `invalid-option` for an unknown `order` or `ordinals`, or a `subject` or `among` that is not text.
 * @example
 * ```ts
 * describeRank(2, 32, { order: "ascending" });
 * //=> "2nd lowest of 32"
 * describeRank(2, 6, { order: "ascending", subject: "crime rate", among: "districts", ordinals: "words" });
 * //=> "second lowest crime rate of 6 districts"
 * describeRank(1, 5, { order: "descending", subject: "rate increase" });
 * //=> "highest rate increase of 5"
 * describeRank(5, 5, { order: "ascending" });
 * //=> "highest of 5"
 * describeRank(2, 6, { order: "ascending", tied: 2 });
 * //=> "joint 2nd lowest of 6"
 * ```
 */
export function describeRank(rank: number, total: number, options: DescribeRankOptions): string {
  assertObject("describeRank", "options", options);
  assertOneOf("describeRank", "order", options.order, ["ascending", "descending"] as const);
  assertOptionalText("describeRank", "subject", options.subject);
  assertOptionalText("describeRank", "among", options.among);
  const ordinals = options.ordinals ?? "numeric";
  assertOneOf("describeRank", "ordinals", ordinals, ["numeric", "words"] as const);
  if (typeof total !== "number" || !Number.isInteger(total) || total < 1) {
    throw new BenchmarkError("invalid-number", `describeRank: total must be a whole number of areas (1 or more), got ${describeValue(total)}.`, {
      name: "total",
      value: total,
    });
  }
  if (typeof rank !== "number" || !Number.isInteger(rank) || rank < 1 || rank > total) {
    throw new BenchmarkError(
      "invalid-rank",
      `describeRank: rank must be a whole number from 1 to ${total}, got ${describeValue(rank)}` +
        (typeof rank === "number" && Number.isFinite(rank) && !Number.isInteger(rank) ? ' (an average tie rank; rank with ties: "min" for prose).' : "."),
      { name: "rank", value: rank, total },
    );
  }
  const tied = options.tied ?? 1;
  if (typeof tied !== "number" || !Number.isInteger(tied) || tied < 1 || tied > total) {
    throw new BenchmarkError("invalid-number", `describeRank: tied must be a whole number from 1 to ${total}, got ${describeValue(tied)}.`, {
      name: "tied",
      value: tied,
    });
  }
  const low = options.order === "ascending" ? "lowest" : "highest";
  const high = options.order === "ascending" ? "highest" : "lowest";
  let position: string;
  if (rank === 1) position = low;
  else if (rank === total && tied === 1) position = high;
  else {
    const ordinal = ordinals === "words" && rank <= 10 ? (WORDS[rank] as string) : numericOrdinal(rank);
    position = `${ordinal} ${low}`;
  }
  const subject = options.subject === undefined || options.subject === "" ? "" : ` ${options.subject}`;
  const among = options.among === undefined || options.among === "" ? "" : ` ${options.among}`;
  return `${tied > 1 ? "joint " : ""}${position}${subject} of ${total}${among}`;
}
