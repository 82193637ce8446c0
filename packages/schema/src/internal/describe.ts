import { describeValue } from "@crimestats/internal";

const TYPE_NAMES: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  object: "an object",
  array: "a list",
  null: "null",
  bigint: "a bigint",
  date: "a Date",
};

/** Plain-English name of a zod expected type. */
export function typeName(expected: string): string {
  return TYPE_NAMES[expected] ?? expected;
}

/** Formats a zod issue path as JavaScript notation: `counts[3].month`. */
export function formatPath(prefix: string, path: readonly PropertyKey[]): string {
  let out = prefix;
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string" && /^[A-Za-z_$][\w$]*$/.test(key)) out += out === "" ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** Error wording for a whole-number field, whatever the bad input. */
export function wholeNumberError(iss: { code?: string; input?: unknown }): string | undefined {
  if (iss.code !== "invalid_type") return undefined;
  return iss.input === undefined ? "is missing (expected a whole number)" : `${describeValue(iss.input)} is not a whole number`;
}
