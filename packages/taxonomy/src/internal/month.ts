import { TaxonomyError } from "../TaxonomyError.js";

const MONTH_RE = /^[1-9]\d{3}-(0[1-9]|1[0-2])$/;

/** Throws a TaxonomyError unless `month` is a strict "YYYY-MM" string. */
export function checkMonth(month: unknown, what: string): string {
  if (typeof month !== "string" || !MONTH_RE.test(month)) {
    const shown = typeof month === "string" ? JSON.stringify(month) : String(month);
    throw new TaxonomyError("invalid-month", `${shown} is not a month; ${what} expects "YYYY-MM" (for example "2019-04").`, { month });
  }
  return month;
}

/** Whether a category (or crosswalk row) with these validity months is in force in `month`. */
export function inForce(item: { readonly validFrom?: string | undefined; readonly validTo?: string | undefined }, month: string): boolean {
  return (item.validFrom === undefined || item.validFrom <= month) && (item.validTo === undefined || month <= item.validTo);
}
