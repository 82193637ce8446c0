// The demo document (`crimestats assess` on the embedded SYNTHETIC data) in Chromium.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../runCli.js";
import { checkDocument } from "./documentChecks.js";

checkDocument("the demo document in Chromium", "demo", async () => {
  const out = mkdtempSync(join(tmpdir(), "crimestats-browser-demo-"));
  const { code, err } = await run(["assess", "--out", out, "--quiet"]);
  if (code !== 0) throw new Error(`crimestats assess exited ${code}: ${err}`);
  return out;
});
