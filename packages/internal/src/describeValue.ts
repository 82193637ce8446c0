/**
 * A value as an error message shows it, on one line: text quoted (and shortened past 60
 * characters), numbers, booleans, `null` and `undefined` as JavaScript writes them, and other
 * things by kind. Every package of the suite names a bad value this way.
 *
 * @example
 * ```ts
 * describeValue("2019-13"); //=> "\"2019-13\""
 * describeValue(undefined); //=> "undefined"
 * describeValue(-0);        //=> "-0"
 * describeValue([1, 2]);    //=> "an array of 2 items"
 * ```
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case "string":
      return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
    case "number":
      return Object.is(value, -0) ? "-0" : String(value);
    case "bigint":
      return `${value}n`;
    case "boolean":
    case "undefined":
      return String(value);
    case "symbol":
      return value.toString();
    case "function":
      return "a function";
  }
  if (value === null) return "null";
  if (Array.isArray(value)) return `an array of ${value.length} item${value.length === 1 ? "" : "s"}`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "an invalid Date" : `the Date ${value.toISOString()}`;
  if (ArrayBuffer.isView(value)) return `a ${value.constructor.name}`;
  return "an object";
}
