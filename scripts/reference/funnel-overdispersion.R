# Regenerates the computed reference values of packages/benchmark/src/funnelOverdispersion.test.ts:
# Spiegelhalter's (2005, "Handling over-dispersion of performance indicators", Qual Saf Health
# Care 14:347-351) winsorised multiplicative over-dispersion factor for Poisson counts, written
# from the paper's formulas in base R (the winsorising as FunnelPlotR's `winsorisation`: R's
# default quantile, type 7, of the z-scores; values beyond the cut points set to them).
# Base R only. Run with
#
#   Rscript scripts/reference/funnel-overdispersion.R

g <- function(x) sprintf("%.17g", x)

estimate <- function(count, population, benchmark, per = 1000, winsorise = 0.1, scale = "rate", confidence = 0.95) {
  expected <- benchmark * population / per
  z <- if (scale == "rate") (count - expected) / sqrt(expected) else 2 * (sqrt(count) - sqrt(expected))
  lo <- quantile(z, winsorise, names = FALSE)
  hi <- quantile(z, 1 - winsorise, names = FALSE)
  zw <- pmin(pmax(z, lo), hi)
  n <- length(z)
  phi <- sum(zw^2) / n
  critical <- qchisq(confidence, n - 1)
  list(z = z, zw = zw, phi = phi, statistic = n * phi, critical = critical, detected = n * phi > critical)
}

show <- function(name, r) {
  cat("#", name, "\n")
  cat("z:          ", paste(g(r$z), collapse = ", "), "\n")
  cat("winsorised: ", paste(g(r$zw), collapse = ", "), "\n")
  cat("phi:        ", g(r$phi), "\n")
  cat("n * phi:    ", g(r$statistic), "\n")
  cat("critical:   ", g(r$critical), "\n")
  cat("detected:   ", r$detected, "\n\n")
}

# Ten generated areas around a benchmark of 80 per 1,000 (hand-written counts, spread well beyond
# Poisson variation).
count <- c(812, 1530, 2950, 2400, 1710, 3605, 990, 2210, 4020, 1405)
population <- c(12000, 21000, 33000, 30000, 22500, 41000, 15500, 26000, 45000, 19000)
show("ten areas, benchmark 80 per 1,000, winsorise 0.1, z on the rate scale", estimate(count, population, 80))
show("the same, square-root z = 2(sqrt(O) - sqrt(E))", estimate(count, population, 80, scale = "sqrt"))
show("the same, not winsorised", estimate(count, population, 80, winsorise = 0))
# Six areas whose counts are close to expected (Poisson-like): not over-dispersed.
count2 <- c(98, 205, 290, 412, 497, 611)
population2 <- c(1000, 2000, 3000, 4000, 5000, 6000)
show("six areas close to a benchmark of 100 per 1,000", estimate(count2, population2, 100))
