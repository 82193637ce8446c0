"""Regenerates the reference values of packages/rates/src/internal/beta.test.ts (the beta quantile
and binomial probabilities behind the exact rate-ratio test) with scipy.stats, whose beta and
binom distributions are an independent implementation (Boost). Run with

    python3 scripts/reference/beta-binomial.py
"""

from scipy.stats import beta, binom


def g(x):
    x = float(x)
    return str(int(x)) if x.is_integer() else repr(x)


print("# betaQuantile [p, a, b, x] = beta.ppf(p, a, b)")
for p, a, b in [(0.025, 1, 1), (0.975, 4, 151904), (0.0005, 2, 3), (0.999, 500, 20), (0.025, 11, 22),
                (0.975, 12, 21), (1e-10, 3, 7), (0.5, 1000, 1000)]:
    # the upper half from the complement, as accurate as the lower
    x = beta.ppf(p, a, b) if p <= 0.5 else beta.isf(1 - p, a, b)
    print(f"  [{p!r}, {a}, {b}, {g(x)}],")

print("\n# binomial [k, n, p, pmf, cdf, sf]")
for k, n, p in [(3, 10, 0.3), (0, 50, 0.02), (50, 50, 0.9), (1000, 2000, 0.5), (10, 100000, 0.0002)]:
    print(f"  [{k}, {n}, {p!r}, {g(binom.pmf(k, n, p))}, {g(binom.cdf(k, n, p))}, {g(binom.sf(k, n, p))}],")
