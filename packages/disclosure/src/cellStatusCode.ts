import { describeValue } from "@crimestats/internal";
import { DisclosureError } from "./DisclosureError.js";

/**
 * What happened to a cell on release.
 *
 * - `published`: shown exactly as counted.
 * - `rounded`: shown after rounding or recoding (the figure is not the exact count).
 * - `primary-suppressed`: hidden because the count itself is small (the policy's threshold).
 * - `secondary-suppressed`: hidden so that a primary-suppressed cell cannot be worked out.
 * - `suppressed`: hidden, without saying why — the only suppressed status of a published table or
 *   series ({@link publishTable}, {@link publishSeries}). A reader who could tell a primary from a
 *   secondary suppression would know the primary lies in the policy's suppression range, which can
 *   give it away, so published output never makes that distinction.
 * - `structural-zero`: zero by definition (the category cannot occur there), shown as zero.
 *
 * `primary-suppressed` and `secondary-suppressed` are for the program that made the release (to
 * suppress derived figures, or to explain a pattern to its owner); never publish them.
 */
export type CellStatus = "published" | "rounded" | "primary-suppressed" | "secondary-suppressed" | "suppressed" | "structural-zero";

/**
 * The one-letter footnote code of each {@link CellStatus}: `s`, `u` and `x` as in sdcTable
 * (publishable, primary, secondary), `r` for rounded, and `z` for a structural zero as in the GSS
 * symbol for "not applicable". (sdcTable uses `z` for "forced publication", which this package
 * does not have), and `c` for `suppressed` as in the GSS symbol `[c]` ("confidential") — the code
 * to print in published output, where `u` and `x` must not appear.
 */
export type CellStatusCode = "s" | "r" | "u" | "x" | "c" | "z";

const CODES: Readonly<Record<CellStatus, CellStatusCode>> = {
  published: "s",
  rounded: "r",
  "primary-suppressed": "u",
  "secondary-suppressed": "x",
  suppressed: "c",
  "structural-zero": "z",
};

const FOOTNOTES: Readonly<Record<CellStatus, string>> = {
  published: "published as counted",
  rounded: "rounded to protect small numbers; totals are rounded separately and may not add up",
  "primary-suppressed": "suppressed: small number",
  "secondary-suppressed": "suppressed so that other suppressed figures cannot be derived",
  suppressed: "suppressed: a small number, or hidden so that small numbers cannot be worked out",
  "structural-zero": "zero by definition",
};

/**
 * The footnote code and text of a cell status, for printing under a released table.
 *
 * @param status - The cell's {@link CellStatus}.
 * @returns `{ code, footnote }`: the one-letter code and a plain-English footnote.
 * @throws {@link DisclosureError} (`unknown-status`) when `status` is not a known status.
 * @example
 * ```ts
 * cellStatusCode("secondary-suppressed");
 * //=> { code: "x", footnote: "suppressed so that other suppressed figures cannot be derived" }
 * ```
 */
export function cellStatusCode(status: CellStatus): { readonly code: CellStatusCode; readonly footnote: string } {
  const code = typeof status === "string" && Object.hasOwn(CODES, status) ? CODES[status] : undefined;
  if (code === undefined) {
    throw new DisclosureError("unknown-status", `Cell status ${describeValue(status)} is not known; expected one of ${Object.keys(CODES).join(", ")}.`, {
      status: describeValue(status),
    });
  }
  return { code, footnote: FOOTNOTES[status] };
}
