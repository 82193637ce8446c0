import { defineConfig } from "tsup";
import { packageBuild } from "../../tsup.shared.ts";

// The main entry reads no files (browsers too); ./node adds the readers of paths.
export default defineConfig(packageBuild({ entry: ["src/index.ts", "src/node.ts"] }));
