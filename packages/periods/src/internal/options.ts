import { describeValue } from "@crimestats/internal";
import { PeriodError } from "../PeriodError.js";

/**
 * The options argument of a function: `{}` when it is left out (`undefined`), the object itself
 * when it is one. Anything else (`null`, a number, a string, an array) throws `invalid-option`
 * naming the function, so that a careless caller gets a `PeriodError` rather than a `TypeError`
 * from reading a property of `null`.
 */
export function readOptions<T extends object>(options: T | undefined, fn: string, example: string): T | Record<string, never> {
  if (options === undefined) return {};
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new PeriodError(
      "invalid-option",
      `The options of ${fn} are ${Array.isArray(options) ? "an array" : describeValue(options)}; expected an object such as ${example}, or no options.`,
      { option: "options", value: options },
    );
  }
  return options;
}
