import * as z from "zod/mini";

/** Threshold suppression: counts in `[min, max]` are replaced by `symbol`. */
export interface SuppressRule {
  /** Smallest suppressed count: `0` to suppress zeros too, `1` to publish zeros. */
  readonly min: number;
  /** Largest suppressed count, e.g. `4` for "1–4 are obscured". */
  readonly max: number;
  /** What is shown instead of the count, e.g. `"*"`. */
  readonly symbol: string;
}

/** Recoding of small counts: counts in `[min, max]` are shown as `value` (not rounded again). */
export interface RecodeRule {
  /** Smallest recoded count. */
  readonly min: number;
  /** Largest recoded count, e.g. `7` for "values 1–7 are rounded to 5". */
  readonly max: number;
  /** The figure shown for every recoded count, e.g. `5` (or `0` for redaction). */
  readonly value: number;
}

/**
 * Rounding to a multiple of `base`. `nearest` rounds half up (a count exactly between two
 * multiples goes to the larger; integers never tie at an odd base such as 5), `up` to the next
 * multiple at or above, `down` to the multiple at or below.
 */
export interface RoundRule {
  /** The multiple, e.g. `5`. */
  readonly base: number;
  /** Direction: `nearest` (ties half up), `up` or `down`. */
  readonly mode: "nearest" | "up" | "down";
}

/**
 * A JSON-serialisable disclosure policy. Rules apply in order: a count in the suppression range is
 * suppressed; otherwise a count in the recode range is shown as the recode value; otherwise it is
 * rounded (or shown as counted when there is no rounding rule).
 */
export interface DisclosurePolicy {
  /** A name for the policy (a preset's name, or your own). */
  readonly id: string;
  /** Threshold suppression of small counts, if any. */
  readonly suppress?: SuppressRule;
  /** Recoding of small counts to a fixed figure, if any. */
  readonly recode?: RecodeRule;
  /** Rounding of the remaining counts, if any. */
  readonly round?: RoundRule;
  /**
   * The protection interval: an attacker must not be able to narrow a suppressed count to an
   * interval `[lower, upper]` with `upper − lower` below this width. `1` asks only that the count
   * cannot be worked out exactly; `0` asks nothing.
   */
  readonly protectionWidth: number;
}

const count = z.int().check(z.nonnegative());

/**
 * The zod schema (zod/mini) of a {@link DisclosurePolicy}. It checks shapes only; use
 * {@link parseDisclosurePolicy} to also check that the rules make sense together.
 *
 * @example
 * ```ts
 * disclosurePolicySchema.safeParse({ id: "x", round: { base: 5, mode: "nearest" }, protectionWidth: 5 }).success;
 * //=> true
 * ```
 */
export const disclosurePolicySchema: z.ZodMiniType<DisclosurePolicy> = z.strictObject({
  id: z.string().check(z.minLength(1)),
  suppress: z.optional(z.strictObject({ min: count, max: count, symbol: z.string() })),
  recode: z.optional(z.strictObject({ min: count, max: count, value: count })),
  round: z.optional(
    z.strictObject({ base: z.int().check(z.positive()), mode: z.enum(["nearest", "up", "down"]) }),
  ),
  protectionWidth: count,
}) as unknown as z.ZodMiniType<DisclosurePolicy>;
