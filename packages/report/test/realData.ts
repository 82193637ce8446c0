import { mkdtempSync, readdirSync, symlinkSync } from "node:fs";
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
