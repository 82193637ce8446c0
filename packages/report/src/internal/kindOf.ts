/**
 * What a value is, for an error message: a short string or a number as written, else its kind
 * ("null", "an array", "an object", "bigint", "symbol", "undefined"). Never throws, whatever the
 * value (a BigInt, a Symbol, an object without a prototype).
 */
export function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (typeof value === "number") return String(value);
  return typeof value === "object" ? "an object" : typeof value;
}
