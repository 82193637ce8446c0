"""Regenerates the reference values of the funnel-plot limits of @crimestats/benchmark:

    packages/benchmark/src/funnelLimits.test.ts
    packages/benchmark/src/compareWithBenchmark.test.ts  (limits at a population of 248,880)

Poisson (exact) control limits around a benchmark rate B for a population n, with E = B / per * n
expected events: lower = chi2.ppf(a / 2, 2E) / 2, upper = chi2.ppf(1 - a / 2, 2E + 2) / 2 events
(the exact Poisson limits of Garwood, with E in place of the count; Spiegelhalter 2005, "Funnel
plots for comparing institutional performance", Statistics in Medicine 24:1185-1202).
Binomial limits around a percentage P0 for a denominator N (the Fingertips "SPC for proportions"
method, Wilson score limits around E = N * P0): (2E + z^2 -/+ z sqrt(z^2 + 4E(1 - E/N))) / (2(N + z^2)).
Run with

    python3 scripts/reference/funnel-limits.py
"""

from math import sqrt

from scipy.stats import chi2, norm


def poisson_limits(expected, confidence):
    a = 1 - confidence
    lower = 0.0 if expected == 0 else chi2.ppf(a / 2, 2 * expected) / 2
    upper = chi2.isf(a / 2, 2 * expected + 2) / 2
    return float(lower), float(upper)


def wilson_limits(p0_percent, n, confidence):
    z = norm.isf((1 - confidence) / 2)
    e = n * p0_percent / 100
    root = z * sqrt(z * z + 4 * e * (1 - e / n))
    return tuple(float((2 * e + z * z + sign * root) / (2 * (n + z * z)) * 100) for sign in (-1, 1))


print("# E = 10 events (per 1,000 of 1,000): [confidence, lowerCount, upperCount]")
for confidence in (0.95, 0.998):
    print(f"  [{confidence}, {poisson_limits(10, confidence)[0]!r}, {poisson_limits(10, confidence)[1]!r}],")
print("# E = 0.5 at 95%:", *map(repr, poisson_limits(0.5, 0.95)))

print("\n# benchmark 838,895 offences in 8,824,800 residents per 1,000, population 248,880")
benchmark = 838895 / 8824800 * 1000
n = 248880
expected = benchmark / 1000 * n
print("expected events:", repr(expected))
for confidence in (0.95, 0.998):
    lower, upper = poisson_limits(expected, confidence)
    print(f"  {confidence}: rate limits {lower / n * 1000!r} {upper / n * 1000!r}")

print("\n# binomial: P0 = 8.9611086876279327%, N = 5,930: [confidence, lower %, upper %]")
for confidence in (0.95, 0.998):
    lower, upper = wilson_limits(8.9611086876279327, 5930, confidence)
    print(f"  [{confidence}, {lower!r}, {upper!r}],")
