// What the page's JSON document is compared with the CLI's on: the headline figures a reader
// looks at first, exactly (for a readable failure), then every value of the document.

/** The few fields of an assessment's JSON document that the headline comparison reads. */
interface AssessmentJson {
  readonly area: string;
  readonly previous: { readonly first: string; readonly last: string } | null;
  readonly current: { readonly first: string; readonly last: string };
  readonly keyFindings: readonly { readonly explanation: string }[];
  readonly priorities: readonly {
    readonly name: string;
    readonly quickFacts: {
      readonly previous: { readonly count: { readonly value: number } } | null;
      readonly current: { readonly count: { readonly value: number }; readonly rate?: { readonly value: number } | null };
      readonly change: { readonly value: { readonly inputs: { readonly previousRate: number } } | null } | null;
    };
    readonly change: { readonly verdict: string } | null;
    readonly vsBenchmarkArea: { readonly rate: number | null } | null;
    readonly vsComparatorGroup: { readonly rate: number | null } | null;
    readonly rag: unknown;
  }[];
}

/**
 * The headline figures of an assessment's JSON document: the area and both periods, and for each
 * priority (the first is all offences) its counts and rates in both periods, its verdict on the
 * change, its RAG rating and the benchmark area's and comparator group's rates; then the key
 * findings' text.
 */
export function headlineFigures(text: string): unknown {
  const json = JSON.parse(text) as AssessmentJson;
  return {
    area: json.area,
    previous: json.previous === null ? null : { first: json.previous.first, last: json.previous.last },
    current: { first: json.current.first, last: json.current.last },
    priorities: json.priorities.map((p) => ({
      name: p.name,
      previousCount: p.quickFacts.previous?.count.value ?? null,
      currentCount: p.quickFacts.current.count.value,
      previousRate: p.quickFacts.change?.value?.inputs.previousRate ?? null,
      currentRate: p.quickFacts.current.rate?.value ?? null,
      verdict: p.change?.verdict ?? null,
      rag: p.rag ?? null,
      benchmarkAreaRate: p.vsBenchmarkArea?.rate ?? null,
      comparatorGroupRate: p.vsComparatorGroup?.rate ?? null,
    })),
    keyFindings: json.keyFindings.map((k) => k.explanation),
  };
}

/**
 * How far apart two numbers of the documents may be: a relative 10^-12, twelve significant digits,
 * far more than any figure is shown with. Node.js's and Chromium's JavaScript engines compute
 * `**`, `Math.exp` and `Math.log` with different last bits (about one result in ten differs by one
 * unit in the last place between Node.js 20's V8 11.3 and Chromium 156's), so figures made through
 * them (the funnel's control limits) can differ there; sums, quotients and every string of the
 * documents (each sentence with its rounded figures) must be equal.
 */
const RELATIVE_TOLERANCE = 1e-12;

/** The outcome of {@link jsonDifferences}. */
export interface JsonComparison {
  /** The places where the values differ (beyond the tolerance for numbers), as paths with both values: at most `limit` of them. */
  readonly differences: readonly string[];
  /** How many numbers differ within the tolerance, and the largest relative difference among them. */
  readonly lastDigits: { readonly count: number; readonly largest: number };
}

/**
 * Compares two JSON values: structure, strings, booleans and nulls exactly, numbers to a relative
 * 10^-12 (see {@link RELATIVE_TOLERANCE}).
 */
export function jsonDifferences(expected: unknown, actual: unknown, limit = 10): JsonComparison {
  const differences: string[] = [];
  const lastDigits = { count: 0, largest: 0 };
  const show = (value: unknown) => {
    const text = JSON.stringify(value) ?? "undefined";
    return text.length > 120 ? `${text.slice(0, 117)}...` : text;
  };
  const walk = (a: unknown, b: unknown, path: string): void => {
    if (differences.length >= limit) return;
    if (typeof a === "number" && typeof b === "number" && a !== b) {
      const relative = Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
      if (relative <= RELATIVE_TOLERANCE) {
        lastDigits.count++;
        lastDigits.largest = Math.max(lastDigits.largest, relative);
        return;
      }
    }
    if (typeof a === "object" && a !== null && typeof b === "object" && b !== null && Array.isArray(a) === Array.isArray(b)) {
      const keys = Array.isArray(a)
        ? [...Array(Math.max(a.length, (b as unknown[]).length)).keys()].map(String)
        : [...new Set([...Object.keys(a), ...Object.keys(b)])];
      for (const key of keys)
        walk((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], Array.isArray(a) ? `${path}[${key}]` : `${path}.${key}`);
    } else if (!Object.is(a, b)) differences.push(`${path}: ${show(a)} in the CLI's, ${show(b)} in the page's`);
  };
  walk(expected, actual, "$");
  return { differences, lastDigits };
}
