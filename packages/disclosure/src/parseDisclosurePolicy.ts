import { DisclosureError } from "./DisclosureError.js";
import type { DisclosurePolicy } from "./disclosurePolicySchema.js";
import { checkPolicyShape } from "./internal/policyShape.js";
import { MAX_COUNT, applyToCount, policyBreakpoints } from "./internal/policyMath.js";

function invalid(message: string, details: Record<string, unknown>): never {
  throw new DisclosureError("invalid-policy", message, details);
}

/**
 * Validates a disclosure policy (for example one read from JSON): its shape against
 * {@link DisclosurePolicySchema}, then that its rules make sense together:
 *
 * - each range has `min ≤ max` and starts at 0 or 1 (a rule that hides 3 but shows 1 and 2
 *   protects nothing);
 * - the suppression and recode ranges do not overlap;
 * - the released figure never decreases as the count grows (a recode value above what the next
 *   count rounds to, such as "1–7 → 10" with "8 → 5", would make a larger figure mean a smaller
 *   count). This also keeps what a figure reveals an interval of counts, which the auditor needs.
 *
 * @param input - The candidate policy.
 * @returns The same policy, typed.
 * @throws {@link DisclosureError} (`invalid-policy`) naming the offending field.
 * @example
 * ```ts
 * parseDisclosurePolicy({ id: "mine", suppress: { min: 1, max: 9, symbol: "[c]" }, round: { base: 10, mode: "nearest" }, protectionWidth: 10 }).id;
 * //=> "mine"
 * ```
 */
export function parseDisclosurePolicy(input: unknown): DisclosurePolicy {
  const policy = checkPolicyShape(input);
  for (const key of ["suppress", "recode"] as const) {
    const rule = policy[key];
    if (rule === undefined) continue;
    if (rule.min > rule.max) {
      invalid(`Disclosure policy field "${key}" has min ${rule.min} above max ${rule.max}; expected min ≤ max.`, {
        field: key,
        min: rule.min,
        max: rule.max,
      });
    }
    if (rule.min > 1) {
      invalid(
        `Disclosure policy field "${key}.min" is ${rule.min}, so the counts 1 to ${rule.min - 1} would be shown while larger ones are hidden; expected 0 or 1.`,
        { field: `${key}.min`, min: rule.min },
      );
    }
  }
  const s = policy.suppress;
  const rc = policy.recode;
  if (s !== undefined && rc !== undefined && s.min <= rc.max && rc.min <= s.max) {
    invalid(`Disclosure policy ranges "suppress" (${s.min}–${s.max}) and "recode" (${rc.min}–${rc.max}) overlap; expected disjoint ranges.`, {
      field: "recode",
      suppress: s,
      recode: rc,
    });
  }
  for (const [field, value] of [
    ["suppress.max", s?.max],
    ["recode.max", rc?.max],
    ["recode.value", rc?.value],
    ["round.base", policy.round?.base],
    ["protectionWidth", policy.protectionWidth],
  ] as const) {
    if (value !== undefined && value > MAX_COUNT) {
      invalid(`Disclosure policy field "${field}" is ${value}; expected at most ${MAX_COUNT}.`, { field, value });
    }
  }
  // The rule can only change at the ends of the ranges, and rounding never decreases, so checking
  // the figures at those counts checks every count (in time independent of the numbers' size).
  let last = -1;
  for (const v of policyBreakpoints(policy)) {
    const a = applyToCount(v, policy);
    if (a.kind !== "value") continue;
    if (a.value < last) {
      invalid(
        `Disclosure policy "${policy.id}" shows the count ${v} as ${a.value}, below the ${last} shown for a smaller count; expected figures that never decrease as counts grow (is the recode value or threshold above what the rounding base gives?).`,
        { field: rc !== undefined ? "recode.value" : "round", count: v, shown: a.value, previous: last },
      );
    }
    last = a.value;
  }
  return policy;
}
