import { mergeConfig } from "vitest/config";
import { packageProject } from "../../vitest.shared.ts";

// The end-to-end tests drive Chromium on the built page (dist/index.html) with the published data:
// one test file at a time (each launches a browser and runs whole assessments), with long time limits.
export default mergeConfig(packageProject(import.meta.url), { test: { testTimeout: 300_000, hookTimeout: 300_000, fileParallelism: false } });
