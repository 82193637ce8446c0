import { formatNumber } from "@crimestats/internal";
import { formatPeriod, month, type MonthKey, type Period } from "@crimestats/periods";
import { metropolitanPoliceCategories } from "@crimestats/taxonomy";

/**
 * A period as it follows "in" in a sentence, month names in full: "the 12 months to February
 * 2025", "2024/25", "2025".
 */
export function periodWords(period: Period): string {
  const long = formatPeriod(period, "long");
  return /^\d+ months to /.test(long) ? `the ${long}` : long;
}

/** A whole count for display, with thousands separators: 16419 → "16,419". */
export function countText(value: number): string {
  return formatNumber(value, 0);
}

/** A signed whole count for display: 514 → "+514", −40 → "-40", 0 → "0". */
export function signedCount(value: number): string {
  return formatNumber(value, 0, { signed: true });
}

/** A percent change for display to one decimal, signed: 3.23 → "+3.2%"; `null` (from zero) → null. */
export function signedPercent(value: number | null): string | null {
  return value === null ? null : `${formatNumber(value, 1, { signed: true })}%`;
}

/** Names joined in English: ["a"] → "a", ["a", "b"] → "a and b", ["a", "b", "c"] → "a, b and c" (or "a, b or c" with `"or"`). */
export function listWords(items: readonly string[], conjunction: "and" | "or" = "and"): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items.at(-1) ?? ""}`;
}

/** A month in a sentence: "2024-03" → "March 2024". */
export function monthWords(key: MonthKey): string {
  return formatPeriod(month(key), "long");
}

/** A run of months in a sentence: "March 2024 to February 2025", or "March 2024" for one month. */
export function monthSpanWords(first: MonthKey, last: MonthKey): string {
  return first === last ? monthWords(first) : `${monthWords(first)} to ${monthWords(last)}`;
}

/** The first letter in capitals: "offences in Harrow" → "Offences in Harrow". */
export function capitalise(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** A name inside a sentence: "Burglary" → "burglary"; a name starting with an acronym ("VAWG") stays. */
export function lowerFirst(name: string): string {
  return /^[A-Z][a-z]/.test(name) ? `${name.charAt(0).toLowerCase()}${name.slice(1)}` : name;
}

/** Each item once, in first-seen order. */
export function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

/** Words of published labels that are acronyms, kept in capitals ("NFIB", the National Fraud Intelligence Bureau). */
const ACRONYMS: readonly string[] = ["NFIB"];

/**
 * An offence label in a sentence: the taxonomy's alias where the Metropolitan Police category has
 * one ("THEFT OR UNAUTH TAKING OF A MOTOR VEH" → "theft or unauthorised taking of a motor
 * vehicle"); a label written in capitals in lower case ("BURGLARY NON-DWELLING" → "burglary
 * non-dwelling"), its acronyms kept ("NFIB FRAUD" → "NFIB fraud"); others as they are.
 */
export function labelWords(label: string): string {
  const alias = metropolitanPoliceCategories.categories.find((c) => c.name === label)?.aliases?.[0];
  if (alias !== undefined) return lowerFirst(alias);
  if (label !== label.toUpperCase()) return label;
  return ACRONYMS.reduce((text, acronym) => text.replace(new RegExp(`\\b${acronym.toLowerCase()}\\b`, "g"), acronym), label.toLowerCase());
}

/** A priority's offences in a sentence: "Burglary" → "burglary offences"; "All offences" → "offences"; "VAWG" stays in capitals. */
export function offencesWords(name: string): string {
  if (/^all offences$/i.test(name)) return "offences";
  const lowered = lowerFirst(name);
  return /offences$/i.test(lowered) ? lowered : `${lowered} offences`;
}
