// The real-data document in Chromium: `crimestats assess` for Harrow and its neighbours to
// February 2025 on the published files in CRIMESTATS_DATA_DIR (skipped with the reason without them).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "vitest";
import { assessHarrow, linkedDataFolder } from "../realData.js";
import { checkDocument } from "./documentChecks.js";

const dataDir = process.env["CRIMESTATS_DATA_DIR"] ?? "";
const folders = [
  join(dataDir, "london-datastore-mps-borough-crime"),
  join(dataDir, "london-datastore-mps-ward-crime"),
  join(dataDir, "ons-mid-year-population-estimates-lad"),
  join(dataDir, "ons-boundaries-london"),
  join(dataDir, "police-uk-metropolitan-burglary", "street"),
];
const missing = dataDir === "" ? ["CRIMESTATS_DATA_DIR"] : folders.filter((d) => !existsSync(d));

if (missing.length > 0) describe.skip(`the real-data document in Chromium (skipped: ${missing.join(", ")} absent)`, () => it("runs on the published data"));
else
  checkDocument("the real-data document in Chromium", "real", async () => {
    const { code, err, out } = await assessHarrow(["--data", linkedDataFolder("crimestats-browser", folders)], "2025-02", "crimestats-browser-real");
    // 3: written, with a warning about the inputs (as the other real-data tests accept).
    if (code !== 0 && code !== 3) throw new Error(`crimestats assess exited ${code}: ${err}`);
    return out;
  });
