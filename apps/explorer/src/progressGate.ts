/**
 * A gate for progress messages: says whether one is due, at most one every `intervalMs`
 * milliseconds, and always the last one (`final`), so a reader of thousands of chunks posts a
 * handful of messages and the page's bar still ends on the true figure.
 *
 * @param intervalMs - The least time between two messages let through (the last one excepted).
 * @param now - The clock, in milliseconds (`performance.now` unless given).
 * @returns A function telling, for a message about to be posted, whether to post it (`true`), and counting it as posted then.
 * @throws Never.
 * @example
 * ```ts
 * const times = [0, 50, 120, 130];
 * const due = progressGate(100, () => times.shift() ?? 0);
 * [due(), due(), due(), due(true)];
 * //=> [true, false, true, true]
 * ```
 */
export function progressGate(intervalMs: number, now: () => number = () => performance.now()): (final?: boolean) => boolean {
  let last = Number.NEGATIVE_INFINITY;
  return (final = false): boolean => {
    const time = now();
    if (!final && time - last < intervalMs) return false;
    last = time;
    return true;
  };
}
