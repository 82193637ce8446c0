import { describeValue } from "@crimestats/internal";
import { DisclosureError } from "./DisclosureError.js";
import type { DisclosurePolicy } from "./disclosurePolicySchema.js";
import { MAX_COUNT, preimage } from "./internal/policyMath.js";

import { parseDisclosurePolicy } from "./parseDisclosurePolicy.js";

/** The counts that a released figure may stand for: every integer from `lower` to `upper`. */
export interface CountRange {
  /** The smallest possible count. */
  readonly lower: number;
  /** The largest possible count. */
  readonly upper: number;
}

/**
 * What a released figure reveals: the range of exact counts that the policy shows as `released`
 * (the preimage of the figure). For `null` it gives the suppression range — what a *primary*
 * suppression stands for. A reader of published output cannot tell a primary from a secondary
 * suppression (which may be any count), so a hidden figure there stands for any count ≥ 0; that is
 * what {@link auditTable} assumes.
 *
 * @param released - The released number, or `null` for a suppressed cell.
 * @param policy - The policy the figure was released under.
 * @returns The range `{ lower, upper }` of counts that give this figure.
 * Computed from the rules in constant time, whatever the size of the figure.
 *
 * @throws {@link DisclosureError} (`invalid-release`) when no count gives this figure (for
 * example 7 under a round-to-5 policy, or a figure that is not an integer from 0 to 10¹²),
 * (`invalid-policy`) for a bad policy.
 * @example
 * ```ts
 * possibleCounts(5, disclosurePreset("small-to-5-round-5"));
 * //=> { lower: 1, upper: 7 }
 * possibleCounts(10, disclosurePreset("redact-0-7-round-5"));
 * //=> { lower: 8, upper: 12 }
 * ```
 */
export function possibleCounts(released: number | null, policy: DisclosurePolicy): CountRange {
  parseDisclosurePolicy(policy);
  if (released === null) {
    // the primary suppression range; a secondary suppression may be any count
    const s = policy.suppress;
    if (s === undefined) {
      throw new DisclosureError("invalid-release", `A suppressed figure cannot come from policy "${policy.id}", which suppresses nothing; expected a number.`, {
        released,
        policy: policy.id,
      });
    }
    return { lower: s.min, upper: s.max };
  }
  const ok = typeof released === "number" && Number.isSafeInteger(released) && released >= 0 && released <= MAX_COUNT;
  const range = ok ? preimage(released, policy) : null;
  if (range === null) {
    throw new DisclosureError(
      "invalid-release",
      `The figure ${describeValue(released)} cannot be released under policy "${policy.id}"; expected a figure the policy can produce (a non-negative integer of at most ${MAX_COUNT}).`,
      { released: describeValue(released), policy: policy.id },
    );
  }
  return { lower: range[0], upper: range[1] };
}
