/**
 * An independent reference for tests: month arithmetic through `Date.UTC` (which the package
 * itself never uses), so properties compare two different implementations.
 */
export function referenceAddMonths(key: string, months: number): string {
  const year = Number(key.slice(0, 4));
  const month = Number(key.slice(5, 7));
  const date = new Date(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(year, month - 1 + months, 1);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}`;
}

/** Every month key from first to last inclusive, by the reference arithmetic. */
export function referenceMonths(first: string, last: string): string[] {
  const out: string[] = [];
  for (let key = first; key <= last; key = referenceAddMonths(key, 1)) out.push(key);
  return out;
}
