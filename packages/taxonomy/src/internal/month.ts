import { describeValue } from "@crimestats/internal";
import { isMonthKey } from "@crimestats/periods";
import { TaxonomyError } from "../TaxonomyError.js";

/** Throws a TaxonomyError unless `month` is a strict "YYYY-MM" string. */
export function checkMonth(month: unknown, what: string): string {
  if (!isMonthKey(month)) {
    throw new TaxonomyError("invalid-month", `${describeValue(month)} is not a month; ${what} expects "YYYY-MM" (for example "2019-04").`, { month });
  }
  return month;
}

/** Whether a category (or crosswalk row) with these validity months is in force in `month`. */
export function inForce(item: { readonly validFrom?: string | undefined; readonly validTo?: string | undefined }, month: string): boolean {
  return (item.validFrom === undefined || item.validFrom <= month) && (item.validTo === undefined || month <= item.validTo);
}
