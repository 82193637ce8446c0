/**
 * The regularised incomplete beta function I_x(a, b), its inverse, and binomial probabilities.
 *
 * The prefix x^a (1 − x)^b / B(a, b) is formed in Loader's saddle-point form,
 * √(ab / 2πn) · exp(−bd0(a, nx) − bd0(b, n(1 − x)) − δ(a) − δ(b) + δ(n)) with n = a + b and
 * δ = stirlerr, so it keeps full relative accuracy for large a and b (R's `dbinom` approach).
 * I_x(a, b) uses the continued fraction of Numerical Recipes §6.4 (modified Lentz), on the
 * side of the mean where it converges fast; the inverse uses safeguarded Newton steps on log I.
 * Every function takes x and y = 1 − x separately (as TOMS 708 does), so that a small y given
 * exactly — a binomial q₀ near 0, or the far side of a skewed beta — keeps its digits.
 */
import { bd0, stirlerrAny } from "./gamma.js";

const TINY = 1e-300;
const EPS = 1e-16;

/**
 * Loader's bd0(v, v + δ) = v·(t − ln(1 + t)), t = δ / v, from the difference δ itself: when v and
 * v + δ are both large, v + δ cannot carry the digits of δ, and bd0 lives on those digits.
 */
function bd0FromDifference(v: number, delta: number): number {
  const t = delta / v;
  if (Math.abs(t) >= 0.25) return v * (t - Math.log1p(t));
  // t − ln(1 + t) = t²/2 − t³/3 + t⁴/4 − …; 40 terms reach 1e-24 relative at |t| = 0.25.
  let term = t * t;
  let sum = term / 2;
  for (let k = 3; k < 43; k++) {
    term *= -t;
    const next = sum + term / k;
    if (next === sum) break;
    sum = next;
  }
  return v * sum;
}

/** x^a y^b / B(a, b) for a, b > 0, 0 < x < 1 and y = 1 − x. */
function betaPrefix(a: number, b: number, x: number, y: number): number {
  const n = a + b;
  // n·x − a = b − n·y: the deviation of each side is taken from the smaller of x and y, which
  // is known to full relative accuracy.
  const deviations = x <= y ? bd0(a, n * x) + bd0FromDifference(b, a - n * x) : bd0FromDifference(a, b - n * y) + bd0(b, n * y);
  const exponent = -deviations - stirlerrAny(a) - stirlerrAny(b) + stirlerrAny(n);
  return Math.sqrt((a * b) / (2 * Math.PI * n)) * Math.exp(exponent);
}

/**
 * Iterations allowed to the continued fraction. Beside the mean it needs about n^⅓ of them for
 * n = a + b (some 700,000 at n = 2^53, the largest count accepted); elsewhere a few hundred.
 */
const MAX_FRACTION_TERMS = 4_000_000;

