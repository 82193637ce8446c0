import { RatesError } from "../RatesError.js";
import { describeValue } from "@crimestats/internal";

/**
 * Throws `stock-not-summable` when the series (its own `kind`) or the options say it is a stock:
 * snapshots such as active cases are never summed across months (docs/methods.md#stock-and-flow).
 */
export function assertFlow(fn: string, series: unknown, options: { readonly kind?: unknown }): void {
  const own =
    typeof series === "object" && series !== null && !Array.isArray(series) && !ArrayBuffer.isView(series) ? (series as { kind?: unknown }).kind : undefined;
  for (const [name, kind] of [
    ["series.kind", own],
    ["options.kind", options.kind],
  ] as const) {
    if (kind === undefined || kind === "flow") continue;
    if (kind === "stock") {
      throw new RatesError(
        "stock-not-summable",
        `${fn} sums months, but the series is a stock (a snapshot such as active cases), which is never summed across months; compare the snapshots month by month or take their monthlyMean.`,
        { name, value: kind },
      );
    }
    throw new RatesError("invalid-option", `${name} must be "flow" or "stock", got ${describeValue(kind)}.`, { name, value: kind });
  }
}
