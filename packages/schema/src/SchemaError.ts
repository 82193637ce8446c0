/**
 * One problem found while validating input against a schema.
 */
export interface SchemaProblem {
  /** Where the problem is, in JavaScript notation (`"counts[3].month"`); `""` for the input itself. */
  readonly path: string;
  /** What is wrong, in plain English, naming the bad value and what was expected. */
  readonly message: string;
  /** The zod issue code behind the problem (`"invalid_type"`, `"invalid_format"`, `"custom"`, …). */
  readonly code: string;
}

/**
 * The details carried by a {@link SchemaError}.
 */
export interface SchemaErrorDetails {
  /** The name of the schema that rejected the input (`"CountRow"`, `"Strategy"`, …). */
  readonly schema: string;
  /** Every problem found, in the order zod reported them. */
  readonly problems: readonly SchemaProblem[];
}

/**
 * The error thrown by every `parse<Thing>` function of `@crimestats/schema` (and returned by the
 * `safeParse<Thing>` functions). Its message lists every problem, one per line, as
 * `path: what is wrong`; `details.problems` holds the same list for programs.
 *
 * @example
 * ```ts
 * try {
 *   parseCountRow({ area: "E09000015", month: "2019-13", offence: "burglary", count: 3,
 *     unit: "offences", source: "MPS", vintage: "2019-06" }, { label: "counts[3]" });
 * } catch (error) {
 *   (error as SchemaError).details.problems[0]?.message;
 *   //=> '"2019-13" is not a month (expected YYYY-MM)'
 * }
 * ```
 */
export class SchemaError extends Error {
  /** Always `"invalid-data"`: the input does not match the schema. Match on `code`, never on the message. */
  readonly code: "invalid-data";
  /** The schema name and every problem found. */
  readonly details: SchemaErrorDetails;

  /**
   * Creates a schema error whose message lists every problem by path.
   *
   * @param schema - The name of the schema that rejected the input (`"CountRow"`).
   * @param problems - The problems found (at least one).
   * @returns The error (constructors return their instance).
   * @throws Never.
   * @example
   * ```ts
   * new SchemaError("CountRow", [{ path: "count", message: "-1 is less than 0", code: "too_small" }]).message;
   * //=> "CountRow is not valid (1 problem):\ncount: -1 is less than 0"
   * ```
   */
  constructor(schema: string, problems: readonly SchemaProblem[]) {
    const lines = problems.map((p) => `${p.path === "" ? "(input)" : p.path}: ${p.message}`);
    const n = problems.length;
    super(`${schema} is not valid (${n} problem${n === 1 ? "" : "s"}):\n${lines.join("\n")}`);
    this.name = "SchemaError";
    this.code = "invalid-data";
    this.details = { schema, problems };
  }
}
