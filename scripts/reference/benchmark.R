# Regenerates the computed reference values of @crimestats/benchmark's tests:
#   packages/benchmark/src/compareWithBenchmark.test.ts  funnel significance of observed against
#     expected counts; the "SPC for proportions" verdicts
#   packages/benchmark/src/trend.test.ts                 chi-squared thresholds and prop.trend.test
#   packages/benchmark/src/quantileBand.test.ts          quantile(type = 7) cut points
#   packages/benchmark/src/funnelLimits.test.ts          (cross-check of scripts/reference/funnel-limits.py)
# Base R only. Run with
#
#   Rscript scripts/reference/benchmark.R

g <- function(x) sprintf("%.17g", x)
q15 <- function(x) format(x, digits = 15)  # quantiles at 15 digits: the last bits depend on how p·(n − 1) is formed
z <- function(confidence) qnorm(1 - (1 - confidence) / 2)
byar_lower <- function(x, c) x * (1 - 1 / (9 * x) - z(c) / (3 * sqrt(x)))^3
byar_upper <- function(x, c) (x + 1) * (1 - 1 / (9 * (x + 1)) + z(c) / (3 * sqrt(x + 1)))^3
exact_lower <- function(x, c) if (x == 0) 0 else qchisq((1 - c) / 2, 2 * x) / 2
exact_upper <- function(x, c) qchisq(1 - (1 - c) / 2, 2 * x + 2) / 2

cat("# compareWithBenchmark: funnel significance of an observed count against its expected count\n")
cat("# (the labels of PHEindicatormethods::assign_funnel_significance: exact Poisson limits below 10\n")
cat("# observed events, Byar's otherwise; inputs from that package's tests/testthat/testdata_funnel_ratio_inputs.csv)\n")
label <- function(observed, expected) {
  lo <- if (observed < 10) exact_lower else byar_lower
  up <- if (observed < 10) exact_upper else byar_upper
  if (expected < lo(observed, 0.998)) return("High (0.001)")
  if (expected < lo(observed, 0.95)) return("High (0.025)")
  if (expected > up(observed, 0.998)) return("Low (0.001)")
  if (expected > up(observed, 0.95)) return("Low (0.025)")
  "Not significant"
}
for (case in list(c(151, 106.4429719), c(150, 119.5695496), c(159, 232.9329036), c(101, 126.2973615), c(8, 6.239860227))) {
  cat(sprintf("  [%s, %s, \"%s\"],\n", case[1], case[2], label(case[1], case[2])))
}

cat("\n# compareWithBenchmark: SPC for proportions, lower is better, P0 = 8.9611086876279327%\n")
cat("# (cases of the Fingertips test SpcForProportionsComparerTest); Wilson limits around P0 for each N\n")
spc <- function(p0, n, confidence) {
  zz <- z(confidence); e <- n * p0 / 100
  (2 * e + zz^2 + c(-1, 1) * zz * sqrt(zz^2 + 4 * e * (1 - e / n))) / (2 * (n + zz^2)) * 100
}
for (case in list(c(7.7065767284991562, 5930), c(9.8988121425428961, 2273), c(12.474645030425965, 1972))) {
  l95 <- spc(8.9611086876279327, case[2], 0.95); l998 <- spc(8.9611086876279327, case[2], 0.998)
  verdict <- if (case[1] < l998[1]) "best" else if (case[1] < l95[1]) "better" else if (case[1] > l998[2]) "worst" else if (case[1] > l95[2]) "worse" else "similar"
  one <- if (case[1] < l95[1]) "better" else if (case[1] > l95[2]) "worse" else "similar"
  cat(sprintf("  N = %d: 95%% %s-%s, 99.8%% %s-%s; at 95%%: %s, at both levels: %s\n", case[2], g(l95[1]), g(l95[2]), g(l998[1]), g(l998[2]), one, verdict))
}
cat("P0 = 8.9611086876279327%, N = 5930 limits (funnelLimits binomial):", g(spc(8.9611086876279327, 5930, 0.95)), g(spc(8.9611086876279327, 5930, 0.998)), "\n")
cat("E = 10 exact Poisson limits (funnelLimits): 95%", g(exact_lower(10, 0.95)), g(exact_upper(10, 0.95)),
    "99.8%", g(exact_lower(10, 0.998)), g(exact_upper(10, 0.998)), "\n")

cat("\n# trend.test.ts\n")
cat("qchisq(0.998, 1) =", g(qchisq(0.998, 1)), " (Fingertips recent-trend threshold)\n")
cat("qchisq(0.99, 1) =", g(qchisq(0.99, 1)), "\n")
# Documentation example of stats::prop.trend.test (smokers among patients).
smokers <- c(83, 90, 129, 70); patients <- c(86, 93, 136, 82)
cat("prop.trend.test(smokers, patients) X-squared =", g(prop.trend.test(smokers, patients)$statistic), "\n")

cat("\n# quantileBand.test.ts: quantile(type = 7), as Excel PERCENTILE.INC\n")
cat("quantile(1:50, seq(0, 1, 0.2)) =", q15(quantile(1:50, seq(0, 1, 0.2), type = 7, names = FALSE)), "\n")
cat("quantile(c(1, 3, 2, 4), 0.3) =", q15(quantile(c(1, 3, 2, 4), 0.3, type = 7, names = FALSE)), "\n")
cat("quantile(1:4, c(0.25, 0.5, 0.75)) =", q15(quantile(1:4, c(0.25, 0.5, 0.75), type = 7, names = FALSE)), "\n")
cat("quantile(c(0, 0, 0.3, 1.2, 1.23, 3.5, 10, 12, 23.3, 32.1), c(0.25, 0.5, 0.75)) =",
    q15(quantile(c(0, 0, 0.3, 1.2, 1.23, 3.5, 10, 12, 23.3, 32.1), c(0.25, 0.5, 0.75), type = 7, names = FALSE)), "\n")
