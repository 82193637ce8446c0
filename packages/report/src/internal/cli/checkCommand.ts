import { resolve } from "node:path";
import { ReportError } from "../../ReportError.js";
import type { CliIo } from "./io.js";
import { EXIT_LOCAL_PROBLEMS, problemLines, problemSummary, readLocalFiles } from "../assess/localFiles.js";
import { openFile } from "./findFiles.js";

/**
 * `crimestats check <file>...`: reads each local-data file as `assess --local` would and prints
 * every problem as `file:line: column: message` on standard output, then a summary on standard
 * error; exit status 0 when every file is clean, 3 when any has a problem.
 */
export async function checkCommand(values: Record<string, unknown>, io: CliIo): Promise<number> {
  const given = (values["$positionals"] as readonly string[] | undefined) ?? [];
  if (given.length === 0) {
    throw new ReportError(
      "invalid-argument",
      '"crimestats check" needs at least one file: expected the local-data CSV or JSON files to check, e.g. crimestats check asb.csv.',
      {},
    );
  }
  const opened = new Map<File, string>();
  for (const file of given) await openFile(resolve(io.cwd, file), "local-data file", opened);
  const files = await readLocalFiles([...opened.keys()], (file) => opened.get(file) ?? file.name);
  // Paths are printed as given, so that an editor can jump to `file:line`.
  const shown = files.map((f, i) => ({ ...f, path: given[i] ?? f.path }));
  io.out(problemLines(shown));
  for (const f of shown) {
    if (f.problems.length === 0 && f.result.kind !== null)
      io.err(`crimestats: ${f.path}: ${f.result.kind}, ${f.result.rows.length} row${f.result.rows.length === 1 ? "" : "s"}, no problems.\n`);
  }
  io.err(`crimestats: ${problemSummary(shown)}\n`);
  return shown.some((f) => f.problems.length > 0) ? EXIT_LOCAL_PROBLEMS : 0;
}
