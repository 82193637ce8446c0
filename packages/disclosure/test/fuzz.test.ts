/**
 * Every public function of the package, called with arbitrary values (nulls, BigInts, symbols,
 * objects without a prototype, huge and non-finite numbers, malformed tables) and with near-valid
 * inputs: it returns or throws a DisclosureError — never another error — and never returns NaN or
 * Infinity. Seeded and bounded (`CRIMESTATS_FUZZ_RUNS`, default 300 per function).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as api from "../src/index.js";

const RUNS = Math.max(1, Number(process.env["CRIMESTATS_FUZZ_RUNS"] ?? "") || 300);
const SEED = 13;

/** Walks a result and returns the path of the first NaN or ±Infinity, or `null`. */
function nonFinite(value: unknown, path = "result", seen = new Set<unknown>()): string | null {
  if (typeof value === "number") return Number.isFinite(value) ? null : path;
  if (value === null || typeof value !== "object" || seen.has(value)) return null;
  seen.add(value);
  for (const [k, v] of Object.entries(value)) {
    const bad = nonFinite(v, `${path}.${k}`, seen);
    if (bad !== null) return bad;
  }
  return null;
}

/** Calls `f`; fails on anything but a normal return or a DisclosureError, or on a non-finite number. */
function call(f: () => unknown): void {
  let result: unknown;
  try {
    result = f();
  } catch (e) {
    if (e instanceof api.DisclosureError) {
      expect(typeof e.code).toBe("string");
      expect(e.message.length).toBeGreaterThan(0);
      return;
    }
    throw new Error(`threw ${e instanceof Error ? `${e.name}: ${e.message}` : typeof e}`);
  }
  expect(nonFinite(result)).toBeNull();
}

const weird = fc.oneof(
  fc.anything({ withBigInt: true, withNullPrototype: true, withObjectString: true, withBoxedValues: true, withSparseArray: true }),
  fc.constantFrom(
    null,
    undefined,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -1,
    2.5,
    9007199254740990,
    1e12,
    1e12 + 1,
    2n ** 60n,
    Symbol("s"),
    Object.create(null),
  ),
);
const count = fc.oneof(fc.integer({ min: 0, max: 30 }), weird);
const policy = fc.oneof(
  fc.constantFrom(api.disclosurePreset("suppress-1-4-round-5"), api.disclosurePreset("small-to-5-round-5"), api.disclosurePreset("redact-0-7-round-5"), {
    id: "exact",
    suppress: { min: 1, max: 3, symbol: "*" },
    protectionWidth: 5,
  }),
  weird,
  fc.record({
    id: fc.string(),
    round: fc.record({ base: fc.oneof(fc.integer({ min: 1, max: 10 }), weird), mode: fc.constantFrom("nearest", "up", "down") }),
    protectionWidth: count,
  }),
);
const options = fc.oneof(
  fc.constant(undefined),
  weird,
  fc.dictionary(
    fc.constantFrom(
      "protectionWidth",
      "window",
      "total",
      "cell",
      "per",
      "include",
      "nesting",
      "margins",
      "rolling",
      "releaseMonths",
      "separator",
      "totalCount",
      "suppressZero",
      "basis",
      "structuralZero",
    ),
    count,
  ),
);
const cellStatus = fc.oneof(fc.constantFrom("published", "rounded", "primary-suppressed", "secondary-suppressed", "suppressed", "structural-zero"), weird);
/** Arrays, sometimes with holes (`[, x]`). */
const list = <T>(item: fc.Arbitrary<T>, maxLength: number) => fc.oneof(fc.array(item, { maxLength }), fc.sparseArray(item, { maxLength }));
const display = fc.oneof(fc.string(), weird);
const relations = fc.oneof(
  weird,
  list(
    fc.oneof(
      weird,
      fc.record({ total: fc.oneof(fc.constant("T"), weird), parts: fc.oneof(fc.constant(["a", "b"]), list(fc.constantFrom("a", "b"), 2), weird) }),
    ),
    2,
  ),
);
const releasedTable = fc.oneof(
  weird,
  fc.record({
    cells: fc.oneof(
      weird,
      list(
        fc.oneof(
          weird,
          fc.record({ id: fc.oneof(fc.constantFrom("a", "b", "T"), weird), value: fc.oneof(fc.constant(null), count), display, status: cellStatus }),
        ),
        4,
      ),
    ),
    relations,
    policy,
  }),
);
const countTable = fc.oneof(
  weird,
  fc.record({
    cells: fc.oneof(weird, list(fc.oneof(weird, fc.record({ id: fc.oneof(fc.constantFrom("a", "b", "T"), weird), count })), 4)),
    relations,
  }),
);
const month = fc.oneof(fc.constantFrom("2019-01", "2019-02", "2019-03", "9999-12", "0000-01"), weird);
const series = fc.oneof(
  weird,
  list(fc.oneof(weird, fc.record({ area: fc.oneof(fc.constantFrom("A", "B"), weird), start: month, counts: fc.oneof(weird, list(count, 6)) })), 2),
);
const releasedSeries = fc.oneof(
  weird,
  fc.record({
    figures: fc.oneof(
      weird,
      list(
        fc.oneof(
          weird,
          fc.record({
            area: fc.oneof(fc.constantFrom("A", "B"), weird),
            first: month,
            last: month,
            value: fc.oneof(fc.constant(null), count),
            display,
            status: cellStatus,
          }),
        ),
        4,
      ),
    ),
    policy,
  }),
);

