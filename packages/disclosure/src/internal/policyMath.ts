import type { DisclosurePolicy, RoundRule } from "../disclosurePolicySchema.js";

/**
 * The largest count (and released figure) the package accepts: 10¹². Far above any count of
 * offences or people, and far enough below 2⁵³ that every sum and bound of the exact integer
 * arithmetic (see `UNBOUNDED` in flow.ts) stays exact in doubles.
 */
export const MAX_COUNT = 1e12;

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
export type Applied = { readonly kind: "suppressed" } | { readonly kind: "value"; readonly value: number; readonly altered: boolean };

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

/**
 * The counts where the policy's rule can change (the ends of the suppression and recode ranges
 * and their neighbours, and 0), ascending. Between two consecutive points one rule applies, and
 * rounding never decreases, so checking the policy at these points checks it everywhere.
 */
export function policyBreakpoints(policy: DisclosurePolicy): number[] {
  const points = new Set<number>([0, 1]);
  for (const rule of [policy.suppress, policy.recode]) {
    if (rule === undefined) continue;
    for (const p of [rule.min - 1, rule.min, rule.max, rule.max + 1, rule.max + 2]) if (p >= 0) points.add(p);
  }
  return [...points].sort((a, b) => a - b);
}

/**
 * The ranges of counts the policy protects: its suppression range and its recode range. A
 * released figure or a hidden cell whose feasible counts reach into one of them may be a small
 * count, and must not be narrowed below the protection width.
 */
export function protectedRanges(policy: DisclosurePolicy): readonly (readonly [number, number])[] {
  const out: [number, number][] = [];
  if (policy.suppress !== undefined) out.push([policy.suppress.min, policy.suppress.max]);
  if (policy.recode !== undefined) out.push([policy.recode.min, policy.recode.max]);
  return out;
}

/** Whether the interval `[lo, hi]` (`hi` may be `Infinity`) meets one of the policy's protected ranges. */
export function reachesProtected(lo: number, hi: number, policy: DisclosurePolicy): boolean {
  for (const [a, b] of protectedRanges(policy)) if (lo <= b && a <= hi) return true;
  return false;
}

/** The counts that rounding alone maps to `released` (before the suppress and recode rules). */
function roundPreimage(released: number, rule: RoundRule | undefined): [number, number] | null {
  if (rule === undefined) return [released, released];
  const b = rule.base;
  if (released % b !== 0) return null;
  if (rule.mode === "up") return [Math.max(0, released - b + 1), released];
  if (rule.mode === "down") return [released, released + b - 1];
  // nearest, ties half up: (q−1)b + r with 2r ≥ b goes up to qb; qb + r with 2r < b goes down
  return [Math.max(0, released - Math.floor(b / 2)), released + Math.ceil(b / 2) - 1];
}

/**
 * All counts a released figure may have come from under `policy`, as an interval `[lo, hi]`. The
 * policy is monotone (checked when it is parsed), so the preimage of a figure is an interval.
 * `null` when no count gives that figure. Computed in constant time from the rules.
 */
export function preimage(released: number, policy: DisclosurePolicy): readonly [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  const take = (a: number, b: number) => {
    if (a > b) return;
    lo = Math.min(lo, a);
    hi = Math.max(hi, b);
  };
  const rc = policy.recode;
  if (rc !== undefined && rc.value === released) take(rc.min, rc.max);
  const r = roundPreimage(released, policy.round);
  if (r !== null) {
    // the rounding range minus the suppression and recode ranges (each a range starting at 0 or 1)
    let pieces: [number, number][] = [[r[0], r[1]]];
    for (const [a, b] of protectedRanges(policy)) {
      const next: [number, number][] = [];
      for (const [x, y] of pieces) {
        if (y < a || x > b) next.push([x, y]);
        else {
          if (x < a) next.push([x, a - 1]);
          if (y > b) next.push([b + 1, y]);
        }
      }
      pieces = next;
    }
    for (const [x, y] of pieces) take(x, y);
  }
  return lo === Infinity ? null : [lo, hi];
}
