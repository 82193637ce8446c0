import type { DisclosurePresetName } from "@crimestats/disclosure";
import { ReportError } from "./ReportError.js";
import type { StrategicAssessmentResult } from "./types.js";
import { checkedArea, checkedDisclosure, checkedMonth, readBreaks, readFramework, readRules, runAssessment } from "./internal/assess/assessment.js";
import { classifyFiles } from "./internal/assess/classifyFiles.js";
import { localRole, problemLines, problemSummary, readLocalFiles } from "./internal/assess/localFiles.js";
import { isSuiteError } from "./internal/suiteErrors.js";

/** Options of {@link assessFiles}: what `crimestats assess` takes as options, with files as `File` objects. */
export interface AssessFilesOptions {
  /** The focus area, a local authority as the data spell it (any letter case); default `"Harrow"`, as the command line. */
  readonly area?: string;
  /** The comparator areas (`--neighbours`); default the built-in group of the area (Harrow's neighbours), or with data.police.uk files the force area's other districts. */
  readonly neighbours?: readonly string[];
  /** The last month of the current period, `"YYYY-MM"` (`--to`); default the last month of the data. */
  readonly to?: string;
  /** The benchmark area with data.police.uk street files (`--benchmark`): the focus area's force area (default) or England and Wales (the street files of all 43 forces). */
  readonly benchmark?: "force-area" | "england-and-wales";
  /** The disclosure policy (`--disclosure`): a preset of @crimestats/disclosure, or `"none"` for counts as recorded; default `"suppress-1-4-round-5"`. */
  readonly disclosure?: DisclosurePresetName | "none";
  /** A partnership's strategy (`--framework <strategy.json>`): a `Strategy` of @crimestats/schema or a list of them; absent, the MPS major categories. */
  readonly framework?: File;
  /** The id of the strategy to use when the framework file holds several (`--strategy`). */
  readonly strategy?: string;
  /** The partnership's own changes in recording (`--breaks`), a JSON list of `RecordingBreak`. */
  readonly breaks?: File;
  /** RAG rules (`--rag-rules`), a `RuleSet` of @crimestats/rag whose rule ids are priority ids. */
  readonly ragRules?: File;
  /** The partnership's local-data files (`--local`: the CSV or JSON files of the local-data templates). */
  readonly local?: readonly File[];
  /** The MPS ward file to read (`--ward-file`), instead of the one found among the data; with data.police.uk street files it is not read, and `warnings` says so. */
  readonly wardFile?: File;
  /** data.police.uk street-level files for the hotspot maps of the MPS borough files (`--street-file`), instead of those found among the data; with data.police.uk street files as the data they are not read, and `warnings` says so. */
  readonly streetFiles?: readonly File[];
  /** Boundary files (`--boundaries`, GeoJSON or TopoJSON), instead of those found among the data; a file that is not boundaries is then an error; with data.police.uk street files they are not read, and `warnings` says so. */
  readonly boundaries?: readonly File[];
  /** The data (and the local files) are the SYNTHETIC demonstration data of this package: the documents say so on every page. */
  readonly synthetic?: boolean;
  /**
   * Called with each progress line, in the words `crimestats assess` prints (`"Reading
   * mye24tablesew.csv..."`), and the stage it belongs to: `"reading"` the files, then
   * `"computing"` the assessment.
   */
  readonly onProgress?: (step: string, stage: "reading" | "computing") => void;
}

/** What {@link assessFiles} returns. */
export interface AssessFilesResult {
  /** The Strategic Assessment, as `renderHtml`, `renderMarkdown` and `renderDocx` take it (its JSON is the command line's `strategic-assessment.json`). */
  readonly assessment: StrategicAssessmentResult;
  /** Files given that are not used, and rows or cells rejected or data missing (the document's reconciliation says them too), one sentence each. */
  readonly warnings: readonly string[];
  /**
   * Every file given (the data, then the ward, street and boundary files, the framework, breaks,
   * RAG rules and local files of the options), in that
   * order, with what it was read as, in the words of the reconciliation (`"borough counts"`,
   * `"population"`, `"street-level crimes"`, `"boundaries"`, `"local data: survey results"`…), or `readAs: null` and the `reason` it was not
   * used ("its month is outside March 2023 to February 2025").
   */
  readonly files: readonly AssessedFile[];
}

