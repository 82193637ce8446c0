import { roundHalfUp } from "@crimestats/rates";

/**
 * Formats a number for display: rounded once with the suite's decimal half-up rounding
 * (`roundHalfUp` of @crimestats/rates), shown with exactly `decimals` places and thousands
 * separators ("14,866", "59.73", "-0.90"). The only place numbers are rounded in this package.
 */
export function formatNumber(value: number, decimals: number, options: { readonly sign?: boolean; readonly separators?: boolean } = {}): string {
  const rounded = roundHalfUp(value, decimals);
  const negative = rounded < 0;
  const text = String(Math.abs(rounded));
  const [intPart = "0", fracPart = ""] = text.split(".");
  const grouped = options.separators === false ? intPart : intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const fraction = decimals > 0 ? `.${fracPart.padEnd(decimals, "0")}` : "";
  const sign = negative ? "-" : options.sign === true && rounded > 0 ? "+" : "";
  return `${sign}${grouped}${fraction}`;
}

/** A count with thousands separators ("14,866"). */
export function formatCount(value: number): string {
  return formatNumber(value, 0);
}
