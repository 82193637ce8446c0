import { RatesError } from "../RatesError.js";

/** Relative difference |a − b| / |b| (absolute when b is 0); for tests. */
export function relativeError(a: number, b: number): number {
  return b === 0 ? Math.abs(a) : Math.abs(a - b) / Math.abs(b);
}

/** For tests: the code of the RatesError `f` throws, or a note that nothing (or something else) was thrown. */
export function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (error) {
    return error instanceof RatesError ? error.code : `not a RatesError: ${String(error)}`;
  }
  return "nothing thrown";
}
