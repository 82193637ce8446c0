import * as rates from "@crimestats/rates";
import { BenchmarkError, type BenchmarkErrorCode } from "../BenchmarkError.js";

/** The codes the two packages share: a `RatesError` with one of them keeps it. */
const SHARED: ReadonlySet<string> = new Set<BenchmarkErrorCode>([
  "invalid-argument",
  "invalid-option",
  "invalid-count",
  "invalid-population",
  "invalid-number",
  "invalid-confidence",
]);

/**
 * The calculations this package takes from `@crimestats/rates`, each turning a `RatesError` into
 * a `BenchmarkError` with the same message and, for the suite's shared faults (`invalid-count`,
 * `invalid-confidence`, …), the same code; any other code becomes `invalid-number`
 * (`details.ratesCode` keeps the original), so that every public function of this package throws
 * only its own error class whatever it is given.
 */
function guard<A extends unknown[], R>(call: (...args: A) => R): (...args: A) => R {
  return (...args: A): R => {
    try {
      return call(...args);
    } catch (error) {
      if (!(error instanceof rates.RatesError)) throw error;
      const kebab = String(error.code).toLowerCase().replace(/_/g, "-");
      const code = (SHARED.has(kebab) ? kebab : "invalid-number") as BenchmarkErrorCode;
      throw new BenchmarkError(code, error.message, { ...error.details, ratesCode: error.code });
    }
  };
}

/** `rate` of `@crimestats/rates`, throwing `BenchmarkError`. */
export const rate = guard(rates.rate);
/** `percentChange` of `@crimestats/rates`, throwing `BenchmarkError`. */
export const percentChange = guard(rates.percentChange);
/** `roundHalfUp` of `@crimestats/rates`, throwing `BenchmarkError`. */
export const roundHalfUp = guard(rates.roundHalfUp);
/** `chiSquaredQuantile` of `@crimestats/rates`, throwing `BenchmarkError`. */
export const chiSquaredQuantile = guard(rates.chiSquaredQuantile);
/** `normalQuantile` of `@crimestats/rates`, throwing `BenchmarkError`. */
export const normalQuantile = guard(rates.normalQuantile);
/** `exactPoissonInterval` of `@crimestats/rates`, throwing `BenchmarkError`. */
export const exactPoissonInterval = guard(rates.exactPoissonInterval);
