import { describeValue, withDisplay } from "@crimestats/internal";
import { RagError } from "../RagError.js";
import type { PeriodLike, RagResultCode, RagResult, RuleInput } from "../evaluate.js";
import type { RagStatus, Rule } from "../types.js";
import { statusWord } from "./format.js";

/** Builds a result whose explanation starts with the status word, shown as that sentence in a REPL. */
export function verdict(status: RagStatus, code: RagResultCode, sentence: string, rule: Rule, inputs: RuleInput, complete = false): RagResult {
  return ragResult({ status, complete, code, explanation: `${statusWord(status)}: ${sentence}`, rule, inputs });
}

/** A result with its REPL display: `util.inspect` shows the explanation ("Amber: …"); the data are unchanged. */
export function ragResult(result: RagResult): RagResult {
  return withDisplay(result, (r) => r.explanation);
}

/** A finite number, or `null` for missing data; anything else is an input error. */
export function optionalNumber(value: unknown, path: string): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new RagError(
      typeof value === "number" ? "invalid-number" : "invalid-argument",
      `${path} is ${describeValue(value)}; expected a finite number, or null for missing data.`,
      {
        path,
        value,
      },
    );
  }
  return value;
}

/** An optional string property; anything other than a string or `undefined` is an input error. */
export function optionalString(value: unknown, path: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string") {
    throw new RagError("invalid-argument", `${path} is ${describeValue(value)}; expected a string.`, { path, value });
  }
  return value;
}

/** Checks an optional value against its allowed values: `null`/`undefined` pass, anything else not listed is an input error. */
export function optionalOneOf(value: unknown, allowed: readonly string[], path: string): void {
  if (value !== null && value !== undefined && !allowed.includes(value as string)) {
    throw new RagError("invalid-argument", `${path} is ${describeValue(value)}; expected one of ${allowed.map((a) => `"${a}"`).join(", ")}, or null.`, {
      path,
      value,
    });
  }
}

/** A label with "the" before "N months to …" (`"12 months to Dec 2018"` → `"the 12 months to Dec 2018"`). */
function withArticle(label: string): string {
  return /^\d+ months? to /.test(label) ? `the ${label}` : label;
}

/** The text after "in" for a period: text or a `Period`'s label, with "the" before "N months to". */
export function periodText(period: PeriodLike | undefined, path: string): string | undefined {
  if (period === undefined) return undefined;
  if (typeof period === "string") return withArticle(period);
  if (period !== null && typeof period === "object" && typeof period.label === "string") {
    return withArticle(period.label);
  }
  throw new RagError("invalid-argument", `${path} is ${describeValue(period)}; expected text or a period with a label.`, {
    path,
    value: period,
  });
}

/** `" burglaries in the 12 months to Dec 2018"` (leading space), or `""`. */
export function context(what: string | undefined, period: string | undefined): string {
  return `${what === undefined ? "" : ` ${what}`}${period === undefined ? "" : ` in ${period}`}`;
}

/** `"for burglaries in 2018"`-style phrase for a missing value, leading space. */
export function forContext(what: string | undefined, period: string | undefined): string {
  return `${what === undefined ? "" : ` for ${what}`}${period === undefined ? "" : ` in ${period}`}`;
}

/** Checks that the input is an object (not an array). */
export function requireObject(input: unknown, path: string, expected: string): Record<string, unknown> {
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    throw new RagError("invalid-argument", `${path} is ${describeValue(input)}; expected ${expected}.`, { path, value: input });
  }
  return input as Record<string, unknown>;
}
