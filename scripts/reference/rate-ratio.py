"""Regenerates the reference table of packages/rates/src/rateRatioTest.test.ts (REFERENCE) and the
p-values of its large-count cases.

The exact conditional test of two Poisson counts is the binomial test of the first count out of
the total, with p0 = T1 / (T1 + T2); its Clopper-Pearson limits on p map to limits on the rate
ratio by p / (1 - p) * T2 / T1. This is what R's stats::poisson.test does (two-sided p-value:
the sum of the probabilities no more likely than the observed, relative tolerance 1 + 1e-7);
scipy.stats.binomtest implements the same rule independently (Boost). Run with

    python3 scripts/reference/rate-ratio.py

(scipy only). Rows: [x_current, T_current, x_previous, T_previous, confidence, p-value, lower, upper],
upper `null` when unbounded.
"""

from scipy.stats import binomtest


def g(x):
    """A value as the test writes it: null, an integer, or the shortest repr of a double."""
    if x is None:
        return "null"
    x = float(x)
    return str(int(x)) if x.is_integer() and abs(x) < 1e15 else repr(x)


def row(x1, t1, x2, t2, confidence):
    n = x1 + x2
    test = binomtest(x1, n, t1 / (t1 + t2))
    ci = test.proportion_ci(confidence_level=confidence, method="exact")
    factor = t2 / t1
    lower = ci.low / (1 - ci.low) * factor
    upper = None if ci.high >= 1 else ci.high / (1 - ci.high) * factor
    return [x1, t1, x2, t2, confidence, test.pvalue, lower, upper]


CASES = [
    (11, 800, 21, 3011),  # stats::poisson.test documentation example (eba1977)
    (2240, 248880, 2386, 248880),
    (14866, 248880, 13957, 248880),
    (0, 100, 5, 100),
    (5, 100, 0, 120),
    (3, 1000, 3, 1000),
    (97643, 8824800, 91777, 8824800),
    (41, 1, 61, 1),
    (1, 1, 0, 1),
    (7, 2.5, 20, 3.1),
]

print("# REFERENCE")
for x1, t1, x2, t2 in CASES:
    for confidence in (0.95, 0.998):
        values = row(x1, t1, x2, t2, confidence)
        print("  [" + ", ".join(g(v) for v in values) + "],")

print("\n# accuracy and termination at any count: two-sided p-values (equal populations, p0 = 0.5)")
for x, n in [(550, 1000), (501_000, 1_000_000), (500_020_000, 10**9), (5_000_010_000, 10**10), (500_001_000_000, 10**12)]:
    print(f"binomtest({x}, {n}, 0.5).pvalue = {g(binomtest(x, n, 0.5).pvalue)}")
print(f"binomtest(10**10, 19 * 10**9, 0.5).pvalue = {g(binomtest(10**10, 19 * 10**9, 0.5).pvalue)} (underflow)")
