export { RatesError, type RatesErrorCode } from "./RatesError.js";
export { roundHalfUp } from "./roundHalfUp.js";
export { normalQuantile } from "./normalQuantile.js";
export { chiSquaredQuantile } from "./chiSquaredQuantile.js";
export { exactPoissonInterval, type CountInterval } from "./exactPoissonInterval.js";
export { byarInterval } from "./byarInterval.js";
export {
  rate,
  type RateConfidence,
  type RateInterval,
  type RateMethod,
  type RateOptions,
  type RateResult,
} from "./rate.js";
