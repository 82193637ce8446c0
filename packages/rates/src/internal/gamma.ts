// biome-ignore-all lint/correctness/noPrecisionLoss: coefficients keep the digits of their published source; the code uses the nearest double
/**
 * Log-gamma and the regularised incomplete gamma function, written for accuracy near 1e-15.
 *
 * lnΓ uses Stirling's series with the error term `stirlerr` for arguments ≥ 15 and the
 * recurrence Γ(x) = Γ(x + n) / (x (x + 1) … (x + n − 1)) below. The incomplete-gamma prefix
 * x^a e^−x / Γ(a) is formed as √(a/2π) · exp(a·(log1p(d) − d) − stirlerr(a)) with d = (x − a)/a
 * (the Loader / R `dpois_raw` approach), which avoids cancelling large logarithms.
 * P(a, x) is summed by its power series when x < a + 1 and Q(a, x) by its continued fraction
 * (modified Lentz) otherwise (Numerical Recipes §6.2), up to a = 1e5; from there Temme's uniform
 * asymptotic expansion gives both in a fixed number of operations.
 */

const LN_SQRT_2PI = 0.91893853320467274178032973640562;
const STIRLING_THRESHOLD = 15;

/** lnΓ(x) − ((x − ½) ln x − x + ½ ln 2π) for x ≥ 15, by the asymptotic series. */
function stirlerr(x: number): number {
  const x2 = 1 / (x * x);
  // 1/12, 1/360, 1/1260, 1/1680, 1/1188, 691/360360, 1/156
  return (1 / 12 - x2 * (1 / 360 - x2 * (1 / 1260 - x2 * (1 / 1680 - x2 * (1 / 1188 - x2 * (691 / 360360 - x2 / 156)))))) / x;
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
  // At most 15 steps for x > 0 (the bound also stops the loop for inputs outside the domain).
  for (let step = 0; step < STIRLING_THRESHOLD && y < STIRLING_THRESHOLD; step++) {
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

/**
 * From this shape on, P and Q come from Temme's uniform asymptotic expansion: the power series
 * and continued fraction need about √a terms near the mean, more than MAX_ITERATIONS beyond
 * a ≈ 1e9, and the expansion (four terms, error of order a^−4) is exact to rounding here.
 */
const TEMME_FROM = 1e5;

// Taylor coefficients in η of Temme's c₀(η) … c₃(η) (DLMF 8.12.9–8.12.12), from the reversion
// μ = η + η²/3 + η³/36 − η⁴/270 + … of ½η² = μ − ln(1 + μ) and the recursion
// c_k(η) = c′_{k−1}(η)/η + (−1)^k g_k/μ (g_k the Stirling coefficients 1/12, 1/288, −139/51840),
// worked in exact rational arithmetic. c₀ = −1/3 + η/12 − 2η²/135 + …, c₁(0) = −1/540,
// c₂(0) = 25/6048, c₃(0) = 101/155520 agree with DLMF 8.12.11 and DiDonato & Morris (1986).
const C0 = [
  -1 / 3,
  1 / 12,
  -2 / 135,
  1 / 864,
  1 / 2835,
  -139 / 777600,
  1 / 25515,
  -571 / 261273600,
  -281 / 151559100,
  163879 / 197522841600,
  -5221 / 29554024500,
  5246819 / 782190452736000,
  5459 / 531972441000,
  -534703531 / 122021710626816000,
  91207079 / 99704934754425000,
  -4483131259 / 175711263302615040000,
  -2650986803 / 45465450248017800000,
  432261921612371 / 17743323368298066739200000,
  -6171801683 / 1227567156696480600000,
  6232523202521089 / 56636688191607429031526400000,
  4283933145517 / 12152914851295157940000000,
];
const C1 = [
  -1 / 540,
  -1 / 288,
  1 / 378,
  -77 / 77760,
  1 / 4860,
  -1 / 2488320,
  -2743 / 151559100,
  41969 / 5486745600,
  -11 / 6823440,
  47207 / 10158317568000,
  3761 / 27280638000,
  -3599669 / 62575236218880,
  61903187 / 5179477130100000,
  -4193939 / 239062943268864000,
  -2570401 / 2547084047508000,
  54310133948197 / 130465613002191667200000,
  -2459127719 / 28715021209274400000,
];
const C2 = [
  25 / 6048,
  -139 / 51840,
  1 / 1296,
  1 / 497664,
  -6199 / 57736800,
  5531 / 104509440,
  -1219 / 95528160,
  19321 / 564350976000,
  121 / 88179840,
  -5118973 / 8126654054400,
  834489499 / 5843512659600000,
  -12301049 / 60072226770124800,
  -1172077 / 83170091347200,
  108355589648549 / 17395415066958888960000,
];
const C3 = [
  101 / 155520,
  571 / 2488320,
  -54179 / 115473600,
  41969 / 156764160,
  -20639 / 272937600,
  -19321 / 80621568000,
  14659 / 1322697600,
  -19215991 / 3386105856000,
  201596239 / 141660912960000,
  -326041 / 11702381838336000,
  -379731697 / 2239194767040000,
];

/** Σ c[i]·e^i by Horner's rule. */
function series(c: readonly number[], e: number): number {
  let s = 0;
  for (let i = c.length - 1; i >= 0; i--) s = s * e + (c[i] as number);
  return s;
}

/**
 * P(a, x) and Q(a, x) for a ≥ TEMME_FROM by Temme's expansion (Temme 1979; DLMF 8.12.3–8.12.7):
 * Q = ½ erfc(η √(a/2)) + S, P = ½ erfc(−η √(a/2)) − S, S = e^{−aη²/2} / √(2πa) · Σ c_k(η) a^−k,
 * with ½aη² = a(λ − 1 − ln λ), λ = x/a, η of the sign of λ − 1. Here aη²/2 is Loader's bd0(a, x),
 * free of cancellation, and ½ erfc(t) = ½ Q(½, t²). Where aη²/2 > 745 (|η| > 0.13) e^{−aη²/2}
 * underflows, so only small η, where the Taylor series converge fast, ever reach the sum.
 */
function incompleteGammaTemme(a: number, x: number): { p: number; q: number } {
  const y = bd0(a, x);
  const above = x >= a;
  const eta = (above ? 1 : -1) * Math.sqrt((2 * y) / a);
  const half = incompleteGamma(0.5, y);
  const s = (Math.exp(-y) / Math.sqrt(2 * Math.PI * a)) * (series(C0, eta) + (series(C1, eta) + (series(C2, eta) + series(C3, eta) / a) / a) / a);
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  if (above) return { p: clamp((1 + half.p) / 2 - s), q: clamp(half.q / 2 + s) };
  return { p: clamp(half.q / 2 - s), q: clamp((1 + half.p) / 2 + s) };
}

/** Regularised lower and upper incomplete gamma functions P(a, x) and Q(a, x). */
export function incompleteGamma(a: number, x: number): { p: number; q: number } {
  if (x <= 0) return { p: 0, q: 1 };
  if (a >= TEMME_FROM) return incompleteGammaTemme(a, x);
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
