#!/usr/bin/env node
// Executes every notebook in examples/notebooks with a real Jupyter kernel, so the notebooks cannot
// rot. The kernel is tslab (TypeScript), a devDependency of the examples workspace; Jupyter's
// nbconvert comes from Debian (`apt-get install -y --no-install-recommends jupyter-nbconvert
// jupyter-client python3-ipykernel`). The kernel spec is written by `tslab install --prefix` into a
// temporary folder named by JUPYTER_PATH, and Jupyter's own data, runtime and config folders are
// temporary too, so nothing is written to the user's home. The notebooks import the BUILT packages
// (run after the build).
//
// Each notebook runs on the published data when the data folder exists (CRIMESTATS_DATA_DIR,
// default ../shared/data, as the other checks), and again without CRIMESTATS_DATA_DIR, when it falls
// back to the report's SYNTHETIC demonstration data. A run fails when a cell errors: tslab reports a
// compile or run-time error on stderr (an "error" output from another kernel counts too; stderr of
// Vega's "WARN …" lines alone is reported as a warning), and aborts the cells after it, so the last
// code cell must have printed something. The committed notebook must have no outputs (no data
// extracts in the repository).
//
// `node scripts/check-notebook.mjs --out <folder>` keeps the executed notebooks (outputs included).
//
// Without Jupyter or the kernel the check is skipped with the install command, except under CI
// (the CI variable set), where it fails: .ci/run installs Jupyter.
import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join, relative, resolve } from "node:path";
import { repoRoot } from "./lib/repo.mjs";

const notebookDir = resolve(repoRoot, "examples/notebooks");
const tslab = resolve(repoRoot, "examples/node_modules/.bin/tslab");
const dataDir = resolve(repoRoot, process.env.CRIMESTATS_DATA_DIR ?? "../shared/data");
const aptInstall = "apt-get install -y --no-install-recommends jupyter-nbconvert jupyter-client python3-ipykernel";
const inCi = Boolean(process.env.CI);
// `--out <folder>` keeps the executed notebooks there (one subfolder per run), to look at the figures.
const outIndex = process.argv.indexOf("--out");
const keepDir = outIndex === -1 ? null : resolve(process.argv[outIndex + 1] ?? fail("--out needs a folder"));

const notebooks = readdirSync(notebookDir)
  .filter((name) => name.endsWith(".ipynb"))
  .sort();
if (notebooks.length === 0) fail(`no notebook in ${relative(repoRoot, notebookDir)}`);

// The committed notebooks carry no outputs: running one is the only way to see its figures.
let failures = 0;
for (const name of notebooks) {
  const problems = committedOutputs(JSON.parse(readFileSync(join(notebookDir, name), "utf8")));
  if (problems.length > 0) {
    failures++;
    console.log(`FAIL ${name}: the committed notebook must have no outputs (clear them before committing): ${problems.join("; ")}`);
  }
}

const jupyter = findOnPath("jupyter");
const missing = [];
if (!jupyter || spawnSync(jupyter, ["nbconvert", "--version"], { encoding: "utf8" }).status !== 0) {
  missing.push(`Jupyter's nbconvert is missing; install with: ${aptInstall} (as root)`);
}
if (!existsSync(tslab)) missing.push("the tslab kernel (a devDependency of examples) is missing; install with: pnpm install");
if (missing.length > 0) {
  if (inCi) fail(missing.join("\n"));
  for (const message of missing) console.log(`skipped: ${message}`);
  process.exit(failures === 0 ? 0 : 1);
}

