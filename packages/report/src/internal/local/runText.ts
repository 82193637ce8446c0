import type { Period } from "@crimestats/periods";
import { runWords } from "./monthRuns.js";

/**
 * A period of the local sections as it follows "in" in a sentence, as the other local sections
 * write it (`runWords`): "the 12 months to February 2025", "2018", "April to June 2018".
 *
 * @param period - The period.
 * @returns The words.
 * @throws Never for a period of `monthRun`.
 * @example
 * ```ts
 * runText(monthRun("2018-04/2018-06")); //=> "April to June 2018"
 * runText(rollingYear("2025-02"));      //=> "the 12 months to February 2025"
 * ```
 */
export function runText(period: Period): string {
  return runWords(period.first === period.last ? period.first : `${period.first}/${period.last}`);
}