/** A call whose arguments fast-check prints when it fails. */
const callOf = <A extends unknown[]>(args: fc.Arbitrary<A>, f: (...a: A) => unknown) =>
  args.map((a) => Object.assign(() => f(...a), { toString: () => fc.stringify(a) }));

const cases: readonly [string, fc.Arbitrary<() => unknown>][] = [
  // the constructor keeps the details it is given (NaN included): only that it never throws is checked
  ["DisclosureError", callOf(fc.tuple(weird, weird), (a, c) => void new api.DisclosureError(a as never, "m", c as never))],
  ["cellStatusCode", callOf(fc.tuple(cellStatus), (s) => api.cellStatusCode(s as never))],
  ["parseDisclosurePolicy", callOf(fc.tuple(policy), (p) => api.parseDisclosurePolicy(p))],
  [
    "disclosurePreset",
    callOf(fc.tuple(fc.oneof(fc.constantFrom("suppress-1-4-round-5", "small-to-5-round-5", "redact-0-7-round-5"), weird), options), (n, o) =>
      api.disclosurePreset(n as never, o as never),
    ),
  ],
  ["discloseCount", callOf(fc.tuple(count, policy, options), (c, p, o) => api.discloseCount(c as never, p as never, o as never))],
  [
    "discloseRatio",
    callOf(fc.tuple(fc.oneof(weird, fc.record({ count, status: cellStatus })), fc.oneof(weird, fc.record({ count })), policy, options), (n, d, p, o) =>
      api.discloseRatio(n as never, d as never, p as never, o as never),
    ),
  ],
  ["possibleCounts", callOf(fc.tuple(fc.oneof(fc.constant(null), count), policy), (v, p) => api.possibleCounts(v as never, p as never))],
  [
    "oneWayTable",
    callOf(fc.tuple(fc.oneof(weird, fc.dictionary(fc.string({ maxLength: 3 }), count, { maxKeys: 4 })), options), (c, o) =>
      api.oneWayTable(c as never, o as never),
    ),
  ],
  [
    "twoWayTable",
    callOf(
      fc.tuple(
        fc.oneof(
          weird,
          fc.record({
            rows: fc.oneof(weird, fc.constant(["r"])),
            columns: fc.oneof(weird, fc.constant(["x", "y"])),
            counts: fc.oneof(weird, list(fc.oneof(weird, list(count, 3)), 2)),
          }),
        ),
        options,
      ),
      (i, o) => api.twoWayTable(i as never, o as never),
    ),
  ],
  [
    "hierarchicalTable",
    callOf(
      fc.tuple(
        fc.oneof(
          weird,
          fc.record({
            id: fc.oneof(fc.constant("L"), weird),
            count,
            children: fc.oneof(weird, list(fc.oneof(weird, fc.record({ id: fc.oneof(fc.constantFrom("a", "b"), weird), count })), 3)),
          }),
        ),
      ),
      (r) => api.hierarchicalTable(r as never),
    ),
  ],
  ["discloseTable", callOf(fc.tuple(countTable, policy), (t, p) => api.discloseTable(t as never, p as never))],
  ["protectTable", callOf(fc.tuple(countTable, policy, options), (t, p, o) => api.protectTable(t as never, p as never, o as never))],
  ["auditTable", callOf(fc.tuple(releasedTable, options), (r, o) => api.auditTable(r as never, o as never))],
  ["publishTable", callOf(fc.tuple(releasedTable), (r) => api.publishTable(r as never))],
  ["protectSeries", callOf(fc.tuple(series, policy, options), (s, p, o) => api.protectSeries(s as never, p as never, o as never))],
  ["auditSeries", callOf(fc.tuple(releasedSeries, options), (r, o) => api.auditSeries(r as never, o as never))],
  ["publishSeries", callOf(fc.tuple(releasedSeries), (r) => api.publishSeries(r as never))],
];

describe("every public function, fuzzed, throws only DisclosureError and never returns NaN or Infinity", () => {
  it("covers every exported function", () => {
    const functions = Object.entries(api)
      .filter(([, v]) => typeof v === "function")
      .map(([k]) => k)
      .sort();
    expect(cases.map(([name]) => name).sort()).toEqual(functions);
  });
  for (const [i, [name, arb]] of cases.entries()) {
    it(name, () => {
      fc.assert(fc.property(arb, call), { seed: SEED + i, numRuns: RUNS });
    }, 60_000);
  }
});
