# Regenerates the reference values of the interval tests of @crimestats/rates:
#   packages/rates/src/exactPoissonInterval.test.ts, byarInterval.test.ts, rate.test.ts,
#   proportion.test.ts, directlyStandardisedRate.test.ts.
#
# The methods are those of the R package PHEindicatormethods (UKHSA): byars_lower/byars_upper,
# phe_rate (exact Poisson below 10 events, Byar from 10), wilson_lower/wilson_upper
# (phe_proportion) and calculate_dsr/phe_dsr (Dobson et al. 1991), and of
# stats::poisson.test for the exact Poisson limits (Garwood 1936). Only base R is used, with the
# formulas those functions document, so anyone with R can run it:
#
#   Rscript scripts/reference/rates-intervals.R
#
# Each value is printed with 17 significant digits, in the order of the tests' tables.

g <- function(x) if (is.na(x)) "null" else sprintf("%.17g", x)
row <- function(...) cat("  [", paste(vapply(list(...), g, ""), collapse = ", "), "],\n", sep = "")
z <- function(confidence) qnorm(1 - (1 - confidence) / 2)

# Exact Poisson limits on a count (Garwood): chi-squared quantiles.
exact_lower <- function(x, confidence) if (x == 0) 0 else qchisq((1 - confidence) / 2, 2 * x) / 2
exact_upper <- function(x, confidence) qchisq(1 - (1 - confidence) / 2, 2 * x + 2) / 2

# Byar's approximation (PHEindicatormethods byars_lower / byars_upper); a negative lower is NA.
byar_lower <- function(x, confidence) {
  if (x == 0) return(0)
  l <- x * (1 - 1 / (9 * x) - z(confidence) / (3 * sqrt(x)))^3
  if (l < 0) NA else l
}
byar_upper <- function(x, confidence) (x + 1) * (1 - 1 / (9 * (x + 1)) + z(confidence) / (3 * sqrt(x + 1)))^3

# Wilson score limits (PHEindicatormethods wilson_lower / wilson_upper).
wilson <- function(x, n, confidence, sign) {
  zz <- z(confidence)
  (2 * x + zz^2 + sign * zz * sqrt(zz^2 + 4 * x * (1 - x / n))) / (2 * (n + zz^2))
}

cat("# exactPoissonInterval.test.ts\n")
cat("x = 4 at 95%:", g(exact_lower(4, 0.95)), g(exact_upper(4, 0.95)), "\n")
cat("x = 0 at 95%: upper", g(exact_upper(0, 0.95)), "\n")
# stats::poisson.test documentation example (SMR, Welsh nickel workers): the rate limits.
pt <- poisson.test(137, 24.19893)
cat("poisson.test(137, 24.19893)$conf.int:", g(pt$conf.int[1]), g(pt$conf.int[2]),
    "(printed", format(pt$conf.int[1], digits = 7), format(pt$conf.int[2], digits = 7), ")\n")
cat("rows [x, L95, U95, L99.8, U99.8] on the count scale:\n")
for (x in c(1, 5)) row(x, exact_lower(x, 0.95), exact_upper(x, 0.95), exact_lower(x, 0.998), exact_upper(x, 0.998))
cat("large counts [count, lower, upper] at 95%:\n")
for (x in c(1e6, 1e9, 1e12, 1e15, 2^53 - 1)) row(x, exact_lower(x, 0.95), exact_upper(x, 0.95))

cat("\n# byarInterval.test.ts: [x, confidence, lower, upper]\n")
for (case in list(c(65, 0.95), c(1045, 0.95), c(1, 0.95), c(65, 0.998), c(10, 0.998), c(1, 0.998))) {
  row(case[1], case[2], byar_lower(case[1], case[2]), byar_upper(case[1], case[2]))
}

cat("\n# rate.test.ts: phe_rate [x, n, per, value, L95, U95, L99.8, U99.8, method]\n")
phe_rate_row <- function(x, n, per) {
  exact <- x < 10
  lo <- function(c) (if (exact) exact_lower(x, c) else byar_lower(x, c)) / n * per
  up <- function(c) (if (exact) exact_upper(x, c) else byar_upper(x, c)) / n * per
  cat("  [", paste(vapply(list(x, n, per, x / n * per, lo(0.95), up(0.95), lo(0.998), up(0.998)), g, ""), collapse = ", "),
      ", \"", if (exact) "exact" else "byar", "\"],\n", sep = "")
}
for (case in list(c(1, 100, 100), c(5, 100, 100), c(20, 100, 100), c(9856, 12345, 100), c(222, 3215, 100000), c(250, 220, 100000))) {
  phe_rate_row(case[1], case[2], case[3])
}
cat("grouped input 2 per 200 per 100,000:", g(2 / 200 * 1e5), g(exact_lower(2, 0.95) / 200 * 1e5), g(exact_upper(2, 0.95) / 200 * 1e5), "\n")
cat("documented example rate(14866, 248880) per 1,000:", g(14866 / 248880 * 1000), "\n")

cat("\n# proportion.test.ts: Wilson [x, n, L95, U95, L99.8, U99.8]\n")
for (case in list(c(1, 100), c(65, 100), c(9856, 12345), c(1045, 5000))) {
  x <- case[1]; n <- case[2]
  row(x, n, wilson(x, n, 0.95, -1), wilson(x, n, 0.95, 1), wilson(x, n, 0.998, -1), wilson(x, n, 0.998, 1))
}
cat("Wilson 95% cross-checks at 4 dp (Newcombe 1998, method 3) [x, n, lower, upper]:\n")
for (case in list(c(81, 263), c(15, 148), c(0, 20), c(1, 29))) {
  x <- case[1]; n <- case[2]
  cat("  [", x, ", ", n, ", ", sprintf("%.4f", wilson(x, n, 0.95, -1)), ", ", sprintf("%.4f", wilson(x, n, 0.95, 1)), "],\n", sep = "")
}

cat("\n# directlyStandardisedRate.test.ts: Dobson DSR per 10,000, European Standard Population 2013\n")
counts <- c(127, 25, 18, 21, 12, 27, 48, 27, 29, 32, 32, 34, 45, 65, 38, 68, 74, 82, 91)
populations <- c(636, 558, 609, 543, 384, 594, 669, 843, 660, 576, 606, 522, 426, 273, 300, 288, 153, 123, 207)
esp2013 <- c(5000, 5500, 5500, 5500, 6000, 6000, 6500, 7000, 7000, 7000, 7000, 6500, 6000, 5500, 5000, 4000, 2500, 1500, 1000)
dobson <- function(x, n, w, per, confidence) {
  o <- sum(x)
  dsr <- sum(w * x / n) / sum(w)
  v <- sum(x * (w / n)^2) / sum(w)^2
  c(value = dsr * per,
    lower = (dsr + sqrt(v / o) * (byar_lower(o, confidence) - o)) * per,
    upper = (dsr + sqrt(v / o) * (byar_upper(o, confidence) - o)) * per)
}
d95 <- dobson(counts, populations, esp2013, 10000, 0.95)
d998 <- dobson(counts, populations, esp2013, 10000, 0.998)
cat("count", sum(counts), "population", sum(populations), "\n")
cat("value", g(d95[["value"]]), "\n95%:", g(d95[["lower"]]), g(d95[["upper"]]), "\n99.8%:", g(d998[["lower"]]), g(d998[["upper"]]), "\n")
