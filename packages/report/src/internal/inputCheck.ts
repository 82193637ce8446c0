import { monthIndex, monthKeyFromIndex } from "@crimestats/periods";
import type { ReaderStats } from "@crimestats/police-data";
import type { InputFileReconciliation, InputReconciliation } from "../types.js";
import { formatNumber } from "@crimestats/internal";
import { baseName } from "./assess/classifyFiles.js";

/** Rejected rows kept as examples per code and file in the document (so every code has its examples). */
const EXAMPLES_PER_CODE = 5;

/** How one file's rows were accounted for, from the statistics of a police-data reader. */
export function fileReconciliation(
  role: string,
  unit: InputFileReconciliation["unit"],
  stats: ReaderStats,
  file = stats.files[0] ?? "<input>",
): InputFileReconciliation {
  const rejectedByCode: Record<string, number> = {};
  for (const [code, n] of Object.entries(stats.rejectedByCode)) if (n !== undefined && n > 0) rejectedByCode[code] = n;
  return {
    file: baseName(file),
    role,
    unit,
    read: stats.rowsRead,
    accepted: stats.rowsRead - stats.rowsRejected,
    rejected: stats.rowsRejected,
    rejectedByCode,
    examples: Object.keys(rejectedByCode)
      .flatMap((code) => stats.rejectedExamples.filter((e) => e.code === code).slice(0, EXAMPLES_PER_CODE))
      .sort((a, b) => a.line - b.line)
      .map((e) => ({ line: e.line, code: e.code, message: e.message })),
  };
}

/** The reconciliation of all files read, with the sentences naming what is missing. */
export function inputReconciliation(files: readonly InputFileReconciliation[], missing: readonly string[]): InputReconciliation {
  const rejected = files.reduce((n, f) => n + f.rejected, 0);
  return { files, rejected, missing, complete: rejected === 0 && missing.length === 0 };
}

/** `"a, b and c"`, or the first `max` and how many more. */
function listOf(items: readonly string[], max = 8): string {
  const shown = items.length > max ? [...items.slice(0, max), `${items.length - max} more`] : [...items];
  return shown.length <= 1 ? (shown[0] ?? "") : `${shown.slice(0, -1).join(", ")} and ${shown.at(-1) ?? ""}`;
}

/**
 * Sentences naming the areas that lack accepted counts for some months of `first`..`last`
 * (each area present must have every month), e.g. after rows or cells were rejected; areas
 * lacking the same months share one sentence.
 */
export function missingMonths(what: string, seen: ReadonlyMap<string, ReadonlySet<string>>, first: string, last: string): string[] {
  const from = monthIndex(first);
  const to = monthIndex(last);
  const byLack = new Map<string, { months: string[]; areas: string[] }>();
  for (const [area, months] of [...seen].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const lacking: string[] = [];
    for (let m = from; m <= to; m += 1) if (!months.has(monthKeyFromIndex(m))) lacking.push(monthKeyFromIndex(m));
    if (lacking.length === 0) continue;
    const key = lacking.join(",");
    const group = byLack.get(key) ?? { months: lacking, areas: [] };
    group.areas.push(area);
    byLack.set(key, group);
  }
  return [...byLack.values()].map(({ months, areas }) => {
    const who = areas.length === 1 ? `${areas[0] ?? ""} has` : `${areas.length} areas (${listOf(areas)}) have`;
    return `${what}: ${who} no counts for ${months.length} of ${to - from + 1} months (${listOf(months)}).`;
  });
}

/** The benchmark area the counts cover, as the reconciliation names it: `{ name: "London", membersName: "London boroughs" }`. */
export interface ReconciledArea {
  readonly name: string;
  readonly membersName: string;
}

/**
 * The sentence naming the areas expected in the counts (those with a population) that have no
 * counts at all, or `null` when none is missing.
 */
export function missingAreas(what: string, expected: readonly string[], present: ReadonlySet<string>, benchmarkArea: ReconciledArea): string | null {
  const absent = expected.filter((a) => !present.has(a)).sort();
  if (absent.length === 0) return null;
  return `${what}: no counts for ${absent.length} of the ${expected.length} ${benchmarkArea.membersName} with a population (${listOf(absent)}); the file may be cut short or filtered, so ${benchmarkArea.name} totals and ranks would be too low.`;
}

/**
 * The sentence naming the areas with counts but no population (other than the rows that are not
 * member areas), or `null`: they are left out of the ranks and of the benchmark area's population
 * while their offences stay in its count, so its rate would be too high.
 */
export function missingPopulations(what: string, areas: readonly string[], benchmarkArea: ReconciledArea): string | null {
  if (areas.length === 0) return null;
  const sorted = [...areas].sort();
  const name = benchmarkArea.name;
  return `${what}: no population for ${sorted.length} area${sorted.length === 1 ? "" : "s"} with counts (${listOf(sorted)}); they are left out of the ranks and of ${name}'s population while their offences stay in ${name}'s count, so ${name}'s rate would be too high.`;
}

/** `"invalid-count 12, field-count 1"`. */
function codesText(byCode: Readonly<Record<string, number>>): string {
  return Object.entries(byCode)
    .map(([code, n]) => `${code} ${n}`)
    .join(", ");
}

/** One sentence per file with rejections and per thing missing: what the command prints and the document's reconciliation section says. */
export function reconciliationWarnings(reconciliation: InputReconciliation): string[] {
  const out: string[] = [];
  for (const f of reconciliation.files) {
    if (f.rejected === 0) continue;
    const first = f.examples[0];
    out.push(
      `${formatNumber(f.rejected, 0)} of ${formatNumber(f.read, 0)} ${f.unit} of ${f.file} (${f.role}) were rejected and not counted (${codesText(f.rejectedByCode)})${first === undefined ? "" : `; first at line ${first.line}: ${first.message}`}.`,
    );
  }
  out.push(...reconciliation.missing);
  return out;
}
