import { disclosurePreset, type DisclosurePolicy, type DisclosurePresetName } from "@crimestats/disclosure";
import { parseRules, type ChangeRule, type RuleSet, type TargetRule } from "@crimestats/rag";
import { safeParseRecordingBreaks, safeParseStrategy, type RecordingBreak, type Strategy } from "@crimestats/schema";
import { recordingBreaks } from "@crimestats/taxonomy";
import { accessSync, constants, existsSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { describeSystemError, isSystemError } from "../fsError.js";
import { reconciliationWarnings } from "../inputCheck.js";
import { renderHtml } from "../../renderHtml.js";
import { findBrowser } from "../pdf/findBrowser.js";
import { printPdf } from "../pdf/printPdf.js";
import { brandingOptions } from "./brandingConfig.js";
import { renderMarkdown } from "../../renderMarkdown.js";
import { ReportError } from "../../ReportError.js";
import { countText, listWords } from "../sections/words.js";
import { middleWords, periodMiddle, tiedEstimateYear } from "../populations.js";
import { strategicAssessment, type PriorityInput } from "../../strategicAssessment.js";
import type { PopulationEstimates, StrategicAssessmentResult } from "../../types.js";
import { findAssessFiles, type AssessFiles } from "./findFiles.js";
import { openOutputFolder } from "./outputFolder.js";
import type { CliIo } from "./io.js";
import { loadAssessData, mpsBenchmarkArea, type Framework } from "./loadData.js";
import { progressReporter } from "./progress.js";
import { EXIT_LOCAL_PROBLEMS, localFolderFiles, localInput, problemLines, problemSummary, readLocalFiles, type LocalFileRead } from "./localFiles.js";
import { ASB_CRIME_TYPE, ASB_STREET_SOURCE } from "../local/asbFromStreetCrimes.js";
import type { LocalKind, LocalMeasuresInput } from "../../localTypes.js";
import type { AssessData } from "./loadData.js";
import { loadStreetData, SMALL_POPULATION } from "./loadStreetData.js";
import { builtInNeighbours } from "./neighbours.js";

/** The disclosure presets of @crimestats/disclosure that `--disclosure` accepts, and `none` (counts as recorded). */
const disclosurePresets: readonly (DisclosurePresetName | "none")[] = ["suppress-1-4-round-5", "small-to-5-round-5", "redact-0-7-round-5", "none"];

/** The policy of a `--disclosure` value: a preset, or `none`, a policy with no rule (figures already published as recorded). */
function disclosurePolicy(name: DisclosurePresetName | "none"): DisclosurePolicy {
  return name === "none" ? { id: "none", protectionWidth: 0 } : disclosurePreset(name);
}

/** Checks that every input file can be read before anything is computed, saying which one cannot and why. */
function checkReadable(files: AssessFiles): void {
  const named: [string | null, string][] = [
    ...files.boroughs.map((f): [string, string] => [f, "borough file"]),
    [files.ward, "ward file"],
    ...files.populations.map((f): [string, string] => [f.path, "population file"]),
    [files.breaks, "breaks file"],
    [files.rules, "RAG rules file"],
    ...files.boundaries.map((f): [string, string] => [f, "boundary file"]),
    ...files.streets.map((f): [string, string] => [f, "street-level file"]),
  ];
  for (const [path, what] of named) {
    if (path === null) continue;
    try {
      accessSync(path, constants.R_OK);
    } catch (error) {
      if (!isSystemError(error)) throw error;
      throw new ReportError("file-not-found", describeSystemError(error, `Cannot read the ${what} "${path}"`), { path, code: error.code });
    }
  }
}

/** The formats `--format` accepts, in the order they are written and listed, with the name of each file. */
const formatFiles = {
  html: "strategic-assessment.html",
  md: "strategic-assessment.md",
  json: "strategic-assessment.json",
  docx: "strategic-assessment.docx",
  pdf: "strategic-assessment.pdf",
} as const;
type Format = keyof typeof formatFiles;
const allFormats = Object.keys(formatFiles) as Format[];

/** The formats of `--format` (comma-separated; default html, md and json), in the order of {@link formatFiles}. */
function parseFormats(given: unknown): readonly Format[] {
  if (typeof given !== "string") return ["html", "md", "json"];
  const names = given.split(",").map((name) => name.trim());
  for (const name of names) {
    if (!(allFormats as string[]).includes(name)) {
      throw new ReportError(
        "invalid-argument",
        `Unknown format "${name}" given to --format: expected a comma-separated list of ${allFormats.join(", ")} (e.g. --format html,pdf).`,
        { format: given },
      );
    }
  }
  return allFormats.filter((format) => names.includes(format));
}

/** The benchmark area of the data.police.uk path (`--benchmark`): the focus area's force area (default) or England and Wales. */
function streetBenchmark(given: unknown): "force-area" | "england-and-wales" {
  if (given === undefined || given === "force-area" || given === "england-and-wales") return given ?? "force-area";
  throw new ReportError("invalid-argument", `Unknown benchmark area "${String(given)}" given to --benchmark: expected force-area or england-and-wales.`, {
    benchmark: given,
  });
}

/** Exit status when input rows or cells were rejected or the data are incomplete (documents written unless --strict). */
const EXIT_INPUT_REJECTED = 3;

/** `crimestats assess`. */
export async function assessCommand(values: Record<string, unknown>, io: CliIo): Promise<number> {
  const started = Date.now();
  const progress = progressReporter(io, values["quiet"] === true);
  const files = findAssessFiles(values, io.cwd, io.demoDataDir);
  const area = typeof values["area"] === "string" ? values["area"].trim() : "Harrow";
  if (area === "") throw new ReportError("invalid-argument", 'Option "--area" is empty: expected a local authority such as Harrow or Cumberland.', {});
  const comparatorText = values["neighbours"] ?? values["comparators"];
  if (typeof values["neighbours"] === "string" && typeof values["comparators"] === "string") {
    throw new ReportError("invalid-argument", 'Options "--neighbours" and "--comparators" are the same option: expected one of them.', {});
  }
  const given =
    typeof comparatorText === "string"
      ? comparatorText
          .split(",")
          .map((s) => s.trim())
          .filter((s) => s !== "")
      : undefined;
  const comparators = given ?? [...(builtInNeighbours(area)?.members ?? [])];
  const to = typeof values["to"] === "string" ? values["to"] : undefined;
  if (to !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(to)) {
    throw new ReportError("invalid-argument", `Month "${to}" given to --to is not a month: expected YYYY-MM, e.g. 2025-02.`, { to });
  }
  const framework = readFramework(values, io.cwd);
  const userBreaks = files.breaks === null ? [] : readBreaks(files.breaks);
  const rules = files.rules === null ? null : readRules(files.rules);
  const disclosure = typeof values["disclosure"] === "string" ? values["disclosure"] : "suppress-1-4-round-5";
  if (!(disclosurePresets as readonly string[]).includes(disclosure)) {
    throw new ReportError("invalid-argument", `Unknown disclosure policy "${disclosure}": expected ${disclosurePresets.join(", ")}.`, { disclosure });
  }
  const outDir = resolve(io.cwd, typeof values["out"] === "string" ? values["out"] : "out");
  const formats = parseFormats(values["format"]);
  // The branding, the browser and the files they name are checked before any data are read.
  const branding = brandingOptions(values, io.cwd);
  const givenBrowser = typeof values["browser"] === "string" ? resolve(io.cwd, values["browser"]) : undefined;
  if (givenBrowser !== undefined && !formats.includes("pdf")) {
    throw new ReportError("invalid-argument", 'Option "--browser" is for printing the PDF: expected --format with pdf (e.g. --format html,pdf).', {
      browser: givenBrowser,
    });
  }
  const browser = formats.includes("pdf") ? findBrowser({ given: givenBrowser, givenAs: "--browser", env: io.env, platform: process.platform }) : null;
  checkReadable(files);
  // The partnership's own data are read and checked before anything else: a problem in any file writes nothing.
  const local = await readLocal(values, io, files.synthetic);
  if (local.files.some((f) => f.problems.length > 0)) {
    io.err(problemLines(local.files));
    io.err(`crimestats: ${problemSummary(local.files)}\n`);
    io.err(
      `crimestats: no document written, because a local-data file has a problem (exit status ${EXIT_LOCAL_PROBLEMS}); "crimestats check <file>" checks a file alone.\n`,
    );
    return EXIT_LOCAL_PROBLEMS;
  }
  // The output folder is checked (and repaired after a killed run) before anything is computed.
  const names = formats.map((format) => formatFiles[format]);
  const output = await openOutputFolder(outDir, { names });
  try {
    if (files.synthetic) progress.step("Using the embedded SYNTHETIC demonstration data (not real crime figures); pass --data to use downloaded files.");
    const fromFiles = localInput(local.files, {
      synthetic: local.synthetic,
      sourceLabel: (f) => `${f.result.file} (${f.result.kind === null ? "" : KIND_WORDS[f.result.kind]}: ${rowsWords(f.result.rows.length)})`,
    });
    if (files.policeUk === undefined && values["benchmark"] !== undefined) {
      throw new ReportError(
        "invalid-argument",
        'Option "--benchmark" is for data.police.uk street files: with the MPS borough files the benchmark area is London.',
        {},
      );
    }
    if (files.policeUk !== undefined) {
      const street = await loadStreetData(files.policeUk.data, files.populations, area, (text) => progress.step(text), {
        ...(to === undefined ? {} : { to }),
        ...(given === undefined ? {} : { neighbours: given }),
        benchmark: streetBenchmark(values["benchmark"]),
        ...(framework.kind === "strategy" ? { strategy: { strategy: framework.strategy, file: framework.file } } : {}),
      });
      for (const w of street.warnings) progress.step(w);
      const warnings = reconciliationWarnings(street.reconciliation);
      for (const w of warnings) io.err(`crimestats: warning: ${w}\n`);
      if (warnings.length > 0 && values["strict"] === true) {
        io.err(`crimestats: --strict: no document written, because input was rejected or is incomplete (exit status ${EXIT_INPUT_REJECTED}).\n`);
        return EXIT_INPUT_REJECTED;
      }
      // The street files are already among the sources, as holding crimes and anti-social behaviour: not listed again.
      const localMeasures = assessmentLocal(fromFiles, { asb: street.asb, streetCrimes: null }, false, (w) => io.err(`crimestats: warning: ${w}\n`), true);
      const ragRule = rules === null ? undefined : ruleOfPriority(rules, files.rules ?? "", street.priorities, typeof values["rag-rules"] === "string");
      const focus = street.comparatorGroup.members;
      progress.step(
        `Computing the assessment for ${street.area}${focus.length > 0 ? ` against ${focus.join(", ")}` : ""} and the ${street.benchmarkArea.name}...`,
      );
      const assessed = strategicAssessment({
        counts: street.counts,
        populations: street.populations,
        area: street.area,
        benchmarkArea: street.benchmarkArea,
        comparatorGroup: street.comparatorGroup,
        end: street.end,
        ...(street.change === "none" && street.period !== null ? { change: "none" as const, period: street.period } : {}),
        priorities: street.priorities,
        breaks: [...street.breaks, ...userBreaks],
        ...(ragRule === undefined ? {} : { ragRule }),
        sources: street.sources,
        notes: street.notes,
        disclosure: disclosurePolicy(disclosure as DisclosurePresetName | "none"),
        reconciliation:
          localMeasures.checked.length === 0
            ? street.reconciliation
            : { ...street.reconciliation, files: [...street.reconciliation.files, ...localMeasures.checked] },
        ...(localMeasures.input === null ? {} : { local: localMeasures.input }),
      });
      const small = street.focusPopulation > 0 && street.focusPopulation < SMALL_POPULATION;
      const tied = withPopulationTies(assessed, street.populations, street.area);
      const result = withSmallPopulation(street.areaNote === null ? tied : { ...tied, areaNote: street.areaNote }, small);
      if (small) {
        progress.step(
          `${street.area} has fewer than ${countText(SMALL_POPULATION)} residents: the document says its rates per 1,000 residents overstate the risk to the people present.`,
        );
      }
      return await writeDocuments(result, { formats, names, outDir, branding, browser, output, progress, io, started, area: street.area });
    }
    const data = await loadAssessData(files, area, (text) => progress.step(text), framework, {
      ...(to === undefined ? {} : { to }),
      boundariesGiven: values["boundaries"] !== undefined,
      local: fromFiles.input,
    });
    // Input not used (a boundary file matching neither layer) is said, but is no rejected input.
    for (const w of data.warnings) io.err(`crimestats: warning: ${w}\n`);
    // Rejected rows or cells and missing areas or months are always said; --strict refuses to publish them.
    const warnings = reconciliationWarnings(data.reconciliation);
    for (const w of warnings) io.err(`crimestats: warning: ${w}\n`);
    if (warnings.length > 0 && values["strict"] === true) {
      io.err(`crimestats: --strict: no document written, because input was rejected or is incomplete (exit status ${EXIT_INPUT_REJECTED}).\n`);
      return EXIT_INPUT_REJECTED;
    }
    // The demonstration data's rule file rates the MPS major categories: with another framework its rule may name no priority.
    const localMeasures = assessmentLocal(fromFiles, data, files.synthetic, (w) => io.err(`crimestats: warning: ${w}\n`));
    const ragRule = rules === null ? undefined : ruleOfPriority(rules, files.rules ?? "", data.priorities, typeof values["rag-rules"] === "string");
    progress.step(`Computing the assessment for ${area}${comparators.length > 0 ? ` against ${comparators.join(", ")}` : ""} and ${mpsBenchmarkArea.name}...`);
    const assessed = strategicAssessment({
      counts: data.counts,
      populations: data.populations,
      area,
      benchmarkArea: mpsBenchmarkArea,
      comparatorGroup: { name: "neighbours", members: comparators },
      ...(to === undefined ? {} : { end: to }),
      priorities: data.priorities,
      breaks: [...knownBreaks(files.synthetic), ...userBreaks],
      ...(ragRule === undefined ? {} : { ragRule }),
      ...(data.wards === null ? {} : { wards: data.wards }),
      ...(data.boundaries.areas === undefined && data.boundaries.wards === undefined ? {} : { boundaries: data.boundaries }),
      ...(data.streetCrimes === null ? {} : { streetCrimes: data.streetCrimes }),
      synthetic: files.synthetic,
      sources: data.sources,
      notes: files.synthetic
        ? [
            ...data.notes,
            "The published changes in recording of the Metropolitan Police files are not applied to the SYNTHETIC data: they describe the real files. The changes planted in the SYNTHETIC data are found in the counts.",
          ]
        : data.notes,
      disclosure: disclosurePolicy(disclosure as DisclosurePresetName | "none"),
      reconciliation:
        localMeasures.checked.length === 0 ? data.reconciliation : { ...data.reconciliation, files: [...data.reconciliation.files, ...localMeasures.checked] },
      ...(localMeasures.input === null ? {} : { local: localMeasures.input }),
    });
    const result = withPopulationTies(assessed, data.populations, area);
    return await writeDocuments(result, { formats, names, outDir, branding, browser, output, progress, io, started, area });
  } finally {
    await output.release();
  }
}

/** Renders the documents of `--format`, writes them together into the output folder and says what was written; the exit status. */
async function writeDocuments(
  result: StrategicAssessmentResult,
  how: {
    readonly formats: readonly Format[];
    readonly names: readonly string[];
    readonly outDir: string;
    readonly branding: ReturnType<typeof brandingOptions>;
    readonly browser: string | null;
    readonly output: Awaited<ReturnType<typeof openOutputFolder>>;
    readonly progress: ReturnType<typeof progressReporter>;
    readonly io: CliIo;
    readonly started: number;
    readonly area: string;
  },
): Promise<number> {
  const { formats, names, outDir, branding, browser, output, progress, io, started, area } = how;
  progress.step(`Rendering ${chartCount(result)} charts and maps and writing the documents...`);
  // The PDF prints the HTML document itself, so the two agree by construction.
  const html = formats.includes("html") || browser !== null ? await renderHtml(result, branding) : "";
  const documents: Record<string, string | Uint8Array> = {};
  for (const format of formats) {
    if (format === "html") documents[formatFiles.html] = html;
    else if (format === "md") documents[formatFiles.md] = renderMarkdown(result, branding);
    else if (format === "json") documents[formatFiles.json] = `${JSON.stringify(result, null, 2)}\n`;
    else if (format === "docx") documents[formatFiles.docx] = await (await import("../../renderDocx.js")).renderDocx(result, branding);
    else if (browser !== null) {
      progress.step(`Printing the PDF with ${browser}...`);
      documents[formatFiles.pdf] = await printPdf(html, browser);
    }
  }
  // All are staged and moved into place together: the folder never mixes runs or holds a part-written file.
  await output.commit(documents);
  io.out(names.map((name) => `${join(outDir, name)}\n`).join(""));
  progress.step(
    `Wrote ${listWords(names)} for ${area}, ${result.current.label} (${result.synthetic ? "SYNTHETIC demonstration data, " : ""}${Date.now() - started} ms).`,
  );
  if (result.reconciliation !== null && !result.reconciliation.complete) {
    io.err(
      `crimestats: the documents were written, but their reconciliation section lists input that was rejected or is missing (exit status ${EXIT_INPUT_REJECTED}; --strict writes nothing instead).\n`,
    );
    return EXIT_INPUT_REJECTED;
  }
  return 0;
}

/** The folder of the SYNTHETIC demonstration's local data (every kind), inside the demonstration data. */
const DEMO_LOCAL_FOLDER = "SYNTHETIC-demo-local";

/** The local-data files of `--local` (or, for the demonstration without --local, its SYNTHETIC local data), read and checked. */
async function readLocal(values: Record<string, unknown>, io: CliIo, synthetic: boolean): Promise<{ files: readonly LocalFileRead[]; synthetic: boolean }> {
  const given = values["local"];
  if (typeof given === "string") {
    if (given.trim() === "") throw new ReportError("invalid-argument", 'Option "--local" is empty: expected the folder of your local-data files.', {});
    const paths = localFolderFiles(resolve(io.cwd, given));
    const read = await readLocalFiles(paths);
    // Paths are printed as given (relative to where the command runs), so an editor can jump to `file:line`.
    return { files: read.map((f) => ({ ...f, path: join(given, f.result.file) })), synthetic: false };
  }
  const demo = join(io.demoDataDir, DEMO_LOCAL_FOLDER);
  if (!synthetic || !existsSync(demo)) return { files: [], synthetic: false };
  return { files: await readLocalFiles(localFolderFiles(demo)), synthetic: true };
}

/** Each kind in words, for the sources list. */
const KIND_WORDS: Readonly<Record<LocalKind, string>> = {
  incidents: "the partnership's incident counts",
  "youth-justice": "the partnership's youth justice figures",
  survey: "the partnership's survey results",
  "service-volumes": "the partnership's service volumes",
  "delivery-plan": "the partnership's delivery plan",
};

/** The row counts of a file in words, for the sources list. */
function rowsWords(n: number): string {
  return `${countText(n)} row${n === 1 ? "" : "s"}`;
}

/**
 * The assessment's `local` input: the local files (files of one kind joined), and anti-social
 * behaviour from the street-level files: counts by district and month unless the local files give
 * anti-social behaviour counts of their own (then the street-level counts are not added, and a
 * warning says so), and the focus area's points for the hotspot map in either case. `null` when
 * there is neither. With `filesListed` the street files are among the sources already (as holding
 * crimes and anti-social behaviour) and are not listed again.
 */
function assessmentLocal(
  fromFiles: ReturnType<typeof localInput>,
  data: Pick<AssessData, "asb" | "streetCrimes">,
  syntheticData: boolean,
  warn: (text: string) => void,
  filesListed = false,
): { input: LocalMeasuresInput | null; checked: AssessmentReconciliationFiles } {
  const { input, checked } = fromFiles;
  let incidents = input.incidents ?? [];
  const sources = [...(input.sources ?? [])];
  let streetPoints: LocalMeasuresInput["streetPoints"];
  // The street files' anti-social behaviour is published open data: released exactly, never under the disclosure policy.
  let openData = false;
  if (data.asb !== null) {
    if (incidents.some((row) => row.measure === "asb")) {
      warn(
        `The anti-social behaviour rows of the street-level files (${rowsWords(data.asb.counts.length)} of counts by district and month) are not added to the counts: the local-data files give anti-social behaviour counts, and the two would count the same incidents twice (their points are still drawn on the hotspot map).`,
      );
    } else {
      incidents = [...incidents, ...data.asb.counts];
      openData = true;
      const names = data.asb.files.map((f) => basename(f)).sort();
      const files = names.length === 1 ? names[0] : `${names.length} files, ${names[0]} to ${names.at(-1)}`;
      const n = data.asb.withoutDistrict;
      const unlocated = n === 0 ? "" : `; ${rowsWords(n)} without a location ${n === 1 ? "is" : "are"} in no district`;
      if (!filesListed)
        sources.push(
          `${syntheticData ? "SYNTHETIC demonstration data invented by a seeded generator (not real figures): " : ""}${files} (${ASB_STREET_SOURCE}: anti-social behaviour incidents by district and month${unlocated})`,
        );
    }
    const points = (data.streetCrimes ?? []).filter((c) => c.offence === ASB_CRIME_TYPE);
    if (points.length > 0) streetPoints = points;
  }
  const any =
    incidents.length > 0 || input.youthJustice !== undefined || input.surveys !== undefined || input.services !== undefined || input.plan !== undefined;
  if (!any) return { input: null, checked };
  return {
    input: {
      ...input,
      ...(incidents.length > 0 ? { incidents } : {}),
      ...(streetPoints === undefined ? {} : { streetPoints }),
      ...(openData ? { openData: ["asb"] } : {}),
      sources,
    },
    checked,
  };
}

type AssessmentReconciliationFiles = ReturnType<typeof localInput>["checked"];

/** How many charts and maps a result draws: the document's own, each priority's (its long-term trend included) and each local section's. */
function chartCount(result: StrategicAssessmentResult): number {
  const all = [
    ...Object.values(result.charts),
    ...result.priorities.flatMap(({ charts: c, longTrend }) => [c.trend, c.comparison, c.monthly, c.drivers, c.wards, c.hotspot, longTrend?.chart ?? null]),
    ...(result.local?.sections ?? []).flatMap((section) => section.charts),
  ];
  return all.filter((c) => c !== null).length;
}

/**
 * The known changes in recording (`recordingBreaks` of @crimestats/taxonomy) that apply to MPS
 * borough counts: those of the MPS classification or of none. None for the SYNTHETIC data, whose
 * invented counts the published descriptions would misstate.
 */
function knownBreaks(synthetic: boolean): readonly RecordingBreak[] {
  return synthetic ? [] : recordingBreaks.filter((b) => b.classification === undefined || b.classification === "mps");
}

/** Reads a JSON file given to an option, saying which file cannot be read or is not JSON. */
function readJson(file: string, what: string, expected: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    if (!isSystemError(error)) throw error;
    throw new ReportError("file-not-found", describeSystemError(error, `Cannot read the ${what} "${file}"`), { file, code: error.code });
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ReportError("invalid-data", `The ${what} "${file}" is not JSON: expected ${expected}.`, { file });
  }
}

