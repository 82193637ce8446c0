import { expect } from "vitest";
import { PeriodError, type PeriodErrorCode } from "../PeriodError.js";

/** Asserts that `fn` throws a PeriodError with `code` whose message contains every `fragments` item. */
export function expectPeriodError(fn: () => unknown, code: PeriodErrorCode, ...fragments: string[]): PeriodError {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(PeriodError);
  const error = caught as PeriodError;
  expect(error.code).toBe(code);
  expect(error.name).toBe("PeriodError");
  for (const fragment of fragments) expect(error.message).toContain(fragment);
  return error;
}
