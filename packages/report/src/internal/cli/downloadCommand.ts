import { resolve } from "node:path";
import { downloadFiles, type DownloadProgress } from "../../downloadFiles.js";
import { ReportError } from "../../ReportError.js";
import { formatBytes, progressReporter } from "./progress.js";
import type { CliIo } from "./io.js";

/** `crimestats download`. */
export async function downloadCommand(values: Record<string, unknown>, io: CliIo): Promise<number> {
  const urls = values["url"] as string[] | undefined;
  const cacheDir = resolve(io.cwd, (values["cache"] as string | undefined) ?? "crimestats-data");
  const timeoutText = values["timeout"] as string | undefined;
  let timeoutMs = 120_000;
  if (timeoutText !== undefined) {
    const seconds = Number(timeoutText);
    if (!/^\d+(\.\d+)?$/.test(timeoutText) || seconds <= 0) {
      throw new ReportError("INVALID_ARGUMENT", `Timeout "${timeoutText}" is not a positive number of seconds: expected e.g. --timeout 60.`, { timeout: timeoutText });
    }
    timeoutMs = seconds * 1000;
  }
  const progress = progressReporter(io, values["quiet"] === true);
  const files = await downloadFiles({
    ...(urls === undefined ? {} : { urls }),
    cacheDir,
    timeoutMs,
    onProgress: (p: DownloadProgress) =>
      progress.update(`downloading ${p.fileName}: ${formatBytes(p.received)}${p.total === null ? "" : ` of ${formatBytes(p.total)}`}`),
  });
  progress.done();
  for (const file of files) io.out(`${file.path} (${formatBytes(file.bytes)})\n`);
  io.out(`Downloaded ${files.length} file${files.length === 1 ? "" : "s"} to ${cacheDir}; run "crimestats assess --data ${JSON.stringify(cacheDir)}" with a population file there too.\n`);
  return 0;
}
