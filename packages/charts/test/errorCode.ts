import { expect } from "vitest";
import { ChartsError } from "../src/ChartsError.js";

/** The `code` of the ChartsError a call throws (failing the test when it throws anything else), or undefined when it returns. */
export function errorCode(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ChartsError);
    return (error as ChartsError).code;
  }
  return undefined;
}