/** The user's own recording breaks (`--breaks`): a JSON list of RecordingBreak, checked with safeParseRecordingBreaks of @crimestats/schema. */
function readBreaks(file: string): readonly RecordingBreak[] {
  const parsed = safeParseRecordingBreaks(readJson(file, "breaks file", "a list of recording breaks"));
  if (!parsed.success) {
    throw new ReportError(
      "invalid-data",
      `The breaks file "${file}" is not a list of recording breaks: ${parsed.error.message.split("\n").slice(1, 4).join("; ")}.`,
      { file },
    );
  }
  return parsed.data;
}

/** The RAG rules (`--rag-rules`): a RuleSet of @crimestats/rag, checked with parseRules. */
function readRules(file: string): RuleSet {
  return parseRules(readJson(file, "RAG rules file", 'a rule set, { "rules": [ … ] }'));
}

/**
 * The RAG rule of each priority: the rule whose id is the priority's id. Only change and target
 * rules rate a priority's count; a rule of another kind is an error, and so (when `strict`, for a
 * file the user gave) is a rule whose id names no priority, naming the priority ids, so a
 * misspelt id never silently leaves a priority unrated.
 */
function ruleOfPriority(
  rules: RuleSet,
  file: string,
  priorities: readonly PriorityInput[],
  strict: boolean,
): (priority: PriorityInput) => ChangeRule | TargetRule | null {
  const ids = priorities.map((p) => p.id);
  const byId = new Map<string, ChangeRule | TargetRule>();
  for (const rule of rules.rules) {
    const id = rule.id ?? "";
    if (!ids.includes(id)) {
      if (!strict) continue;
      throw new ReportError("invalid-data", `Rule "${id}" of the RAG rules file "${file}" names no priority: expected one of ${ids.join(", ")}.`, {
        file,
        rule: id,
      });
    }
    if (rule.kind !== "change" && rule.kind !== "target") {
      throw new ReportError(
        "invalid-data",
        `Rule "${id}" of the RAG rules file "${file}" is a ${rule.kind} rule: expected a change or target rule, which rate a priority's offences.`,
        {
          file,
          rule: id,
        },
      );
    }
    byId.set(id, rule);
  }
  return (priority) => byId.get(priority.id) ?? null;
}