/** A file given to {@link assessFiles} and what became of it. */
export interface AssessedFile {
  /** The file's name. */
  readonly name: string;
  /** What it was read as, or `null` when it was not used. */
  readonly readAs: string | null;
  /** Why it was not used, or `null` when it was. */
  readonly reason: string | null;
}

/**
 * Makes the Strategic Assessment from the files an analyst holds, in a browser (the `File`s of
 * `<input type="file">` or of a dropped folder) or in Node.js (`new File([await
 * fs.openAsBlob(path)], name)`): the same pipeline as `crimestats assess`. The files are told
 * apart by name and content: the London Datastore MPS borough files (with the ward file, ONS
 * population files, boundary files and data.police.uk street files for the maps), or
 * data.police.uk street files (or the archive zip) with ONS mid-year estimates, for any local
 * authority of England and Wales. Large files are streamed (`file.stream()`), never read whole; a
 * file that is none of these is not read, and said in `warnings`. Nothing is sent anywhere.
 *
 * @param data - the data files (a folder's files at any depth, in any order: they are put in order by name, by code point as the command lists a folder, so the order does not change the document), or one data.police.uk archive zip with the population files.
 * @param options - the area, comparators, period, benchmark, disclosure policy and the partnership's own files, as `crimestats assess` takes them.
 * @returns the assessment, the warnings and what each file was read as.
 * @throws {@link ReportError} `invalid-argument` for an empty area, a `to` that is not `YYYY-MM`, an
 * unknown disclosure policy or benchmark area, `strategy` without `framework`, or data as anything
 * but a list of `File`s; `unknown-area` and `month-out-of-range` (and, with street files,
 * `invalid-argument`) for a focus area or month the data do not hold; `file-not-found` when the
 * data hold no population file, or neither an MPS borough file nor data.police.uk street files, or
 * a file cannot be read (`Cannot read the borough file "x.csv": …`, the file's name in `details.file`); `invalid-data` for a framework, breaks or RAG rules file that is not what
 * it should be, for a file whose rows cannot be read, and for local-data files with problems
 * (`details.problems`: one `file:line: column: message` line each, as `crimestats check` prints
 * them). An error of another crimestats package that reads a file (a `PoliceDataError` for a
 * malformed CSV, workbook or archive, a `RagError` for bad RAG rules) is given as a `ReportError`
 * `invalid-data` (`invalid-argument` for a bad option) with its message, its class and code in `details`.
 * @example
 * ```ts
 * import { assessFiles, renderHtml } from "@crimestats/report";
 * // files: the File objects of <input type="file" multiple>: the MPS borough files
 * // ("MPS Borough Level Crime (most recent 24 months) 2024-01_2025-12.csv") and ONS mid-year estimates
 * const { assessment, warnings, files: read } = await assessFiles(files, { area: "Harrow", to: "2025-12" });
 * [assessment.area, assessment.current.label, assessment.benchmarkArea.name];
 * //=> ["Harrow", "12 months to Dec 2025", "London"]
 * warnings;
 * //=> []
 * [...new Set(read.map((f) => f.readAs))];
 * //=> ["borough counts", "population"]
 * const html = await renderHtml(assessment);
 * ```
 */
export async function assessFiles(data: readonly File[], options: AssessFilesOptions = {}): Promise<AssessFilesResult> {
  try {
    return await assess(data, options);
  } catch (error) {
    // This package throws only its own errors: those of the packages it reads with keep their sentence.
    if (!isSuiteError(error) || error instanceof ReportError) throw error;
    const argument = error.code === "invalid-argument" || error.code === "invalid-option";
    const details = (error as { details?: Readonly<Record<string, unknown>> }).details ?? {};
    throw new ReportError(argument ? "invalid-argument" : "invalid-data", error.message, { ...details, error: error.name, code: error.code });
  }
}

