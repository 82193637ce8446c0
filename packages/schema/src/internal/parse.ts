import { describeValue } from "@crimestats/internal";
import type * as z from "zod/mini";
import { SchemaError, type SchemaProblem } from "../SchemaError.js";
import { formatPath, typeName } from "./describe.js";
import type { ParseOptions, SafeParseResult } from "../ParseOptions.js";

type RawIssue = z.core.$ZodRawIssue;

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Plain-English message for a zod issue that the schema did not word itself. */
function plainEnglish(issue: RawIssue): string {
  const input = issue.input;
  switch (issue.code) {
    case "invalid_type": {
      const expected = typeName(String(issue.expected));
      // An absent field is missing; an input that is itself undefined is named as such.
      if (input === undefined && (issue.path?.length ?? 0) > 0) return `is missing (expected ${expected})`;
      return `${describeValue(input)} is not ${expected}`;
    }
    case "too_small": {
      const min = issue.minimum;
      if (issue.origin === "array" || issue.origin === "set") {
        return `has ${plural(Array.isArray(input) ? input.length : 0, "item", "items")} (expected at least ${String(min)})`;
      }
      if (issue.origin === "string") {
        return input === ""
          ? "is empty (expected some text)"
          : `${describeValue(input)} is too short (expected at least ${plural(Number(min), "character", "characters")})`;
      }
      return issue.inclusive === false ? `${describeValue(input)} is not greater than ${String(min)}` : `${describeValue(input)} is less than ${String(min)}`;
    }
    case "too_big": {
      const max = issue.maximum;
      if (issue.origin === "array" || issue.origin === "set") {
        return `has ${plural(Array.isArray(input) ? input.length : 0, "item", "items")} (expected at most ${String(max)})`;
      }
      if (issue.origin === "string") return `${describeValue(input)} is too long (expected at most ${plural(Number(max), "character", "characters")})`;
      return issue.inclusive === false ? `${describeValue(input)} is not less than ${String(max)}` : `${describeValue(input)} is more than ${String(max)}`;
    }
    case "invalid_value": {
      const values = issue.values.map((v) => describeValue(v));
      if (input === undefined && (issue.path?.length ?? 0) > 0) return `is missing (expected ${values.length === 1 ? "" : "one of "}${values.join(", ")})`;
      if (values.length === 1) return `${describeValue(input)} is not ${values[0] ?? ""}`;
      return `${describeValue(input)} is not one of ${values.join(", ")}`;
    }
    case "unrecognized_keys":
      return `has unknown field${issue.keys.length === 1 ? "" : "s"} ${issue.keys.map((k) => JSON.stringify(k)).join(", ")}`;
    case "invalid_union": {
      // A discriminated union whose discriminator ("kind") has no matching option.
      const { discriminator, options } = issue as { discriminator?: unknown; options?: unknown };
      if (typeof discriminator === "string" && Array.isArray(options) && input !== null && typeof input === "object") {
        const value = (input as Record<string, unknown>)[discriminator];
        const allowed = options.map((o) => describeValue(o)).join(", ");
        return value === undefined ? `is missing (expected one of ${allowed})` : `${describeValue(value)} is not one of ${allowed}`;
      }
      return `${describeValue(input)} matches none of the allowed forms`;
    }
    case "invalid_format":
      return `${describeValue(input)} is not a valid ${issue.format}`;
    case "not_multiple_of":
      return `${describeValue(input)} is not a multiple of ${String(issue.divisor)}`;
    case "invalid_key":
      return `has an invalid key ${describeValue(input)}`;
    case "invalid_element":
      return `has an invalid element ${describeValue(input)}`;
    default:
      return issue.message ?? `${describeValue(input)} is not valid`;
  }
}

/**
 * Validates `input` against `schema`, throwing a {@link SchemaError} that lists every problem.
 */
export function parseWith<T>(schema: z.ZodMiniType<T>, name: string, input: unknown, options?: ParseOptions): T {
  const result = safeParseWith(schema, name, input, options);
  if (result.success) return result.data;
  throw result.error;
}

/**
 * Validates `input` against `schema` without throwing.
 */
export function safeParseWith<T>(schema: z.ZodMiniType<T>, name: string, input: unknown, options?: ParseOptions): SafeParseResult<T> {
  const label: unknown = options?.label;
  if (label !== undefined && typeof label !== "string") {
    // A label that is not text cannot prefix a path: say so, as a problem of the options.
    const problem = { path: "options.label", message: `${describeValue(label)} is not text (expected a path such as "counts[3]")`, code: "invalid_type" };
    return { success: false, error: new SchemaError(name, [problem]) };
  }
  const result = schema.safeParse(input, { error: plainEnglish, reportInput: true });
  if (result.success) return { success: true, data: result.data };
  const prefix = label ?? "";
  const problems: SchemaProblem[] = result.error.issues.map((issue) => ({
    path: formatPath(prefix, issue.path),
    message: issue.message,
    code: issue.code,
  }));
  return { success: false, error: new SchemaError(name, problems) };
}
