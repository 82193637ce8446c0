import { accessSync, constants, existsSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { describeSystemError, isSystemError } from "../fsError.js";
import { renderHtml } from "../../renderHtml.js";
import { findBrowser } from "../pdf/findBrowser.js";
import { printPdf } from "../pdf/printPdf.js";
import { brandingOptions } from "./brandingConfig.js";
import { renderMarkdown } from "../../renderMarkdown.js";
import { ReportError } from "../../ReportError.js";
import { listWords } from "../sections/words.js";
import type { StrategicAssessmentResult } from "../../types.js";
import { findAssessFiles, localFolderFiles, openFile, type FoundFiles } from "./findFiles.js";
import { openOutputFolder } from "./outputFolder.js";
import type { CliIo } from "./io.js";
import { progressReporter } from "./progress.js";
import { EXIT_LOCAL_PROBLEMS, problemLines, problemSummary, readLocalFiles, type LocalFileRead } from "../assess/localFiles.js";
import { checkedArea, checkedDisclosure, checkedMonth, readBreaks, readFramework, readRules, runAssessment } from "../assess/assessment.js";
import type { Framework } from "../assess/loadData.js";
import type { StreetReaders } from "../assess/loadStreetData.js";
import { policeUkFiles, streetCrimeCube } from "@crimestats/police-data/node";

/** Checks that every input file can be read before anything is computed, saying which one cannot and why. */
function checkReadable({ files, breaks, rules, pathOf }: FoundFiles): void {
  const named: [File | null, string][] = [
    ...files.boroughs.map((f): [File, string] => [f, "borough file"]),
    [files.ward, "ward file"],
    ...files.populations.map((f): [File, string] => [f.file, "population file"]),
    [breaks, "breaks file"],
    [rules, "RAG rules file"],
    ...files.boundaries.map((f): [File, string] => [f, "boundary file"]),
    ...files.streets.map((f): [File, string] => [f, "street-level file"]),
  ];
  for (const [file, what] of named) {
    if (file === null) continue;
    const path = pathOf(file);
    try {
      accessSync(path, constants.R_OK);
    } catch (error) {
      if (!isSystemError(error)) throw error;
      throw new ReportError("file-not-found", describeSystemError(error, `Cannot read the ${what} "${path}"`), { path, code: error.code });
    }
  }
}

/** policeUkFiles and streetCrimeCube of police-data's Node.js entry on the folder or archive at `path`, the street files of the data. */
function nodeStreetReaders(path: string): StreetReaders {
  return { policeUkFiles: (_data, options) => policeUkFiles(path, options), streetCrimeCube };
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

/** Exit status when input rows or cells were rejected or the data are incomplete (documents written unless --strict). */
const EXIT_INPUT_REJECTED = 3;

/** `crimestats assess`. */
export async function assessCommand(values: Record<string, unknown>, io: CliIo): Promise<number> {
  const started = Date.now();
  const progress = progressReporter(io, values["quiet"] === true);
  const found = await findAssessFiles(values, io.cwd, io.demoDataDir);
  const { files, pathOf } = found;
  const area = checkedArea(typeof values["area"] === "string" ? values["area"] : "Harrow");
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
  const to = checkedMonth(typeof values["to"] === "string" ? values["to"] : undefined);
  const framework = await cliFramework(values, io.cwd);
  const userBreaks = found.breaks === null ? [] : await readBreaks(found.breaks, pathOf(found.breaks));
  const rules =
    found.rules === null
      ? null
      : { set: await readRules(found.rules, pathOf(found.rules)), label: pathOf(found.rules), strict: typeof values["rag-rules"] === "string" };
  const disclosure = checkedDisclosure(typeof values["disclosure"] === "string" ? values["disclosure"] : "suppress-1-4-round-5");
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
  checkReadable(found);
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
    // The one pipeline of assessFiles: the same files, options and words.
    const result = await runAssessment(
      {
        files,
        area,
        neighbours: given,
        to,
        benchmark: typeof values["benchmark"] === "string" ? values["benchmark"] : (values["benchmark"] as undefined),
        disclosure,
        framework,
        breaks: userBreaks,
        rules,
        local,
        boundariesGiven: values["boundaries"] !== undefined,
        where: found.where,
        label: pathOf,
        // The same files, found and counted by police-data's Node.js entry: from disk, on every core.
        ...(found.policeUkPath === undefined ? {} : { streetReaders: nodeStreetReaders(found.policeUkPath) }),
      },
      {
        step: (text) => progress.step(text),
        warn: (text) => io.err(`crimestats: warning: ${text}\n`),
        stopOnRejected: values["strict"] === true,
      },
    );
    if (result === null) {
      io.err(`crimestats: --strict: no document written, because input was rejected or is incomplete (exit status ${EXIT_INPUT_REJECTED}).\n`);
      return EXIT_INPUT_REJECTED;
    }
    return await writeDocuments(result, {
      formats,
      names,
      outDir,
      branding,
      browser,
      output,
      progress,
      io,
      started,
      area: files.policeUk === undefined ? area : result.area,
    });
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
    else if (format === "docx") documents[formatFiles.docx] = await (await import("../../node/renderDocx.js")).renderDocx(result, branding);
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
  const open = async (paths: readonly string[], label: (path: string) => string): Promise<readonly LocalFileRead[]> => {
    const shown = new Map<File, string>();
    for (const path of paths) shown.set(await openFile(path, "local-data file"), label(path));
    return readLocalFiles([...shown.keys()], (file) => shown.get(file) ?? file.name);
  };
  if (typeof given === "string") {
    if (given.trim() === "") throw new ReportError("invalid-argument", 'Option "--local" is empty: expected the folder of your local-data files.', {});
    // Paths are printed as given (relative to where the command runs), so an editor can jump to `file:line`.
    const files = await open(localFolderFiles(resolve(io.cwd, given)), (path) => join(given, basename(path)));
    return { files, synthetic: false };
  }
  const demo = join(io.demoDataDir, DEMO_LOCAL_FOLDER);
  if (!synthetic || !existsSync(demo)) return { files: [], synthetic: false };
  return { files: await open(localFolderFiles(demo), (path) => path), synthetic: true };
}

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
 * The priorities of `--framework`: `mps-major` (the default), or the path of a JSON file holding a
 * partnership's strategy (read by the assessment's readFramework, one chosen with `--strategy <id>`),
 * checked before anything is read.
 */
async function cliFramework(values: Record<string, unknown>, cwd: string): Promise<Framework> {
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
  return readFramework(await openFile(resolve(cwd, given), "strategy file", undefined, given), id, given);
}