/**
 * The priorities of `--framework`: `mps-major` (the default), or the path of a JSON file holding a
 * partnership's strategy (a `Strategy` of @crimestats/schema, or a list of them, one chosen with
 * `--strategy <id>`), checked with the schema before anything is read.
 */
function readFramework(values: Record<string, unknown>, cwd: string): Framework {
  const given = typeof values["framework"] === "string" ? values["framework"] : "mps-major";
  const id = typeof values["strategy"] === "string" ? values["strategy"] : undefined;
  if (given === "mps-major") {
    if (id !== undefined)
      throw new ReportError("invalid-argument", 'Option "--strategy" needs --framework <file>: expected the JSON file of a strategy.', { strategy: id });
    return { kind: "mps-major" };
  }
  if (!given.toLowerCase().endsWith(".json")) {
    throw new ReportError("invalid-argument", `Unknown priority framework "${given}": expected mps-major or the path of a strategy's JSON file.`, {
      framework: given,
    });
  }
  const file = resolve(cwd, given);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    if (!isSystemError(error)) throw error;
    throw new ReportError("file-not-found", describeSystemError(error, `Cannot read the strategy file "${given}"`), { file, code: error.code });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ReportError("invalid-data", `Strategy file "${given}" is not JSON: expected a strategy or a list of strategies.`, { file });
  }
  const candidates: unknown[] = Array.isArray(json) ? json : [json];
  const strategies: Strategy[] = candidates.map((candidate, i) => {
    const parsed = safeParseStrategy(candidate);
    if (!parsed.success) {
      const where = Array.isArray(json) ? ` (entry ${i + 1})` : "";
      throw new ReportError("invalid-data", `Strategy file "${given}"${where} is not a strategy: ${parsed.error.message.split("\n").slice(0, 3).join("; ")}.`, {
        file,
      });
    }
    return parsed.data;
  });
  const ids = strategies.map((s) => s.id);
  const chosen = id === undefined ? (strategies.length === 1 ? strategies[0] : undefined) : strategies.find((s) => s.id === id);
  if (chosen === undefined) {
    throw new ReportError(
      "invalid-argument",
      id === undefined
        ? `Strategy file "${given}" holds ${strategies.length} strategies: expected --strategy with one of ${ids.join(", ")}.`
        : `Strategy "${id}" is not in "${given}": expected one of ${ids.join(", ")}.`,
      { file, ...(id === undefined ? {} : { strategy: id }) },
    );
  }
  return { kind: "strategy", strategy: chosen, file };
}

