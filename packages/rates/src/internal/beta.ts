/**
 * The regularised incomplete beta function I_x(a, b), its inverse, and binomial probabilities.
 *
 * The prefix x^a (1 − x)^b / B(a, b) is formed in Loader's saddle-point form,
 * √(ab / 2πn) · exp(−bd0(a, nx) − bd0(b, n(1 − x)) − δ(a) − δ(b) + δ(n)) with n = a + b and
 * δ = stirlerr, so it keeps full relative accuracy for large a and b (R's `dbinom` approach).
 * I_x(a, b) uses the continued fraction of Numerical Recipes §6.4 (modified Lentz), on the
 * side of the mean where it converges fast; the inverse uses safeguarded Newton steps on log I.
 */
import { bd0, stirlerrAny } from "./gamma.js";

const TINY = 1e-300;
const EPS = 1e-16;

/** x^a (1 − x)^b / B(a, b) for a, b > 0 and 0 < x < 1. */
function betaPrefix(a: number, b: number, x: number): number {
  const n = a + b;
  const exponent = -bd0(a, n * x) - bd0(b, n * (1 - x)) - stirlerrAny(a) - stirlerrAny(b) + stirlerrAny(n);
  return Math.sqrt((a * b) / (2 * Math.PI * n)) * Math.exp(exponent);
}

/**
 * Iterations allowed to the continued fraction. Beside the mean it needs about n^⅓ of them for
 * n = a + b (some 700,000 at n = 2^53, the largest count accepted); elsewhere a few hundred.
 */
const MAX_FRACTION_TERMS = 4_000_000;

/** Continued fraction of I_x(a, b) (Numerical Recipes `betacf`). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
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

/** I_x(a, b) and its complement 1 − I_x(a, b), each to full relative accuracy. */
function incompleteBeta(a: number, b: number, x: number): { p: number; q: number } {
  if (x <= 0) return { p: 0, q: 1 };
  if (x >= 1) return { p: 1, q: 0 };
  const prefix = betaPrefix(a, b, x);
  if (x < (a + 1) / (a + b + 2)) {
    const p = Math.min(1, (prefix * betaContinuedFraction(a, b, x)) / a);
    return { p, q: 1 - p };
  }
  const q = Math.min(1, (prefix * betaContinuedFraction(b, a, 1 - x)) / b);
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
    const density = betaPrefix(a, b, x) / (x * (1 - x));
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

/** Binomial probability P(X = k) for X ~ Bin(n, p), 0 < p < 1 (Loader's algorithm). */
export function binomialPmf(k: number, n: number, p: number): number {
  if (k < 0 || k > n) return 0;
  const q = 1 - p;
  if (k === 0) return Math.exp(n * Math.log1p(-p));
  if (k === n) return Math.exp(n * Math.log(p));
  const exponent = stirlerrAny(n) - stirlerrAny(k) - stirlerrAny(n - k) - bd0(k, n * p) - bd0(n - k, n * q);
  return Math.sqrt(n / (2 * Math.PI * k * (n - k))) * Math.exp(exponent);
}

/** P(X ≤ k) for X ~ Bin(n, p). */
export function binomialCdf(k: number, n: number, p: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  return incompleteBeta(n - k, k + 1, 1 - p).p;
}

/** P(X > k) for X ~ Bin(n, p). */
export function binomialUpper(k: number, n: number, p: number): number {
  if (k < 0) return 1;
  if (k >= n) return 0;
  return incompleteBeta(k + 1, n - k, p).p;
}
