import { mergeConfig } from "vitest/config";
import { packageProject } from "../../vitest.shared.ts";

// The demonstration data's street-level file is generated, not committed: written before the tests run.
export default mergeConfig(packageProject(import.meta.url), { test: { globalSetup: ["./test/demoStreetFile.ts"] } });
