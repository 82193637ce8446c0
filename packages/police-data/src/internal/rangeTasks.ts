import type { StreetTask } from "./streetTask.js";

/**
 * The byte ranges of a file of `size` bytes for threads to read: one when it holds no more than
 * `range` bytes, else `ceil(size / range)` of equal size (the first exact, the others starting at
 * a guess: see `StreetTask`).
 *
 * @example
 * ```ts
 * rangeTasks("a.csv", "/data/a.csv", 1001, 501).map((t) => [t.from, t.limit]);
 * //=> [[0, 500], [500, Infinity]]
 * ```
 */
export function rangeTasks(file: string, path: string, size: number, range: number): StreetTask[] {
  const parts = size > range ? Math.ceil(size / range) : 1;
  return Array.from({ length: parts }, (_, k) => ({
    kind: "range" as const,
    file,
    path,
    from: Math.floor((size * k) / parts),
    limit: k === parts - 1 ? Infinity : Math.floor((size * (k + 1)) / parts),
    exact: k === 0,
  }));
}
