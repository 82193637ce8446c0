import { existsSync, mkdtempSync, readdirSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "./runCli.js";

/** The focus area of the real-data tests and its comparators (its neighbours). */
const HARROW = { area: "Harrow", comparators: ["Barnet", "Brent", "Ealing", "Hillingdon"] } as const;

/** A new temporary folder of links to every file of these folders (their README.md files left out): a data folder for `--data`. */
export function linkedDataFolder(prefix: string, dirs: readonly string[]): string {
  const data = mkdtempSync(join(tmpdir(), `${prefix}-data-`));
  for (const dir of dirs) for (const f of readdirSync(dir)) if (!f.endsWith(".md")) symlinkSync(join(dir, f), join(data, f));
  return data;
}

/**
 * Runs `crimestats assess --quiet` for Harrow against its neighbours to the end month `to`, with
 * these input options (e.g. `["--data", folder]`), into a new temporary folder: the exit code,
 * what it printed on stderr and the output folder.
 */
export async function assessHarrow(inputs: readonly string[], to: string, prefix: string): Promise<{ code: number; err: string; out: string }> {
  const out = mkdtempSync(join(tmpdir(), `${prefix}-`));
  const { code, err } = await run([
    "assess",
    ...inputs,
    "--area",
    HARROW.area,
    "--comparators",
    HARROW.comparators.join(","),
    "--to",
    to,
    "--out",
    out,
    "--quiet",
  ]);
  return { code, err, out };
}

/**
 * The folders of published data the real-data document is made from, below CRIMESTATS_DATA_DIR
 * (MPS borough and ward counts, ONS mid-year estimates, the London boundaries and a year of
 * data.police.uk street-level burglary), and those of them that are absent (all, when the
 * variable is not set).
 */
export function realDocumentFolders(): { folders: string[]; missing: string[] } {
  const dataDir = process.env["CRIMESTATS_DATA_DIR"] ?? "";
  const folders = [
    "london-datastore-mps-borough-crime",
    "london-datastore-mps-ward-crime",
    "ons-mid-year-population-estimates-lad",
    "ons-boundaries-london",
    join("police-uk-metropolitan-burglary", "street"),
  ].map((d) => join(dataDir, d));
  return { folders, missing: dataDir === "" ? folders : folders.filter((d) => !existsSync(d)) };
}
