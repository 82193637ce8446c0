/**
 * Describes any value for an error message, without throwing: strings quoted (cut to 80
 * characters), numbers, booleans and BigInts as written (`10n`), and everything else by kind
 * ("null", "a symbol", "an array", "an object"), so that a prototype-less object or a BigInt
 * never breaks the message that names it.
 */
export function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "bigint") return `${value}n`;
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (typeof value === "symbol") return "a symbol";
  if (typeof value === "function") return "a function";
  return Array.isArray(value) ? "an array" : "an object";
}
