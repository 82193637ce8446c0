import type { ScanRange } from "./scanner.js";
import type { StreetTask } from "./streetTask.js";

/**
 * The ranges of one file of `size` bytes, to be read by as many threads as there are ranges, the
 * first on the calling thread, which starts at once: that first range is read within `live`, and
 * `onReady`, called when the first worker has loaded its script (0.1–0.2 s later), moves the cut
 * points (in `tasks`, changed in place, and in `live`) so that the rest of the file, from where
 * the calling thread has got to, is shared out equally. Nothing is moved once the calling thread
 * has read past its first range. Returns nothing to do unless every task is a range.
 *
 * @example
 * ```ts
 * const { live, onReady } = movableSplit(tasks, 1000); // two ranges: [0, 500) and [500, end)
 * live.read = 200; // the calling thread has read 200 bytes when the worker is ready
 * onReady(); // ranges [0, 600) and [600, end)
 * ```
 */
export function movableSplit(tasks: readonly StreetTask[], size: number): { live?: ScanRange; onReady?: () => void } {
  const ranges = tasks.filter((t) => t.kind === "range");
  if (tasks.length < 2 || ranges.length < tasks.length) return {};
  const live: ScanRange = { start: ranges[0]!.from, limit: ranges[0]!.limit };
  const onReady = (): void => {
    const at = live.read ?? live.start;
    if (at >= live.limit) return;
    for (let k = 1; k < ranges.length; k++) {
      const cut = Math.floor(at + ((size - at) * k) / ranges.length);
      ranges[k - 1]!.limit = cut;
      ranges[k]!.from = cut;
    }
    live.limit = ranges[0]!.limit;
  };
  return { live, onReady };
}
