"""Regenerates the 50-digit reference values of the special functions of @crimestats/rates:

    packages/rates/src/normalQuantile.test.ts      REFERENCE  (standard normal quantile)
    packages/rates/src/chiSquaredQuantile.test.ts  REFERENCE and the tiny quantiles of small df
    packages/rates/src/rateRatioTest.test.ts       limits for 1 event against 999,999 and 1e15

Each is computed with mpmath at 50 significant digits at the binary double nearest each p (the
p the test passes), independently of the package's code. Run with

    python3 scripts/reference/special-functions.py

(mpmath only; scipy supplies nothing here.) Values print with 25 significant digits.
"""

from mpmath import mp, mpf, ncdf, gammainc, gamma, log, exp, nstr

mp.dps = 50


def s(x, digits=25):
    return nstr(x, digits, min_fixed=-4, max_fixed=20)


def bisect(f, lo, hi, steps=400):
    """Root of an increasing f between lo and hi, by bisection (in log space when lo > 0)."""
    logscale = lo > 0
    a, b = (log(lo), log(hi)) if logscale else (lo, hi)
    for _ in range(steps):
        m = (a + b) / 2
        if f(exp(m) if logscale else m) < 0:
            a = m
        else:
            b = m
    m = (a + b) / 2
    return exp(m) if logscale else m


def normal_quantile(p):
    p = mpf(p)  # the double nearest the literal, exactly
    return bisect(lambda z: ncdf(z) - p, mpf(-40), mpf(40))


def chi_squared_quantile(p, df):
    p, a = mpf(p), mpf(df) / 2
    return bisect(lambda x: gammainc(a, 0, x / 2, regularized=True) - p, mpf("1e-300"), mpf(1e6))


print("# normalQuantile.test.ts REFERENCE [p, z]")
for p in [0.975, 0.999, 0.0001, 0.025, 0.9, 1e-10, 0.3, 0.7, 0.999999999, 1e-20, 1e-300]:
    print(f"  [{p!r}, {s(normal_quantile(p))}],")

print("\n# chiSquaredQuantile.test.ts REFERENCE [p, df, x]")
for p, df in [(0.95, 1), (0.998, 1), (0.975, 1), (0.025, 2), (0.975, 2), (0.001, 2), (0.999, 4), (0.025, 8),
              (0.975, 10), (0.001, 20), (0.999, 22), (0.5, 0.5), (1e-10, 3), (0.3, 0.1), (0.025, 10000),
              (0.975, 10002), (0.999999, 7), (0.05, 200), (0.0001, 1), (0.9, 123.4)]:
    print(f"  [{p!r}, {df!r}, {s(chi_squared_quantile(p, df))}],")

print("\n# tiny quantiles of small df: 2 (p Gamma(a + 1))^(1/a), a = df / 2 [p, df, x]")
for p, df in [(1e-12, 0.2457702688187156), (1e-6, 0.5)]:
    a = mpf(df) / 2
    print(f"  [{p!r}, {df!r}, {s(2 * (mpf(p) * gamma(a + 1)) ** (1 / a), 20)}],")

print("\n# rateRatioTest.test.ts: one event against b events, equal populations")
for b in [999_999, 10**15]:
    b = mpf(b)
    # lower limit: odds (1 - q) / q with I_q(2, b) = 1 - (1 - q)^b (1 + b q) = 0.975
    q = bisect(lambda q: 1 - (1 - q) ** b * (1 + b * q) - mpf("0.975"), mpf("1e-40"), mpf(1) / 2)
    lower = (1 - q) / q
    # upper limit: odds (1 - q) / q with I_q(1, b + 1) = 1 - (1 - q)^(b + 1) = 0.025
    q = bisect(lambda q: 1 - (1 - q) ** (b + 1) - mpf("0.025"), mpf("1e-40"), mpf(1) / 2)
    upper = (1 - q) / q
    print(f"b = {int(b)}: lower {s(lower, 23)}, upper {s(upper, 23)}")