/**
 * The result with the small-population caveat next to the headline rate (the first key finding,
 * the focus area's all-offences count and rate) when `small`: the notes give it in full.
 */
function withSmallPopulation(result: StrategicAssessmentResult, small: boolean): StrategicAssessmentResult {
  const first = result.keyFindings[0];
  if (!small || first === undefined) return result;
  const explanation = `${first.explanation.replace(/\.$/, "")}: few people live in ${result.area} compared with those who work in or visit it, so a rate per 1,000 residents overstates the risk to the people present.`;
  return { ...result, keyFindings: [{ ...first, explanation }, ...result.keyFindings.slice(1)] };
}

/**
 * The result with a note, after the one on the populations, for each period whose estimate was the
 * later of two equally near the middle of the period ("Mid-2022 and mid-2023 are equally near the
 * middle of the period, 1 January 2023; the later, mid-2023, is used."), so the reader sees that the
 * choice was a tie, not the only estimate.
 */
function withPopulationTies(
  result: StrategicAssessmentResult,
  populations: readonly PopulationEstimates[] | Readonly<Record<string, number>>,
  area: string,
): StrategicAssessmentResult {
  if (!Array.isArray(populations)) return result;
  const years = (populations as readonly PopulationEstimates[]).filter((e) => (e.populations[area] ?? 0) > 0).map((e) => e.year);
  const ties = new Set<string>();
  for (const [used, period] of [
    [result.populations.previous, result.previous],
    [result.populations.current, result.current],
  ] as const) {
    if (used === null || period === null || used.year === null) continue;
    const middle = periodMiddle(period.first, period.last);
    const other = tiedEstimateYear(years, middle, used.year);
    if (other !== undefined)
      ties.add(
        `mid-${Math.min(other, used.year)} and mid-${Math.max(other, used.year)} are equally near the middle of the period, ${middleWords(middle)}; the later, mid-${used.year}, is used`,
      );
  }
  if (ties.size === 0) return result;
  const sentence = `${[...ties].join("; ").replace(/^m/, "M")}.`;
  const after = result.notes.findIndex((n) => n.startsWith("Rates are offences per 1,000 residents"));
  const notes = [...result.notes];
  notes.splice(after < 0 ? notes.length : after + 1, 0, sentence);
  return { ...result, notes };
}
