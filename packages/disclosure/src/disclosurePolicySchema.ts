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

// Every call building the schema is marked pure (zod marks its own builders so), so a bundle
// that does not import the schema drops it with zod; the functions of this package check
// policies without zod.
/* @__NO_SIDE_EFFECTS__ */
function count() {
  return /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.nonnegative());
}

/**
 * The zod schema (zod/mini) of a {@link DisclosurePolicy}. It checks shapes only; use
 * {@link parseDisclosurePolicy} to also check that the rules make sense together.
 *
 * @example
 * ```ts
 * DisclosurePolicySchema.safeParse({ id: "x", round: { base: 5, mode: "nearest" }, protectionWidth: 5 }).success;
 * //=> true
 * ```
 */
export const DisclosurePolicySchema: z.ZodMiniType<DisclosurePolicy> = /* @__PURE__ */ z.strictObject({
  id: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  suppress: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.strictObject({ min: count(), max: count(), symbol: /* @__PURE__ */ z.string() })),
  recode: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.strictObject({ min: count(), max: count(), value: count() })),
  round: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.strictObject({
      base: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.positive()),
      mode: /* @__PURE__ */ z.enum(["nearest", "up", "down"]),
    }),
  ),
  protectionWidth: count(),
}) as unknown as z.ZodMiniType<DisclosurePolicy>;
