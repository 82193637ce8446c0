import { describeValue } from "@crimestats/internal";
import type { CellStatus } from "./cellStatusCode.js";
import { DisclosureError } from "./DisclosureError.js";
import type { DisclosurePolicy } from "./disclosurePolicySchema.js";
import { discloseValid } from "./discloseCount.js";
import { MAX_COUNT } from "./internal/policyMath.js";
import { isCellStatus, isSuppressed } from "./internal/attack.js";
import { checkCount, checkObject, optionsOf } from "./internal/validate.js";
import { parseDisclosurePolicy } from "./parseDisclosurePolicy.js";

/** One input of a derived figure: its exact count and, when already decided, its release status. */
export interface RatioInput {
  /** The exact (unrounded) count. */
  readonly count: number;
  /**
   * The status the count was released with (for example `secondary-suppressed` from
   * {@link protectTable}). Default: what the policy's primary rules give.
   */
  readonly status?: CellStatus;
}

/** Options of {@link discloseRatio}. */
export interface DiscloseRatioOptions {
  /** Multiplier: `1` for a share, `100` for a percentage, `1000` for a rate per 1,000. Default `1`. */
  readonly per?: number;
  /**
   * `unrounded` (default): the figure is computed from the exact counts and rounded at presentation. `released`: from the released (rounded) counts, as OpenSAFELY does.
   */
  readonly basis?: "unrounded" | "released";
}

/** A released derived figure (rate, share, percentage). */
export interface DisclosedRatio {
  /**
   * `count ÷ denominator × per` at full precision (round it once, at presentation), or `null` when
   * suppressed or when the denominator is 0 (undefined by definition).
   */
  readonly value: number | null;
  /** `secondary-suppressed` when an input is suppressed or recoded; otherwise `published`. */
  readonly status: CellStatus;
  /** Why the figure is suppressed, as a code, when it is (`null` when published). */
  readonly code: "numerator-suppressed" | "denominator-suppressed" | null;
}

function effective(input: RatioInput, policy: DisclosurePolicy, cell: string): { status: CellStatus; released: number | null; recoded: boolean } {
  checkObject(input, `The ${cell}`);
  checkCount(input.count, cell);
  if (input.status !== undefined && !isCellStatus(input.status)) {
    throw new DisclosureError("unknown-status", `The ${cell} has status ${describeValue(input.status)}; expected a CellStatus.`, {
      cell,
      status: describeValue(input.status),
    });
  }
  const primary = discloseValid(input.count, policy, input.status === "structural-zero", cell);
  const status = input.status ?? primary.status;
  const rc = policy.recode;
  const recoded = rc !== undefined && input.count >= rc.min && input.count <= rc.max && input.count > 0;
  return { status, released: primary.value, recoded };
}

/**
 * A derived figure (rate, share or percentage) that follows its inputs: it is suppressed when
 * its numerator or denominator is suppressed — or recoded as a small count (a rate computed from
 * the exact 3 behind a released "5" would give the 3 away) — and is otherwise computed from the
 * exact counts, never from rounded ones.
 *
 * @param numerator - The numerator's count (and status, if already decided).
 * @param denominator - The denominator's count (and status).
 * @param policy - The disclosure policy applied to both counts.
 * @param options - `per` multiplier and the computation basis.
 * @returns The figure, its status and the code of a suppression.
 * @throws {@link DisclosureError} (`invalid-count`) for a count that is not a non-negative integer
 * of at most 10¹², (`invalid-option`) for a `per` that is not a positive number of at most 10¹² or options
 * that are not an object; (`invalid-policy`) for a bad policy; (`invalid-argument`) for an input
 * that is not `{ count, status? }`; (`unknown-status`) for an unknown status.
 * @example
 * ```ts
 * const policy = disclosurePreset("suppress-1-4-round-5");
 * discloseRatio({ count: 3 }, { count: 40 }, policy, { per: 100 });
 * //=> { value: null, status: "secondary-suppressed", code: "numerator-suppressed" }
 * discloseRatio({ count: 17 }, { count: 40 }, policy, { per: 100 });
 * //=> { value: 42.5, status: "published", code: null }
 * ```
 */
export function discloseRatio(numerator: RatioInput, denominator: RatioInput, policy: DisclosurePolicy, options?: DiscloseRatioOptions): DisclosedRatio {
  const opts = optionsOf(options, "discloseRatio");
  parseDisclosurePolicy(policy);
  const per = opts.per ?? 1;
  if (typeof per !== "number" || !Number.isFinite(per) || per <= 0 || per > MAX_COUNT) {
    throw new DisclosureError("invalid-option", `Option "per" is ${describeValue(per)}; expected a positive number of at most ${MAX_COUNT}.`, {
      cell: "per",
      value: describeValue(per),
    });
  }
  const n = effective(numerator, policy, "numerator");
  const d = effective(denominator, policy, "denominator");
  const hidden = (x: { status: CellStatus; recoded: boolean }) => isSuppressed(x.status) || x.recoded;
  if (hidden(n)) return { value: null, status: "secondary-suppressed", code: "numerator-suppressed" };
  if (hidden(d)) return { value: null, status: "secondary-suppressed", code: "denominator-suppressed" };
  const num = opts.basis === "released" ? (n.released ?? 0) : numerator.count;
  const den = opts.basis === "released" ? (d.released ?? 0) : denominator.count;
  if (den === 0) return { value: null, status: "published", code: null };
  return { value: (num * per) / den, status: "published", code: null };
}
