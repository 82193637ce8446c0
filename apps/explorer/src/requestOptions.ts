import type { AssessRequestOptions } from "./protocol.js";

/** What the options form holds: its text fields as typed and its files as chosen. */
export interface OptionsFormValues {
  readonly area: string;
  readonly neighbours: string;
  readonly to: string;
  readonly benchmark: string;
  readonly disclosure: string;
  readonly strategy: string;
  readonly framework: File | null;
  readonly breaks: File | null;
  readonly ragRules: File | null;
  readonly local: readonly File[];
}

/** The benchmark areas `crimestats assess --benchmark` accepts. */
const BENCHMARKS = ["force-area", "england-and-wales"] as const;

/**
 * The options of an assessment from the options form: each text trimmed, and a field left empty
 * left out, so the assessment uses its default (the CLI's) for it. Neighbours are typed one
 * after another, separated by commas or new lines. Values are passed as typed: the assessment
 * checks them and says what is wrong (an unknown area, a month that is not "YYYY-MM").
 *
 * @param values - The form's fields.
 * @returns The options to send to the worker.
 * @throws Never.
 * @example
 * ```ts
 * requestOptions({ area: " Harrow ", neighbours: "Brent, Ealing,", to: "2025-02", benchmark: "", disclosure: "",
 *   strategy: "", framework: null, breaks: null, ragRules: null, local: [] });
 * //=> { area: "Harrow", neighbours: ["Brent", "Ealing"], to: "2025-02" }
 * ```
 */
export function requestOptions(values: OptionsFormValues): AssessRequestOptions {
  const text = (value: string): string | undefined => (value.trim() === "" ? undefined : value.trim());
  const neighbours = values.neighbours
    .split(/[,\n]/)
    .map((name) => name.trim())
    .filter((name) => name !== "");
  const benchmark = BENCHMARKS.find((name) => name === values.benchmark.trim());
  const given: { -readonly [K in keyof AssessRequestOptions]: AssessRequestOptions[K] | undefined } = {
    area: text(values.area),
    neighbours: neighbours.length > 0 ? neighbours : undefined,
    to: text(values.to),
    benchmark,
    disclosure: text(values.disclosure),
    framework: values.framework ?? undefined,
    strategy: text(values.strategy),
    breaks: values.breaks ?? undefined,
    ragRules: values.ragRules ?? undefined,
    local: values.local.length > 0 ? values.local : undefined,
  };
  return Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined)) as AssessRequestOptions;
}