const work = mkdtempSync(join(tmpdir(), "crimestats-notebook-"));
try {
  const jupyterEnv = kernelEnvironment(work);
  const runs = existsSync(dataDir)
    ? [
        { folder: "published", label: `the published data in ${dataDir}`, env: { ...jupyterEnv, CRIMESTATS_DATA_DIR: dataDir } },
        { folder: "demo", label: "the demonstration data (CRIMESTATS_DATA_DIR unset)", env: withoutDataDir(jupyterEnv) },
      ]
    : [{ folder: "demo", label: `the demonstration data (no data folder at ${dataDir})`, env: withoutDataDir(jupyterEnv) }];
  for (const name of notebooks) {
    for (const run of runs) {
      if (!execute(name, run, join(keepDir ?? work, run.folder))) failures++;
    }
  }
  if (keepDir) console.log(`\nthe executed notebooks are in ${keepDir}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exit(failures === 0 ? 0 : 1);

/** Registers the tslab kernel in a temporary Jupyter path and returns the environment to run Jupyter with. */
function kernelEnvironment(folder) {
  const prefix = join(folder, "kernel");
  // tslab's installer is a Python script that needs the Jupyter of the python that runs `jupyter`.
  const install = spawnSync(tslab, ["install", `--python=${pythonOf(jupyter)}`, `--binary=${tslab}`, `--prefix=${prefix}`], { encoding: "utf8" });
  if (install.status !== 0) fail(`tslab install --prefix failed:\n${install.stdout}${install.stderr}`);
  for (const sub of ["data", "runtime", "config"]) mkdirSync(join(folder, sub), { recursive: true });
  return {
    ...process.env,
    JUPYTER_PATH: join(prefix, "share/jupyter"),
    JUPYTER_DATA_DIR: join(folder, "data"),
    JUPYTER_RUNTIME_DIR: join(folder, "runtime"),
    JUPYTER_CONFIG_DIR: join(folder, "config"),
    // Debian's Python warns about frozen modules and the debugger on every start: not ours to read.
    PYDEVD_DISABLE_FILE_VALIDATION: "1",
    FORCE_COLOR: "0",
  };
}

/** Executes one notebook into `outDir` and reports each cell's outputs; returns whether it ran clean. */
function execute(name, run, outDir) {
  console.log(`\n--- ${name} on ${run.label}`);
  const started = Date.now();
  const result = spawnSync(
    jupyter,
    [
      "nbconvert",
      "--to",
      "notebook",
      "--execute",
      // Errors are read from the executed notebook below, so it is written even when a cell fails.
      "--allow-errors",
      "--ExecutePreprocessor.kernel_name=tslab",
      "--ExecutePreprocessor.timeout=600",
      "--output-dir",
      outDir,
      join(notebookDir, name),
    ],
    { cwd: notebookDir, env: run.env, encoding: "utf8" },
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const executed = join(outDir, name);
  if (result.status !== 0 || !existsSync(executed)) {
    console.log(`FAIL ${name}: jupyter nbconvert exited with status ${result.status} after ${seconds} s\n${indent(result.stdout + result.stderr)}`);
    return false;
  }
  const cells = JSON.parse(readFileSync(executed, "utf8")).cells.filter((cell) => cell.cell_type === "code");
  const problems = [];
  const warnings = [];
  for (const [i, cell] of cells.entries()) {
    const first =
      text(cell.source)
        .split("\n")
        .find((line) => line.trim() !== "") ?? "";
    console.log(`[${i + 1}] ${first}`);
    for (const output of cell.outputs) {
      if (output.output_type === "error") {
        problems.push(`code cell ${i + 1} raised ${output.ename}: ${output.evalue}`);
        console.log(indent(`${output.ename}: ${output.evalue}`));
      } else if (output.output_type === "stream") {
        if (output.name === "stderr" && isVegaWarning(text(output.text))) warnings.push(`code cell ${i + 1}: Vega warnings (above)`);
        else if (output.name === "stderr") problems.push(`code cell ${i + 1} wrote an error (above)`);
        console.log(indent(text(output.text).trimEnd()));
      } else {
        const kinds = Object.entries(output.data ?? {}).map(([type, value]) => `${type}, ${text(value).length} characters`);
        console.log(indent(`[${output.output_type}: ${kinds.join("; ")}]`));
      }
    }
  }
  if (cells.length === 0) problems.push("it has no code cell");
  else if (cells.at(-1).outputs.length === 0) problems.push("its last code cell printed nothing (a cell before it failed, or it never ran)");
  if (problems.length > 0) {
    console.log(`FAIL ${name} (${seconds} s): ${problems.join("\n")}`);
    return false;
  }
  for (const warning of warnings) console.log(`warning: ${warning}`);
  console.log(`ok   ${name}: ${cells.length} code cells ran in ${seconds} s`);
  return true;
}

/**
 * Whether stderr text holds only warnings of Vega or Vega-Lite ("WARN …" lines, written by their
 * default logger while a chart is rendered): reported, but not a failed cell.
 */
function isVegaWarning(value) {
  const lines = value.split("\n").filter((line) => line.trim() !== "");
  return lines.length > 0 && lines.every((line) => /^WARN /.test(line));
}

/** What a committed notebook must not carry: outputs and execution counts. */
function committedOutputs(notebook) {
  const problems = [];
  // Code cells numbered as in the report of a run.
  for (const [i, cell] of notebook.cells.filter((c) => c.cell_type === "code").entries()) {
    if ((cell.outputs ?? []).length > 0) problems.push(`code cell ${i + 1} has outputs`);
    if (cell.execution_count != null) problems.push(`code cell ${i + 1} has an execution count`);
  }
  return problems;
}

/** The python interpreter a Jupyter launcher script runs (its #! line), else "python3" (e.g. behind a pyenv shim). */
function pythonOf(launcher) {
  const first = readFileSync(launcher, "utf8").split("\n", 1)[0];
  const match = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(first);
  const interpreter = match && (match[1].endsWith("/env") ? match[2] : match[1]);
  return interpreter && /^python/.test(interpreter.split("/").at(-1)) ? interpreter : "python3";
}

function withoutDataDir(env) {
  const { CRIMESTATS_DATA_DIR: _, ...rest } = env;
  return rest;
}

/** The first executable file of that name on PATH. */
function findOnPath(command) {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    const file = join(dir, command);
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // not in this folder
    }
  }
  return null;
}

function text(value) {
  return Array.isArray(value) ? value.join("") : String(value ?? "");
}

function indent(value) {
  return value.replace(/^/gm, "     ");
}

function fail(message) {
  console.log(`FAIL ${message}`);
  process.exit(1);
}