/** {@link assessFiles}, its errors as thrown. */
async function assess(data: readonly File[], options: AssessFilesOptions): Promise<AssessFilesResult> {
  if (!Array.isArray(data) || !data.every((f) => f instanceof Blob && typeof (f as { name?: unknown }).name === "string")) {
    throw new ReportError("invalid-argument", 'assessFiles: expected the data as a list of File objects (e.g. the files of <input type="file" multiple>).', {});
  }
  let stage: "reading" | "computing" = "reading";
  const step = (text: string): void => options.onProgress?.(text, stage);
  const area = checkedArea(options.area ?? "Harrow");
  const to = checkedMonth(options.to);
  const disclosure = checkedDisclosure(options.disclosure ?? "suppress-1-4-round-5");
  if (options.framework === undefined && options.strategy !== undefined) {
    throw new ReportError("invalid-argument", 'Option "--strategy" needs --framework <file>: expected the JSON file of a strategy.', {
      strategy: options.strategy,
    });
  }
  const framework = options.framework === undefined ? ({ kind: "mps-major" } as const) : await readFramework(options.framework, options.strategy);
  const breaks = options.breaks === undefined ? [] : await readBreaks(options.breaks);
  const rules = options.ragRules === undefined ? null : { set: await readRules(options.ragRules), label: options.ragRules.name, strict: true };
  // The partnership's own data are read and checked before anything else: a problem in any file stops the assessment.
  const local = await readLocalFiles(options.local ?? []);
  if (local.some((f) => f.problems.length > 0)) {
    throw new ReportError("invalid-data", problemSummary(local), { problems: problemLines(local).trimEnd().split("\n") });
  }
  const files = await classifyFiles(data, {
    to,
    synthetic: options.synthetic === true,
    ward: options.wardFile,
    boundaries: options.boundaries,
    streets: options.streetFiles,
  });
  const warnings: string[] = [...files.unused];
  // Files classified as read that the reading then leaves out (a boundary file matching no layer, a street file of another month).
  const late = new Map<File, string>();
  const assessment = await runAssessment(
    {
      files,
      area,
      neighbours: options.neighbours,
      to,
      benchmark: options.benchmark,
      disclosure,
      framework,
      breaks,
      rules,
      local: { files: local, synthetic: options.synthetic === true },
      boundariesGiven: options.boundaries !== undefined && options.boundaries.length > 0,
      where: "the files given",
    },
    {
      step,
      computing: () => {
        stage = "computing";
      },
      warn: (text) => warnings.push(text),
      notUsed: (file, reason) => late.set(file, reason),
    },
  );
  // A ward, street or boundary file given apart that the classification does not read (with data.police.uk street files) says why.
  const given = (list: readonly File[] | undefined, readAs: string): AssessedFile[] =>
    (list ?? []).map((f) => {
      const reason = late.get(f) ?? files.uses.get(f)?.reason ?? undefined;
      return reason === undefined ? { name: f.name, readAs, reason: null } : { name: f.name, readAs: null, reason };
    });
  return {
    assessment,
    warnings,
    files: [
      ...data.map((f): AssessedFile => {
        const reason = late.get(f);
        const use = files.uses.get(f) ?? { readAs: null, reason: "it is none of the files an assessment reads" };
        return reason === undefined ? { name: f.name, ...use } : { name: f.name, readAs: null, reason };
      }),
      ...given(options.wardFile === undefined ? [] : [options.wardFile], "ward counts"),
      ...given(options.streetFiles, "street-level crimes"),
      ...given(options.boundaries, "boundaries"),
      ...given(options.framework === undefined ? [] : [options.framework], "strategy"),
      ...given(options.breaks === undefined ? [] : [options.breaks], "recording breaks"),
      ...given(options.ragRules === undefined ? [] : [options.ragRules], "RAG rules"),
      ...local.map((f, i): AssessedFile => ({ name: options.local?.[i]?.name ?? f.result.file, readAs: localRole(f.result.kind), reason: null })),
    ],
  };
}
