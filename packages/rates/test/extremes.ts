/**
 * fast-check arbitraries of extreme and hostile arguments, and a check of what a call did, for
 * the robustness properties of this package and of @crimestats/benchmark (whose test imports
 * this file): a call either returns only finite numbers or throws the package's own error class.
 */
import fc from "fast-check";
import { expect, it } from "vitest";

/** Finite numbers at the edges: zeros, subnormals, the largest numbers, the safe-integer limit. */
export const extremeNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    1,
    10,
    0.5,
    5e-324,
    7e-323,
    1e-310,
    2.2250738585072014e-308,
    1e-300,
    1e308,
    Number.MAX_VALUE,
    1.6e221,
    Number.MAX_SAFE_INTEGER,
    Number.MAX_SAFE_INTEGER - 1,
    0.95,
    0.998,
    1000,
    120280,
    -1,
    -1e308,
  ),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** A count: usually a whole number from 0 to Number.MAX_SAFE_INTEGER, sometimes any extreme number. */
export const extremeCount: fc.Arbitrary<number> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.oneof(
      fc.nat(20),
      fc.integer({ min: 0, max: 52 }).map((k) => Math.min(Number.MAX_SAFE_INTEGER, 2 ** k + 1)),
    ),
  },
  { weight: 1, arbitrary: extremeNumber },
);

/** Values a careless caller passes: null, undefined, NaN, ±Infinity, BigInts, symbols, prototype-less and cyclic objects. */
const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1n, 2n ** 70n, Symbol("s"), "", "7", true, []),
  fc.constant(null).map(() => Object.create(null) as object),
  fc.constant(null).map(() => Object.assign(Object.create(null) as object, { count: 1n, population: Symbol("p") })),
  fc.constant(null).map(() => {
    const cyclic: Record<string, unknown> = { count: 1 };
    cyclic.self = cyclic;
    return cyclic;
  }),
);

/** An argument of the expected kind most of the time, a hostile value otherwise. */
export function orHostile<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 5, arbitrary: arbitrary as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: hostile });
}

/** Paths of NaN and ±Infinity in a result (objects, arrays and typed arrays, walked once each). */
function nonFinite(value: unknown, path = "result", seen = new Set<unknown>()): string[] {
  if (typeof value === "number") return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (typeof value !== "object" || value === null || seen.has(value)) return [];
  seen.add(value);
  if (ArrayBuffer.isView(value)) {
    const list = value as unknown as ArrayLike<unknown>;
    return Array.from({ length: list.length }, (_, i) => nonFinite(list[i], `${path}[${i}]`, seen)).flat();
  }
  return Object.entries(value).flatMap(([key, v]) => nonFinite(v, `${path}.${key}`, seen));
}

/**
 * Calls `call` and returns what was wrong with it: a throw of another class than `errorClass`, or
 * non-finite numbers in what it returned (objects of the arguments, returned by reference, are not
 * walked: they are the caller's); `null` when nothing was.
 */
function misbehaviour(call: () => unknown, errorClass: abstract new (...args: never[]) => Error, args: readonly unknown[]): string | null {
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    return error instanceof errorClass ? null : `threw ${String((error as Error)?.name)}: ${String((error as Error)?.message)}`;
  }
  const echoed = new Set<unknown>();
  const collect = (value: unknown): void => {
    if (typeof value !== "object" || value === null || echoed.has(value)) return;
    echoed.add(value);
    for (const v of Object.values(value)) collect(v);
  };
  collect(args);
  const bad = nonFinite(result, "result", echoed);
  return bad.length === 0 ? null : `returned ${bad.slice(0, 3).join(", ")}`;
}

/**
 * One test per entry of `calls`: the function of that name in `exports`, called with arguments
 * drawn from its arbitrary, never misbehaves (see {@link misbehaviour}); and one test that `calls`
 * names every function the package exports (besides its error class).
 */
export function everyFunctionBehaves(
  exports: Readonly<Record<string, unknown>>,
  calls: Readonly<Record<string, fc.Arbitrary<unknown[]>>>,
  errorClass: abstract new (...args: never[]) => Error,
  runs: (name: string) => number,
): void {
  it("covers every exported function", () => {
    const functions = Object.entries(exports)
      .filter(([, v]) => typeof v === "function" && v !== errorClass)
      .map(([k]) => k);
    expect(Object.keys(calls).sort()).toEqual(functions.sort());
  });
  for (const [name, args] of Object.entries(calls)) {
    it(`${name} returns only finite numbers or throws ${errorClass.name}`, { timeout: 60_000 }, () => {
      const fn = exports[name] as (...a: unknown[]) => unknown;
      fc.assert(
        fc.property(args, (list) => {
          const problem = misbehaviour(() => fn(...list), errorClass, list);
          if (problem !== null) throw new Error(problem);
        }),
        { numRuns: runs(name), seed: 13 },
      );
    });
  }
}
