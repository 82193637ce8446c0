/**
 * Shows a value in an error message: strings quoted (and shortened), numbers as written,
 * objects and arrays by kind, so messages stay one line.
 */
export function show(value: unknown): string {
  if (typeof value === "string") {
    const s = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return JSON.stringify(s);
  }
  if (typeof value === "number") return Number.isNaN(value) ? "NaN" : String(value);
  if (typeof value === "bigint") return `${value}n`;
  if (value === null) return "null";
  if (value === undefined) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (value instanceof Date) return "a Date";
  if (typeof value === "object") return "an object";
  return typeof value;
}

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
  return iss.input === undefined ? "is missing (expected a whole number)" : `${show(iss.input)} is not a whole number`;
}
