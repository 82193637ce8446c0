// The real-data document in Chromium: `crimestats assess` for Harrow and its neighbours to
// February 2025 on the published files in CRIMESTATS_DATA_DIR (skipped with the reason without them).
import { describe, it } from "vitest";
import { assessHarrow, linkedDataFolder, realDocumentFolders } from "../realData.js";
import { checkDocument } from "./documentChecks.js";

const { folders, missing } = realDocumentFolders();

if (missing.length > 0) describe.skip(`the real-data document in Chromium (skipped: ${missing.join(", ")} absent)`, () => it("runs on the published data"));
else
  checkDocument("the real-data document in Chromium", "real", async () => {
    const data = linkedDataFolder("crimestats-browser", folders);
    const { code, err, out } = await assessHarrow(["--data", data, "--format", "html,pdf"], "2025-02", "crimestats-browser-real");
    // 3: written, with a warning about the inputs (as the other real-data tests accept).
    if (code !== 0 && code !== 3) throw new Error(`crimestats assess exited ${code}: ${err}`);
    return { out, temporary: [data, out] };
  });
