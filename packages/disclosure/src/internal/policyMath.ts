import type { DisclosurePolicy, RoundRule } from "../disclosurePolicySchema.js";

/** Rounds a non-negative integer to a multiple of `rule.base` in exact integer arithmetic. */
function roundToBase(value: number, rule: RoundRule): number {
  const b = rule.base;
  const q = Math.floor(value / b);
  const r = value - q * b;
  if (r === 0) return value;
  if (rule.mode === "down") return q * b;
  if (rule.mode === "up") return (q + 1) * b;
  // nearest, ties half up: 2r >= b goes up
  return 2 * r >= b ? (q + 1) * b : q * b;
}

/** The outcome of a policy on one count. */
export type Applied =
  | { readonly kind: "suppressed" }
  | { readonly kind: "value"; readonly value: number; readonly altered: boolean };

/** Applies a (valid) policy to a valid count. `altered` is true when a recode or round rule applied. */
export function applyToCount(value: number, policy: DisclosurePolicy): Applied {
  const s = policy.suppress;
  if (s !== undefined && value >= s.min && value <= s.max) return { kind: "suppressed" };
  const rc = policy.recode;
  if (rc !== undefined && value >= rc.min && value <= rc.max) {
    return { kind: "value", value: rc.value, altered: true };
  }
  if (policy.round !== undefined) return { kind: "value", value: roundToBase(value, policy.round), altered: true };
  return { kind: "value", value, altered: false };
}

/** The largest count that matters when scanning a policy (beyond it, the rounding pattern repeats). */
export function policyHorizon(policy: DisclosurePolicy): number {
  const base = policy.round?.base ?? 1;
  return Math.max(policy.suppress?.max ?? 0, policy.recode?.max ?? 0, policy.recode?.value ?? 0) + 2 * base + 2;
}

/**
 * All counts a released figure may have come from under `policy`, as an interval `[lo, hi]`
 * (`hi` may be `Infinity` only when nothing bounds it). The policy is monotone (checked when it is
 * parsed), so the preimage of a figure is an interval. `null` when no count gives that figure.
 */
export function preimage(released: number, policy: DisclosurePolicy): readonly [number, number] | null {
  const base = policy.round?.base ?? 1;
  let lo = Infinity;
  let hi = -Infinity;
  const rc = policy.recode;
  if (rc !== undefined && rc.value === released) {
    for (let v = rc.min; v <= rc.max; v++) {
      const a = applyToCount(v, policy);
      if (a.kind === "value" && a.value === released) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
  }
  for (let v = Math.max(0, released - base - 1); v <= released + base + 1; v++) {
    const a = applyToCount(v, policy);
    if (a.kind === "value" && a.value === released) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }
  return lo === Infinity ? null : [lo, hi];
}
