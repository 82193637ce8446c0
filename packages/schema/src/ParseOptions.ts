import type { SchemaError } from "./SchemaError.js";

/**
 * Options of every `parse<Thing>` and `safeParse<Thing>` function.
 */
export interface ParseOptions {
  /**
   * Where the value sits in a larger document, put in front of every problem's path, so a row
   * checked on its own still reports `counts[3].month` rather than `month`. Default: none. A label
   * that is not a string is itself a problem: `parse…` throws and `safeParse…` fails with a
   * {@link SchemaError} whose problem path is `options.label`.
   */
  readonly label?: string;
}

/**
 * The result of a `safeParse<Thing>` function: the validated value, or the {@link SchemaError}
 * that `parse<Thing>` would have thrown.
 */
export type SafeParseResult<T> =
  | {
      /** The input is valid. */
      readonly success: true;
      /** The validated value (with defaults filled in). */
      readonly data: T;
    }
  | {
      /** The input is not valid. */
      readonly success: false;
      /** Every problem found, by path. */
      readonly error: SchemaError;
    };
