/**
 * Log-gamma and the regularised incomplete gamma function, written for accuracy near 1e-15.
 *
 * lnΓ uses Stirling's series with the error term `stirlerr` for arguments ≥ 15 and the
 * recurrence Γ(x) = Γ(x + n) / (x (x + 1) … (x + n − 1)) below. The incomplete-gamma prefix
 * x^a e^−x / Γ(a) is formed as √(a/2π) · exp(a·(log1p(d) − d) − stirlerr(a)) with d = (x − a)/a
 * (the Loader / R `dpois_raw` approach), which avoids cancelling large logarithms.
 * P(a, x) is summed by its power series when x < a + 1 and Q(a, x) by its continued fraction
 * (modified Lentz) otherwise (Numerical Recipes §6.2).
 */

const LN_SQRT_2PI = 0.91893853320467274178032973640562;
const STIRLING_THRESHOLD = 15;

/** lnΓ(x) − ((x − ½) ln x − x + ½ ln 2π) for x ≥ 15, by the asymptotic series. */
function stirlerr(x: number): number {
  const x2 = 1 / (x * x);
  // 1/12, 1/360, 1/1260, 1/1680, 1/1188, 691/360360, 1/156
  return (
    (1 / 12 -
      x2 *
        (1 / 360 -
          x2 * (1 / 1260 - x2 * (1 / 1680 - x2 * (1 / 1188 - x2 * (691 / 360360 - x2 / 156)))))) /
    x
  );
}

/** stirlerr(x) for any x > 0 (the series from 15, lnΓ below). */
export function stirlerrAny(x: number): number {
  if (x >= STIRLING_THRESHOLD) return stirlerr(x);
  return lnGamma(x) - ((x - 0.5) * Math.log(x) - x + LN_SQRT_2PI);
}

/**
 * Loader's deviance term bd0(x, np) = x ln(x / np) + np − x, computed without cancellation
 * when x is close to np (Loader 2000, "Fast and accurate computation of binomial probabilities").
 */
export function bd0(x: number, np: number): number {
  if (Math.abs(x - np) < 0.1 * (x + np)) {
    const v = (x - np) / (x + np);
    let s = (x - np) * v;
    let ej = 2 * x * v;
    const v2 = v * v;
    for (let j = 1; j < 1000; j++) {
      ej *= v2;
      const s1 = s + ej / (2 * j + 1);
      if (s1 === s) return s1;
      s = s1;
    }
    return s;
  }
  return x * Math.log(x / np) + np - x;
}

/** Natural log of the gamma function for x > 0. */
export function lnGamma(x: number): number {
  if (x >= STIRLING_THRESHOLD) {
    return (x - 0.5) * Math.log(x) - x + LN_SQRT_2PI + stirlerr(x);
  }
  let product = 1;
  let y = x;
  while (y < STIRLING_THRESHOLD) {
    product *= y;
    y += 1;
  }
  return (y - 0.5) * Math.log(y) - y + LN_SQRT_2PI + stirlerr(y) - Math.log(product);
}

/** The prefix x^a e^−x / Γ(a) of the incomplete gamma function (a > 0, x > 0). */
export function gammaPrefix(a: number, x: number): number {
  if (a < STIRLING_THRESHOLD) {
    return Math.exp(a * Math.log(x) - x - lnGamma(a));
  }
  const d = (x - a) / a;
  return Math.sqrt(a / (2 * Math.PI)) * Math.exp(a * (Math.log1p(d) - d) - stirlerr(a));
}

const EPS = 1e-17;
const TINY = 1e-300;
const MAX_ITERATIONS = 100000;

/** Regularised lower and upper incomplete gamma functions P(a, x) and Q(a, x). */
export function incompleteGamma(a: number, x: number): { p: number; q: number } {
  if (x <= 0) return { p: 0, q: 1 };
  const prefix = gammaPrefix(a, x);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < MAX_ITERATIONS; n++) {
      term *= x / (a + n);
      sum += term;
      if (term < sum * EPS) break;
    }
    const p = Math.min(1, prefix * sum);
    return { p, q: 1 - p };
  }
  // Continued fraction for Q(a, x), modified Lentz.
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  const q = Math.min(1, prefix * h);
  return { p: 1 - q, q };
}
