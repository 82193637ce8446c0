/**
 * Walks a returned value and finds the first number that is `NaN`, `Infinity` or `-Infinity`,
 * and the first `Date` that is invalid. It looks into arrays (holes are skipped), typed arrays,
 * `Map` and `Set` entries and the own enumerable properties of any other object, including class
 * instances; a valid `Date` is a finite value and is not looked into. Functions and symbols are
 * not numbers and are passed over; cycles are walked once. Objects in `given` (those the caller
 * passed in, returned by reference, such as the `inputs` a verdict echoes) are the caller's own data,
 * not results, and are not walked.
 *
 * @param value - A value returned by a public function.
 * @param given - The objects reachable from the call's arguments.
 * @returns The path to the first non-finite value (`"$.rows[2].rate"`) and what it is, or `null`
 *   when every number is finite.
 */
export function findNonFinite(value: unknown, given: WeakSet<object> = new WeakSet()): string | null {
  const seen = new WeakSet<object>();

  function walk(v: unknown, path: string): string | null {
    if (typeof v === "number") return Number.isFinite(v) ? null : `${path} is ${v}`;
    if (typeof v !== "object" || v === null) return null;
    if (seen.has(v) || given.has(v)) return null;
    seen.add(v);
    if (v instanceof Date) return Number.isNaN(v.getTime()) ? `${path} is an Invalid Date` : null;
    if (ArrayBuffer.isView(v)) {
      if (v instanceof DataView) return null;
      const items = v as unknown as ArrayLike<number | bigint>;
      for (let i = 0; i < items.length; i++) {
        const found = walk(items[i], `${path}[${i}]`);
        if (found !== null) return found;
      }
      return null;
    }
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        if (!(i in v)) continue;
        const found = walk(v[i], `${path}[${i}]`);
        if (found !== null) return found;
      }
      return null;
    }
    if (v instanceof Map) {
      let i = 0;
      for (const [k, x] of v) {
        const found = walk(k, `${path}.keys[${i}]`) ?? walk(x, `${path}.get(${String(typeof k === "symbol" ? "symbol" : k)})`);
        if (found !== null) return found;
        i++;
      }
      return null;
    }
    if (v instanceof Set) {
      let i = 0;
      for (const x of v) {
        const found = walk(x, `${path}.values[${i}]`);
        if (found !== null) return found;
        i++;
      }
      return null;
    }
    for (const k of Object.keys(v)) {
      const found = walk((v as Record<string, unknown>)[k], /^[A-Za-z_$][\w$]*$/.test(k) ? `${path}.${k}` : `${path}[${JSON.stringify(k)}]`);
      if (found !== null) return found;
    }
    return null;
  }

  return walk(value, "$");
}

/**
 * The objects reachable from a call's arguments (through arrays, maps, sets and own enumerable
 * properties; at most 100,000), taken before the call.
 *
 * @param args - The arguments.
 * @returns The set of those objects.
 */
export function reachableObjects(args: readonly unknown[]): WeakSet<object> {
  const found = new WeakSet<object>();
  const stack: unknown[] = [...args];
  let budget = 100_000;
  while (stack.length > 0 && budget-- > 0) {
    const v = stack.pop();
    if (typeof v !== "object" || v === null || found.has(v)) continue;
    found.add(v);
    if (ArrayBuffer.isView(v)) continue;
    if (v instanceof Map) for (const [k, x] of v) stack.push(k, x);
    else if (v instanceof Set) for (const x of v) stack.push(x);
    else for (const k of Object.keys(v)) stack.push((v as Record<string, unknown>)[k]);
  }
  return found;
}
