import * as rates from "@crimestats/rates";
import { BenchmarkError, type BenchmarkErrorCode } from "../BenchmarkError.js";

/**
 * The calculations this package takes from `@crimestats/rates`, each turning a `RatesError` into
 * a `BenchmarkError` with the same message (`invalid-option` for a bad option or confidence
 * level, `invalid-number` otherwise; `details.ratesCode` keeps the original code), so that every
 * public function of this package throws only its own error class whatever it is given.
 */
function guard<A extends unknown[], R>(call: (...args: A) => R): (...args: A) => R {
  return (...args: A): R => {
    try {
      return call(...args);
    } catch (error) {
      if (!(error instanceof rates.RatesError)) throw error;
      const code: BenchmarkErrorCode =
        error.code === "INVALID_OPTION" || error.code === "INVALID_CONFIDENCE" ? "invalid-option" : "invalid-number";
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