/** Continued fraction of I_x(a, b) (Numerical Recipes `betacf`), y = 1 − x. */
function betaContinuedFraction(a: number, b: number, x: number, y: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  // 1 − (a + b)x / (a + 1), written with y where y is the smaller (exactly given) side:
  // ((a + 1)y − (b − 1)x) / (a + 1), free of the cancellation when x is near 1.
  let d = x <= y ? 1 - (qab * x) / qap : (qap * y - (b - 1) * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m < MAX_FRACTION_TERMS; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return h;
}

/** Whole-number parameters up to this use the finite binomial sum (see {@link incompleteBeta}). */
const SMALL_PARAMETER = 64;

/**
 * I_x(a, b) and its complement 1 − I_x(a, b), each to full relative accuracy (y = 1 − x).
 * With whole a and b and the smaller at most 64, I_x(a, b) = P(X ≥ a) for X ~ Bin(a + b − 1, x),
 * a sum of at most 64 positive binomial probabilities: that is used whenever the sum is the
 * smaller side, since the continued fraction beside x = 1 cancels digits (a count of 1 against
 * 10¹⁵ lost four).
 */
function incompleteBeta(a: number, b: number, x: number, y: number = 1 - x): { p: number; q: number } {
  if (x <= 0) return { p: 0, q: 1 };
  if (y <= 0) return { p: 1, q: 0 };
  if (Number.isInteger(a) && Number.isInteger(b) && Math.min(a, b) <= SMALL_PARAMETER) {
    const trials = a + b - 1;
    let sum = 0;
    // a ≤ b: Q = P(X ≤ a − 1), a terms; otherwise P = P(X ≥ a), b terms.
    const [from, to] = a <= b ? [0, a - 1] : [a, trials];
    for (let j = from; j <= to; j++) sum += binomialPmf(j, trials, x, y);
    if (sum <= 0.5) return a <= b ? { p: 1 - sum, q: sum } : { p: sum, q: 1 - sum };
  }
  const prefix = betaPrefix(a, b, x, y);
  if (x < (a + 1) / (a + b + 2)) {
    const p = Math.min(1, (prefix * betaContinuedFraction(a, b, x, y)) / a);
    return { p, q: 1 - p };
  }
  const q = Math.min(1, (prefix * betaContinuedFraction(b, a, y, x)) / b);
  return { p: 1 - q, q };
}

/** The x with I_x(a, b) = p, for 0 < p < 1 (R's `qbeta(p, a, b)`). */
export function betaQuantile(p: number, a: number, b: number): number {
  const upper = p > 0.5;
  const target = upper ? 1 - p : p;
  const logTarget = Math.log(target);
  let lo = 0;
  let hi = 1;
  let x = a / (a + b);
  for (let iteration = 0; iteration < 2000; iteration++) {
    const { p: pv, q: qv } = incompleteBeta(a, b, x);
    const value = upper ? qv : pv;
    if (value === target) return x;
    const below = upper ? value > target : value < target;
    if (below) lo = x;
    else hi = x;
    const density = betaPrefix(a, b, x, 1 - x) / (x * (1 - x));
    let next = Number.NaN;
    if (value > 0 && density > 0) {
      const step = ((Math.log(value) - logTarget) * value) / density;
      next = upper ? x + step : x - step;
      if (Math.abs(next - x) <= 2e-16 * Math.min(x, 1 - x)) return next; // converged
    }
    if (!(next > lo && next < hi)) {
      // Geometric steps towards 0 or 1 when the bracket spans orders of magnitude.
      if (hi > 4 * lo && hi <= 0.5) next = lo > 0 ? Math.sqrt(lo) * Math.sqrt(hi) : hi / 16;
      else if (1 - lo > 4 * (1 - hi) && lo >= 0.5) next = hi < 1 ? 1 - Math.sqrt(1 - lo) * Math.sqrt(1 - hi) : 1 - (1 - lo) / 16;
      else next = lo + (hi - lo) / 2;
    }
    if (hi - lo <= 2e-16 * Math.min(hi, 1 - lo)) return next;
    x = next;
  }
  return x;
}

/** Binomial probability P(X = k) for X ~ Bin(n, p), 0 < p < 1, q = 1 − p (Loader's algorithm). */
export function binomialPmf(k: number, n: number, p: number, q: number = 1 - p): number {
  if (k < 0 || k > n) return 0;
  if (k === 0) return Math.exp(n * Math.log1p(-p));
  if (k === n) return Math.exp(n * Math.log1p(-q));
  // As in betaPrefix: each deviation from the smaller of p and q (np − k = (n − k) − nq).
  const deviations = p <= q ? bd0(k, n * p) + bd0FromDifference(n - k, k - n * p) : bd0FromDifference(k, n - k - n * q) + bd0(n - k, n * q);
  const exponent = stirlerrAny(n) - stirlerrAny(k) - stirlerrAny(n - k) - deviations;
  return Math.sqrt(n / (2 * Math.PI * k * (n - k))) * Math.exp(exponent);
}

/** P(X ≤ k) for X ~ Bin(n, p), q = 1 − p. */
export function binomialCdf(k: number, n: number, p: number, q: number = 1 - p): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  return incompleteBeta(n - k, k + 1, q, p).p;
}

/** P(X > k) for X ~ Bin(n, p), q = 1 − p. */
export function binomialUpper(k: number, n: number, p: number, q: number = 1 - p): number {
  if (k < 0) return 1;
  if (k >= n) return 0;
  return incompleteBeta(k + 1, n - k, p, q).p;
}
