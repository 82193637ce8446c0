import { DisclosureError } from "../DisclosureError.js";
import { show } from "./validate.js";

/** The most months a series may span (50 years): the series audit is cubic in it. */
export const MAX_MONTHS = 600;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** `"YYYY-MM"` → months since year 0. Throws naming `what`. */
export function monthIndex(key: string, what: string): number {
  const m = typeof key === "string" ? MONTH.exec(key) : null;
  if (m === null) {
    throw new DisclosureError("INVALID_RELEASE", `${what} has month ${show(key)}; expected "YYYY-MM".`, { cell: what, month: show(key) });
  }
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

/** Months since year 0 → `"YYYY-MM"`. */
export function monthKey(index: number): string {
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}`;
}
