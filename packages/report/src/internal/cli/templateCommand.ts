import { LocalKindSchema } from "@crimestats/schema";
import { existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { ReportError } from "../../ReportError.js";
import { localTemplate } from "../../localTemplate.js";
import type { LocalKind } from "../../localTypes.js";
import { describeSystemError, isSystemError } from "../fsError.js";
import { writeNewFile } from "../writeNew.js";
import type { CliIo } from "./io.js";

/**
 * `crimestats template <kind> [--out <dir>]`: writes `<kind>.csv` (the header and a worked example
 * row), `<kind>.md` (the column definitions) and `<kind>.schema.json` (the JSON Schema of the same
 * data as JSON) into the folder; refuses to overwrite any of them (nothing is written then).
 */
export async function templateCommand(values: Record<string, unknown>, io: CliIo): Promise<number> {
  const positionals = (values["$positionals"] as readonly string[] | undefined) ?? [];
  const [kind, ...extra] = positionals;
  if (kind === undefined || extra.length > 0 || !(LocalKindSchema.options as readonly string[]).includes(kind)) {
    const given = kind === undefined ? "no kind" : extra.length > 0 ? `${positionals.length} kinds` : `"${kind}"`;
    throw new ReportError(
      "invalid-argument",
      `"crimestats template" needs one kind of local data, got ${given}: expected one of ${LocalKindSchema.options.join(", ")}.`,
      {
        args: positionals,
      },
    );
  }
  const template = localTemplate(kind as LocalKind);
  const dir = resolve(io.cwd, typeof values["out"] === "string" ? values["out"] : ".");
  const files: [string, string][] = [
    [join(dir, `${kind}.csv`), template.csv],
    [join(dir, `${kind}.md`), template.columns],
    [join(dir, `${kind}.schema.json`), template.jsonSchema],
  ];
  const there = files.map(([path]) => path).filter((path) => existsSync(path));
  if (there.length > 0) {
    throw new ReportError(
      "write-failed",
      `${there.map((p) => `"${p}"`).join(", ")} already exist${there.length === 1 ? "s" : ""}: "crimestats template" never overwrites a file (a filled-in template would be lost); remove it or choose another --out.`,
      { files: there },
    );
  }
  const written: string[] = [];
  try {
    mkdirSync(dir, { recursive: true });
    for (const [path, text] of files) {
      await writeNewFile(path, text);
      written.push(path);
    }
  } catch (error) {
    if (!isSystemError(error)) throw error;
    throw new ReportError("write-failed", describeSystemError(error, `Cannot write the template into "${dir}"`), { dir, code: error.code });
  }
  io.out(written.map((p) => `${p}\n`).join(""));
  io.err(`crimestats: wrote the ${kind} template: fill in ${kind}.csv (its columns are defined in ${kind}.md), then run "crimestats check ${kind}.csv".\n`);
  return 0;
}
