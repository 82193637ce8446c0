/** The stages of a run, in order: reading the files, computing the assessment, writing the documents. */
export type Stage = "reading" | "computing" | "writing";

/**
 * The stage a progress line of the assessment (the words of `crimestats assess`'s progress lines)
 * belongs to: a line "Reading …" is reading the files, a line "Computing …" computing the
 * assessment; any other line (a count of the rows kept, a note on the area) leaves the run in
 * the stage it was in, and a run never goes back to an earlier stage.
 *
 * @param step - The progress line.
 * @param current - The stage the run is in.
 * @returns The stage after this line.
 * @throws Never.
 * @example
 * ```ts
 * stageOf("Computing the assessment for Harrow against Barnet and London...", "reading");
 * //=> "computing"
 * ```
 */
export function stageOf(step: string, current: Stage): Stage {
  const order: readonly Stage[] = ["reading", "computing", "writing"];
  const said: Stage | null = /^Reading\b/.test(step) ? "reading" : /^Computing\b/.test(step) ? "computing" : null;
  return said !== null && order.indexOf(said) > order.indexOf(current) ? said : current;
}
