import { countText } from "../sections/words.js";
import type { LocalKind, LocalMeasuresInput } from "../../localTypes.js";
import { readLocalFileLines, type LocalFileResult, type LocalProblem } from "../../readLocalFile.js";
import type { InputFileReconciliation } from "../../types.js";
import { fileBytes } from "./fileText.js";
import { localKeyWords, localRowKey } from "../local/localKeys.js";

/** Exit status when a local-data file has a problem: the status of rejected input rows (`check`, and `assess --local`, which then writes nothing). */
export const EXIT_LOCAL_PROBLEMS = 3;

/** A local-data file read: its name (a command line prints its path instead) and what `readLocalFile` found, with problems across files (duplicates) added. */
export interface LocalFileRead {
  readonly path: string;
  readonly result: LocalFileResult;
  /** Every problem of the file, those found across files included, in order of line. */
  readonly problems: readonly LocalProblem[];
}

/**
 * Reads local-data files with readLocalFile and adds, to each, the rows that repeat a row of an
 * earlier file of the same kind (files of one kind are concatenated, so a row given twice would
 * be counted twice).
 */
export async function readLocalFiles(files: readonly File[], label: (file: File) => string = (f) => f.name): Promise<readonly LocalFileRead[]> {
  const read: LocalFileRead[] = [];
  const seen = new Map<string, { readonly file: string; readonly line: number }>();
  for (const file of files) {
    const path = label(file);
    const { result, lines } = await readLocalFileLines({ name: file.name, data: await fileBytes(file, "local-data file", path) });
    const problems = [...result.problems];
    if (result.kind !== null) {
      const kind = result.kind;
      // The key fields as the file names them: CSV columns are snake_case ("victim_age_band").
      const keyWords = /\.json$/i.test(result.file) ? localKeyWords(kind) : localKeyWords(kind).replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
      const mine = new Map<string, number>();
      (result.rows as readonly object[]).forEach((row, i) => {
        const key = `${kind}|${localRowKey(kind, row)}`;
        const line = lines[i] ?? 0;
        const earlier = seen.get(key);
        if (earlier !== undefined) {
          problems.push({
            line,
            column: null,
            code: "duplicate-row",
            message: `The row repeats the row on line ${earlier.line} of "${earlier.file}" (the same ${keyWords}): expected each count in one file only.`,
          });
        } else if (!mine.has(key)) mine.set(key, line);
      });
      for (const [key, line] of mine) seen.set(key, { file: result.file, line });
    }
    read.push({ path, result, problems: [...problems].sort((a, b) => a.line - b.line) });
  }
  return read;
}

/** `file:line: column: message`, one line per problem (a problem of a whole row or file has no column). */
export function problemLines(files: readonly LocalFileRead[]): string {
  return files.flatMap(({ path, problems }) => problems.map((p) => `${path}:${p.line}: ${p.column === null ? "" : `${p.column}: `}${p.message}\n`)).join("");
}

/** "1 problem in 2 files" and the like. */
export function problemSummary(files: readonly LocalFileRead[]): string {
  const problems = files.reduce((n, f) => n + f.problems.length, 0);
  const bad = files.filter((f) => f.problems.length > 0).length;
  const rows = files.reduce((n, f) => n + f.result.rows.length, 0);
  const read = files.reduce((n, f) => n + f.result.rowsRead, 0);
  const plural = (n: number, one: string): string => `${countText(n)} ${one}${n === 1 ? "" : "s"}`;
  if (problems === 0) return `${plural(files.length, "file")} checked: ${plural(rows, "row")}, no problems.`;
  return `${plural(problems, "problem")} in ${plural(bad, "file")} of ${files.length}: ${plural(rows, "row")} of ${plural(read, "row")} read passed (nothing is used until every problem is fixed).`;
}

/** The role of a local file in the reconciliation ("local data: survey results"), or "local data" for a file of no kind. */
export function localRole(kind: LocalKind | null): string {
  return kind === null ? "local data" : ROLES[kind];
}

const ROLES: Readonly<Record<LocalKind, string>> = {
  incidents: "local data: incident counts",
  "youth-justice": "local data: youth justice",
  survey: "local data: survey results",
  "service-volumes": "local data: service volumes",
  "delivery-plan": "local data: delivery plan",
};

/** The assessment's local input from clean local files (files of one kind concatenated in name order), with one reconciliation entry per file. */
export function localInput(
  files: readonly LocalFileRead[],
  options: { readonly synthetic: boolean; readonly sourceLabel: (file: LocalFileRead) => string },
): { input: LocalMeasuresInput; checked: InputFileReconciliation[] } {
  const incidents: unknown[] = [];
  const youthJustice: unknown[] = [];
  const surveys: unknown[] = [];
  const services: unknown[] = [];
  const plan: unknown[] = [];
  const checked: InputFileReconciliation[] = [];
  for (const file of files) {
    const { result } = file;
    if (result.kind === null) continue;
    const into = { incidents, "youth-justice": youthJustice, survey: surveys, "service-volumes": services, "delivery-plan": plan }[result.kind];
    into.push(...result.rows);
    checked.push({
      file: result.file,
      role: ROLES[result.kind],
      unit: "rows",
      read: result.rowsRead,
      accepted: result.rows.length,
      rejected: result.rowsRead - result.rows.length,
      rejectedByCode: {},
      examples: [],
    });
  }
  const input = {
    ...(incidents.length > 0 ? { incidents } : {}),
    ...(youthJustice.length > 0 ? { youthJustice } : {}),
    ...(surveys.length > 0 ? { surveys } : {}),
    ...(services.length > 0 ? { services } : {}),
    ...(plan.length > 0 ? { plan } : {}),
    ...(options.synthetic ? { synthetic: true } : {}),
    sources: files.filter((f) => f.result.kind !== null).map(options.sourceLabel),
  } as LocalMeasuresInput;
  return { input, checked };
}
