import type { StreetTask } from "./streetTask.js";

/**
 * The byte ranges of a file of `size` bytes for threads to read: `ceil(size / range)` of equal
 * size, but none smaller than `least` bytes (one range when the file holds less than twice
 * `least`); the first is exact, the others start at a guess (see `StreetTask`).
 *
 * @example
 * ```ts
 * rangeTasks("a.csv", "/data/a.csv", 1001, 501, 100).map((t) => [t.from, t.limit]);
 * //=> [[0, 500], [500, Infinity]]
 * ```
 */
export function rangeTasks(file: string, path: string, size: number, range: number, least: number): StreetTask[] {
  const parts = Math.max(1, Math.min(Math.ceil(size / range), Math.floor(size / least)));
  return Array.from({ length: parts }, (_, k) => ({
    kind: "range" as const,
    file,
    path,
    from: Math.floor((size * k) / parts),
    limit: k === parts - 1 ? Infinity : Math.floor((size * (k + 1)) / parts),
    exact: k === 0,
  }));
}
