import type { SafeParseResult } from "../src/ParseOptions.js";

/** The problems of a `safeParse…` result as "path: message" lines (none when the input is accepted). */
export function problemLines(result: SafeParseResult<unknown>): string[] {
  return result.success ? [] : result.error.details.problems.map((p) => `${p.path}: ${p.message}`);
}
