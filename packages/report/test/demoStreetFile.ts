import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The report package's folder. */
const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Vitest global setup: the SYNTHETIC street-level file of the demonstration data is generated, not
 * committed (it has the layout of a published data.police.uk file), so a checkout that has not
 * been built yet writes it into data/ with scripts/generate-demo-data.mjs (deterministic: every
 * other file it writes is byte-identical to the committed one) before the tests read it.
 */
export function setup(): void {
  if (existsSync(join(packageDir, "data", "SYNTHETIC-demo-harrow-burglary-2025-01_2025-12-street.csv"))) return;
  execFileSync(process.execPath, [join(packageDir, "scripts", "generate-demo-data.mjs")]);
}
