/** Units of {@link formatBytes}, each 1,000 times the one before (as file managers count). */
const UNITS = ["bytes", "kB", "MB", "GB", "TB"] as const;

/**
 * A size in bytes for people: "1 byte", "512 bytes", "1.5 kB", "12.3 MB", "1.2 GB" (decimal units, at
 * most one decimal, rounded half away from zero by the browser's number formatting).
 *
 * @param bytes - A size in bytes (a non-negative number; anything else is shown as 0 bytes).
 * @returns The size in words.
 * @throws Never.
 * @example
 * ```ts
 * formatBytes(1_234_567);
 * //=> "1.2 MB"
 * ```
 */
export function formatBytes(bytes: number): string {
  let value = Number.isFinite(bytes) && bytes > 0 ? bytes : 0;
  let unit = 0;
  while (value >= 999.95 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  if (unit === 0 && value === 1) return "1 byte";
  const digits = unit === 0 ? 0 : 1;
  return `${new Intl.NumberFormat("en-GB", { maximumFractionDigits: digits }).format(value)} ${UNITS[unit]}`;
}
