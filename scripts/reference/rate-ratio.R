# Regenerates the R reference values of the exact conditional rate-ratio test:
#   packages/rates/src/rateRatioTest.test.ts (documented example, "accuracy and termination at any count")
#   packages/rag/src/evaluate.test.ts (significance of a change in plain counts: binom.test p-values)
#   packages/rates/src/classifyChange.test.ts (p-values, and the smallest p-value any split of the total could give)
#
# stats::poisson.test(c(x1, x2), c(T1, T2)) tests x1 out of x1 + x2 against p0 = T1 / (T1 + T2)
# with binom.test; its limits on the ratio are p / (1 - p) * T2 / T1 on the Clopper-Pearson
# limits of p, which are beta quantiles. poisson.test builds a vector as long as the total count,
# so from 1e9 events only the limits are computed here, with qbeta; the p-values of those cases
# come from scipy (scripts/reference/rate-ratio.py). Run with
#
#   Rscript scripts/reference/rate-ratio.R

g <- function(x) sprintf("%.17g", x)
show <- function(label, t) {
  cat(label, "\n  p =", g(t$p.value), " estimate =", g(t$estimate), " limits =", g(t$conf.int[1]), g(t$conf.int[2]), "\n")
}

cat("# rateRatioTest.test.ts\n")
# Documentation example of stats::poisson.test (eba1977: Fredericia against the other three cities, ages 55-59).
show("poisson.test(c(11, 21), c(800, 3011))", poisson.test(c(11, 21), c(800, 3011)))
show("poisson.test(c(550, 450), c(1e6, 1e6))", poisson.test(c(550, 450), c(1e6, 1e6)))
show("poisson.test(c(501000, 499000), c(1e6, 1e6))", poisson.test(c(501000, 499000), c(1e6, 1e6)))

# Limits from qbeta for equal populations: the ratio is the odds p / (1 - p).
odds_limits <- function(x, n, confidence = 0.95) {
  a <- (1 - confidence) / 2
  lo <- qbeta(a, x, n - x + 1)
  hi <- qbeta(1 - a, x + 1, n - x)
  c(lo / (1 - lo), hi / (1 - hi))
}
for (case in list(c(500020000, 1e9), c(5000010000, 1e10), c(500001000000, 1e12), c(1e10, 1.9e10))) {
  l <- odds_limits(case[1], case[2])
  cat(sprintf("x = %.0f, n = %.0f: limits %s %s\n", case[1], case[2], g(l[1]), g(l[2])))
}
cat("p-value at 1e12 events from pbinom (two-sided, symmetric):",
    g(2 * pbinom(500001000000 - 1, 1e12, 0.5, lower.tail = FALSE)), "\n")

# One event against 999,999: the upper limit from the complement keeps its digits.
q <- qbeta(0.025, 1, 1e6)
cat("q <- qbeta(0.025, 1, 1e6); (1 - q) / q =", g((1 - q) / q), "\n")
show("poisson.test(c(999999, 1), c(1, 1)) (forms p / (1 - p) directly)", poisson.test(c(999999, 1), c(1, 1)))

cat("\n# rag evaluate.test.ts: significance on plain counts (equal exposures)\n")
show("binom.test(2240, 4626)", binom.test(2240, 4626))
show("binom.test(86, 178)", binom.test(86, 178))

cat("\n# classifyChange.test.ts: p-value and the smallest p-value over every split of n = previous + current\n")
# The two-sided p-value is smallest at the least likely split, all n events in one period or all in the other.
smallest_p <- function(n, previous_population, current_population) {
  min(poisson.test(c(0, n), c(current_population, previous_population))$p.value,
      poisson.test(c(n, 0), c(current_population, previous_population))$p.value)
}
# previous count, previous population, current count, current population
for (k in list(c(2386, 248880, 2240, 248880), c(13957, 248880, 14866, 248880), c(21, 3011, 11, 800),
               c(0, 1, 5, 1), c(0, 1, 6, 1), c(3, 1, 3, 1), c(9, 1, 1, 1), c(1, 1, 9, 1), c(8, 1, 1, 1),
               c(2, 100, 0, 300), c(3, 100, 0, 300))) {
  t <- poisson.test(c(k[3], k[1]), c(k[4], k[2]))
  cat(sprintf("poisson.test(c(%g, %g), c(%g, %g)): p = %s, smallest p = %s\n", k[3], k[1], k[4], k[2],
              g(t$p.value), g(smallest_p(k[1] + k[3], k[2], k[4]))))
}
for (n in 4:11) cat("equal populations, n =", n, ": smallest p =", g(smallest_p(n, 1, 1)), "\n")
