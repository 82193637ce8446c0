/** Copies plain data (objects, arrays with their holes, typed arrays, dates, maps and sets); anything else is shared. */
export function cloneData(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (value instanceof Date) return new Date(value.getTime());
  if (ArrayBuffer.isView(value)) return value instanceof DataView ? value : (value as unknown as { slice(): unknown }).slice();
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [k, cloneData(v)]));
  if (value instanceof Set) return new Set([...value].map(cloneData));
  if (Array.isArray(value)) {
    const copy: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) if (i in value) copy[i] = cloneData(value[i]);
    return copy;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const copy = Object.create(proto as object | null) as Record<string, unknown>;
  for (const k of Object.keys(value)) copy[k] = cloneData((value as Record<string, unknown>)[k]);
  return copy;
}

function prototypeLess(original: unknown): unknown {
  const copy = Object.create(null) as Record<string, unknown>;
  if (typeof original === "object" && original !== null) Object.assign(copy, original);
  return copy;
}

function withHoles(original: unknown): unknown {
  if (!Array.isArray(original) || original.length === 0) return [, 1, , 2]; // eslint-disable-line no-sparse-arrays
  const copy = [...original];
  copy.length += 1;
  delete copy[0];
  return copy;
}

function manyCopies(original: unknown): unknown {
  if (!Array.isArray(original) || original.length === 0) return Array.from({ length: 5000 }, (_, i) => i);
  return Array.from({ length: 5000 }, (_, i) => cloneData(original[i % original.length]));
}

/**
 * What a careless caller passes: `null`, `undefined`, the non-finite and extreme numbers, BigInt,
 * symbols, prototype-less objects, arrays with holes, strings with odd Unicode (NUL, a lone
 * surrogate, right-to-left override, full-width and mathematical digits, a combining accent),
 * `\r\r\n`, a 200,000-character string, invalid and out-of-range dates, and 5,000 copies of an
 * array's items. Some are built from the value they replace (its prototype-less copy, the same
 * array with a hole). Throwing getters and proxies are not among them: a caller does not write those.
 */
const hostileValues: readonly ((original: unknown) => unknown)[] = [
  () => null,
  () => undefined,
  () => Number.NaN,
  () => Number.POSITIVE_INFINITY,
  () => Number.NEGATIVE_INFINITY,
  () => -0,
  () => 1e308,
  () => -1e308,
  () => 5e-324,
  () => Number.MAX_SAFE_INTEGER + 2,
  () => 9007199254740990,
  () => 1e17,
  () => -1,
  () => 0.5,
  () => 10n,
  () => 2n ** 70n,
  () => Symbol("fuzz"),
  prototypeLess,
  prototypeLess,
  withHoles,
  () => "",
  () => " ",
  () => "\u0000",
  () => "\ud800",
  () => "\u202e2024-01",
  () => "\uff12\uff10\uff12\uff14-\uff10\uff11",
  () => "2024-01\u0301",
  () => "\u{1d7da}\u{1d7d8}\u{1d7da}\u{1d7dc}-\u{1d7d8}\u{1d7d9}",
  () => "\r\r\n",
  () => "__proto__",
  () => "constructor",
  () => "9".repeat(200_000),
  () => ({}),
  () => [],
  () => true,
  () => "1",
  () => new Date(Number.NaN),
  () => new Date(8.64e15),
  () => Object.create(null),
  manyCopies,
];

/** How many hostile values there are ({@link hostileValue} takes an index modulo this). */
export const hostileCount = hostileValues.length;

/**
 * One hostile value, chosen by index.
 *
 * @param index - Any non-negative integer (taken modulo the number of hostile values).
 * @param original - The value it replaces, which some hostile values are built from.
 * @returns A fresh hostile value.
 */
export function hostileValue(index: number, original: unknown): unknown {
  return hostileValues[index % hostileValues.length]!(original);
}
