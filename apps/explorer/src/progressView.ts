import { formatBytes } from "./formatBytes.js";
import type { Stage } from "./protocol.js";

/** What the progress bar and the line above it show. */
export interface ProgressView {
  /** The bar's value from 0 to 1, or `null` for a bar that says "working, how long unknown" (indeterminate). */
  readonly value: number | null;
  /** The stage in words, with the bytes read while reading. */
  readonly words: string;
}

/** The stages in words, with their number. */
const STAGES: Record<Stage, string> = {
  reading: "Step 1 of 3: reading the files",
  computing: "Step 2 of 3: computing the assessment",
  writing: "Step 3 of 3: writing the documents",
};

/**
 * The progress shown for a run: while the files are read, the bar is the bytes read of all the
 * files given over their total size (a file not needed is never read, so the bar may stop short
 * of the end); once the files are read, computing and writing have no measure of how far they
 * are, so the bar is indeterminate (moving, with no value) rather than standing still.
 *
 * @param stage - The run's stage.
 * @param bytesRead - The bytes read so far of all the files.
 * @param bytesTotal - The bytes of all the files.
 * @returns The bar's value and the words above it.
 * @throws Never.
 * @example
 * ```ts
 * progressView("reading", 12_300_000, 36_000_000);
 * //=> { value: 0.3416666666666667, words: "Step 1 of 3: reading the files (12.3 MB of 36 MB)" }
 * ```
 */
export function progressView(stage: Stage, bytesRead: number, bytesTotal: number): ProgressView {
  if (stage !== "reading") return { value: null, words: `${STAGES[stage]}…` };
  const value = bytesTotal > 0 ? Math.min(1, Math.max(0, bytesRead / bytesTotal)) : 0;
  return { value, words: `${STAGES.reading} (${formatBytes(bytesRead)} of ${formatBytes(bytesTotal)})` };
}
