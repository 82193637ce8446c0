import fc from "fast-check";
import { cloneData, hostileCount, hostileValue } from "./hostileValue.js";

/** Numbers a caller might pass: small counts, any integer or double (NaN and ±Infinity included), and the extremes. */
const numbers = fc.oneof(
  fc.integer({ min: -3, max: 100 }),
  fc.integer(),
  fc.double(),
  fc.double({ min: 0, max: 1e6, noNaN: true }),
  fc.constantFrom(0, -0, 0.5, 1e-310, 5e-324, 7e-323, 1e308, 1.6e221, 2 ** 53 + 2, 9007199254740990, 1e10, 1e17, 1e20),
);

function strings(dictionary: readonly string[]): fc.Arbitrary<string> {
  const monthLike = fc.tuple(fc.integer({ min: -1, max: 10_000 }), fc.integer({ min: -1, max: 13 })).map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`);
  const odd = fc.constantFrom("", " ", "\u0000", "\ud800", "\r\r\n", "2024-02-30", "2024-1", "Q5 2024", "2024/23", "FY 2024/25", "NaN");
  const arbitraries = [fc.string({ maxLength: 12 }), fc.string({ unit: "grapheme", maxLength: 8 }), monthLike, odd];
  return dictionary.length > 0 ? fc.oneof(fc.constantFrom(...dictionary), fc.constantFrom(...dictionary), ...arbitraries) : fc.oneof(...arbitraries);
}

interface Slot {
  readonly parent: Record<string | number, unknown>;
  readonly key: string | number;
}

function isContainer(v: unknown): v is Record<string | number, unknown> {
  if (typeof v !== "object" || v === null) return false;
  if (Array.isArray(v)) return true;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** Every place in the argument list a value can be replaced: each argument, and each item and property within. */
function slotsOf(args: unknown[]): Slot[] {
  const slots: Slot[] = [];
  const seen = new WeakSet<object>();
  const visit = (container: Record<string | number, unknown>) => {
    if (seen.has(container) || slots.length > 2000) return;
    seen.add(container);
    const keys = Array.isArray(container) ? [...container.keys()].filter((i) => i in container) : Object.keys(container);
    for (const key of keys) {
      slots.push({ parent: container, key });
      const child = container[key];
      if (isContainer(child)) visit(child);
    }
  };
  visit(args as unknown as Record<number, unknown>);
  return slots;
}

interface Mutation {
  readonly at: number;
  readonly kind: number;
  readonly pick: number;
  readonly num: number;
  readonly str: string;
}

/** Extremes that break arithmetic when two meet (a huge count over a tiny population). */
const extremes = [0, -0, 1, 5e-324, 1e-310, 0.5, 1e10, 1e17, 2 ** 53 - 1, 2 ** 53 + 2, 1e20, 1.6e221, 1e308, -1e308, -1];

function mutate(args: unknown[], m: Mutation): void {
  const slots = slotsOf(args);
  if (slots.length === 0) return;
  if (m.kind === 12) {
    // Every number at once, each to an extreme (chosen by its place), so that extremes meet.
    slots.forEach(({ parent, key }, i) => {
      if (typeof parent[key] === "number") parent[key] = extremes[(m.pick + i * 7) % extremes.length];
    });
    return;
  }
  const { parent, key } = slots[m.at % slots.length]!;
  const v = parent[key];
  const hostile = () => hostileValue(m.pick, v);
  if (m.kind <= 3) {
    parent[key] = hostile();
  } else if (m.kind === 7) {
    if (typeof v === "number") parent[key] = m.pick % 3 === 0 ? -v : v * 10 ** ((m.pick % 31) - 15);
    else if (typeof v === "string") parent[key] = m.pick % 2 === 0 ? v + m.str : v.slice(1);
    else parent[key] = hostile();
  } else if (m.kind === 8) {
    if (parent === (args as unknown)) parent[key] = undefined;
    else delete parent[key];
  } else if (typeof v === "number") {
    parent[key] = m.num;
  } else if (typeof v === "string") {
    parent[key] = m.str;
  } else if (typeof v === "boolean") {
    parent[key] = !v;
  } else if (Array.isArray(v)) {
    const i = v.length === 0 ? 0 : m.pick % v.length;
    const op = m.pick % 4;
    if (op === 0) v.splice(i, 1);
    else if (op === 1 && v.length > 0) v.splice(i, 0, cloneData(v[i]));
    else if (op === 2) parent[key] = [];
    else v.reverse();
  } else if (isContainer(v)) {
    const keys = Object.keys(v);
    if (m.pick % 2 === 0 && keys.length > 0) delete v[keys[m.pick % keys.length]!];
    else v[m.str] = hostileValue(m.pick >> 1, undefined);
  } else {
    parent[key] = hostile();
  }
}

/**
 * Arguments for one function, built from known-good argument lists (seeds) by up to three
 * mutations each: a value replaced by a hostile one, by another of its type (a number by any
 * number, a string by a string from the dictionary or an odd one), scaled, or removed; an array
 * shortened, lengthened, emptied or reversed; an object given an unknown key or missing one; and
 * every number at once set to an extreme (so that a huge count meets a tiny population); the
 * argument list cut short or given an extra argument. Some calls are the seeds unchanged, so
 * valid inputs are tried too. Without seeds, the arguments are up to four arbitrary values.
 *
 * @param seeds - Argument lists the function accepts (taken from its documented examples).
 * @param dictionary - Strings found in the seeds (ids, codes, month keys), reused as string values.
 * @returns An arbitrary of argument lists; each generated list is a fresh copy.
 */
export function callArguments(seeds: readonly (readonly unknown[])[], dictionary: readonly string[]): fc.Arbitrary<unknown[]> {
  const str = strings(dictionary);
  const anyValue = fc.oneof(
    numbers,
    str,
    fc.anything(),
    fc.nat().map((i) => hostileValue(i, undefined)),
  );
  if (seeds.length === 0) return fc.array(anyValue, { maxLength: 4 });
  const mutation = fc.record({ at: fc.nat(), kind: fc.integer({ min: 0, max: 12 }), pick: fc.nat(), num: numbers, str });
  return fc
    .record({
      seed: fc.nat({ max: seeds.length - 1 }),
      mutations: fc.array(mutation, { maxLength: 3 }),
      arity: fc.integer({ min: 0, max: 15 }),
      extra: fc.nat({ max: hostileCount - 1 }),
    })
    .map(({ seed, mutations, arity, extra }) => {
      const args = cloneData(seeds[seed]) as unknown[];
      for (const m of mutations) mutate(args, m);
      if (arity === 0 && args.length > 0) args.pop();
      else if (arity === 1) args.push(hostileValue(extra, undefined));
      return args;
    });
}
