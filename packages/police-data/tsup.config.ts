import { defineConfig } from "tsup";
import { packageBuild } from "../../tsup.shared.ts";

// The main entry reads no files (browsers too); ./node adds the readers of paths.
// src/node/streetCrimeWorker.ts: the script of the worker threads of the Node entry's streetCrimeCube (dist/node/).
export default defineConfig(packageBuild({ entry: ["src/index.ts", "src/node.ts", "src/node/streetCrimeWorker.ts"] }));
