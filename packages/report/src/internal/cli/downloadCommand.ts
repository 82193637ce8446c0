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
  const archive = values["archive"] === true;
  let timeoutMs: number | undefined;
  if (timeoutText !== undefined) {
    const seconds = Number(timeoutText);
    if (!/^\d+(\.\d+)?$/.test(timeoutText) || seconds <= 0) {
      throw new ReportError("invalid-argument", `Timeout "${timeoutText}" is not a positive number of seconds: expected e.g. --timeout 60.`, {
        timeout: timeoutText,
      });
    }
    // Node's timers hold at most 2^31 - 1 ms; a longer one fires at once.
    if (seconds > 2_147_483) {
      throw new ReportError("invalid-argument", `Timeout "${timeoutText}" is too long: expected at most 2147483 seconds (about 24 days).`, {
        timeout: timeoutText,
      });
    }
    timeoutMs = seconds * 1000;
  }
  const sizeText = values["max-size"] as string | undefined;
  let maxBytes: number | undefined;
  if (sizeText !== undefined) {
    const megabytes = Number(sizeText);
    if (!/^\d+(\.\d+)?$/.test(sizeText) || megabytes <= 0 || !Number.isSafeInteger(Math.ceil(megabytes * 1_000_000))) {
      throw new ReportError("invalid-argument", `Size limit "${sizeText}" is not a positive number of megabytes: expected e.g. --max-size 100.`, {
        maxSize: sizeText,
      });
    }
    maxBytes = Math.ceil(megabytes * 1_000_000);
  }
  const progress = progressReporter(io, values["quiet"] === true);
  const files = await downloadFiles({
    ...(urls === undefined ? {} : { urls }),
    cacheDir,
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
    ...(maxBytes === undefined ? {} : { maxBytes }),
    ...(archive ? { expect: "police-uk-archive" as const } : {}),
    onProgress: (p: DownloadProgress) =>
      progress.update(`downloading ${p.fileName}: ${formatBytes(p.received)}${p.total === null ? "" : ` of ${formatBytes(p.total)}`}`),
  });
  progress.done();
  for (const file of files)
    io.out(`${file.path} (${formatBytes(file.bytes)})${file.previous === null ? "" : `; the copy it replaced is kept as ${file.previous}`}\n`);
  if (archive) {
    const path = files[0]?.path ?? cacheDir;
    io.out(
      `Downloaded the data.police.uk archive to ${path}; run "crimestats cube --data ${JSON.stringify(path)} --out cube.parquet" for its counts, or "crimestats assess --data ${JSON.stringify(path)}" with a population file.\n`,
    );
  } else {
    io.out(
      `Downloaded ${files.length} file${files.length === 1 ? "" : "s"} to ${cacheDir}; run "crimestats assess --data ${JSON.stringify(cacheDir)}" with a population file there too.\n`,
    );
  }
  return 0;
}
